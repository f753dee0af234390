package org.gms.genomics.annotation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.gms.genomics.variant.SequenceVariant;
import org.gms.genomics.variant.VcfFieldDefinition;
import org.gms.genomics.variant.VcfRecord;
import org.gms.genomics.variant.VcfWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How joint effects of phased alleles ({@link HaplotypeWindow.Note}) are written beside each
 * allele's own consequence: the {@code GMS_HAP} INFO field of an annotated VCF, and the {@code
 * haplotypes} array of an allele's JSON Lines object.
 */
final class HaplotypeField {

  static final String KEY = "GMS_HAP";

  private static final String SUBFIELDS =
      "Allele|Sample|Transcript|Consequence|Protein_change|Restores_frame|Phase_set|Partners";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private HaplotypeField() {}

  /** The header line's definition of the field. */
  static VcfFieldDefinition definition() {
    return new VcfFieldDefinition(
        KEY,
        ".",
        "String",
        "Joint effect of alleles on the same haplotype (phased genotypes of one phase set;"
            + " homozygous calls on both copies), one entry per ALT allele, sample and transcript"
            + " whose coding sequence two or more of them change: "
            + SUBFIELDS
            + ". Consequence: Sequence Ontology terms joined by &; Protein_change as bcftools csq"
            + " writes it; Restores_frame 1 when an allele alone shifts the frame but together"
            + " they do not; Phase_set the PS value (empty for phased genotypes without PS,"
            + " homozygous for homozygous calls only); Partners the other alleles combined,"
            + " CHROM:POS:REF:ALT joined by &. Each allele keeps its own consequence in "
            + GmsAnnField.KEY);
  }

  /**
   * {@code ;GMS_HAP=...}, escaped and encoded, to follow the {@code GMS_ANN} value in the INFO
   * column; empty when there are no notes.
   */
  static byte[] vcf(VcfRecord record, List<HaplotypeWindow.Note> notes) {
    if (notes.isEmpty()) {
      return new byte[0];
    }
    List<String> samples = record.header().samples();
    StringBuilder value = new StringBuilder();
    for (HaplotypeWindow.Note note : notes) {
      if (!value.isEmpty()) {
        value.append(',');
      }
      JointEffect effect = note.effect();
      value
          .append(record.alts().get(note.allele()))
          .append('|')
          .append(samples.get(note.sample()))
          .append('|')
          .append(effect.transcript())
          .append('|')
          .append(effect.termString())
          .append('|')
          .append(effect.proteinChange())
          .append('|')
          .append(effect.restoresFrame() ? "1" : "")
          .append('|')
          .append(note.phaseSet())
          .append('|')
          .append(
              note.partners().stream()
                  .map(HaplotypeField::vcfAllele)
                  .collect(Collectors.joining("&")));
    }
    return (";" + KEY + "=" + VcfWriter.escapeInfoValue(value.toString()))
        .getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The JSON Lines object of one allele with its joint effects added as {@code
   * "haplotypes":[{sample, transcript, gene, consequences, proteinChange, restoresFrame, phaseSet,
   * partners}]}; the object unchanged when there are none.
   */
  static String json(String object, List<String> samples, List<HaplotypeWindow.Note> notes) {
    if (notes.isEmpty()) {
      return object;
    }
    ArrayNode array = JSON.createArrayNode();
    for (HaplotypeWindow.Note note : notes) {
      JointEffect effect = note.effect();
      ObjectNode node = array.addObject();
      node.put("sample", samples.get(note.sample()));
      node.put("gene", effect.gene());
      node.put("transcript", effect.transcript());
      ArrayNode terms = node.putArray("consequences");
      effect.terms().forEach(t -> terms.add(t.term()));
      node.put("proteinChange", effect.proteinChange());
      node.put("restoresFrame", effect.restoresFrame());
      node.put("phaseSet", note.phaseSet());
      ArrayNode partners = node.putArray("partners");
      note.partners().forEach(p -> partners.add(vcfAllele(p)));
    }
    int end = object.lastIndexOf('}');
    return object.substring(0, end) + ",\"haplotypes\":" + JSON.writeValueAsString(array) + "}";
  }

  private static String vcfAllele(SequenceVariant variant) {
    return variant.contig() + ":" + variant.position() + ":" + variant.ref() + ":" + variant.alt();
  }
}
