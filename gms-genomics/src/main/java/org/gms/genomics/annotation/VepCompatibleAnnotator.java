package org.gms.genomics.annotation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.gms.genomics.reference.ReferenceGenome;
import org.gms.genomics.transcript.Transcript;
import org.gms.genomics.transcript.TranscriptIndex;
import org.gms.genomics.transcript.TranscriptSequences;
import org.gms.genomics.variant.SequenceVariant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The annotation engine: consequence terms as Ensembl VEP defines them, HGVS descriptions by the
 * HGVS recommendations (version 21). Every transcript within {@value TranscriptEffects#FLANK} bases
 * of the allele gets an annotation; MANE Select transcripts are listed first.
 */
final class VepCompatibleAnnotator implements Annotator {

  private static final Logger LOG = LoggerFactory.getLogger(VepCompatibleAnnotator.class);

  /** MANE Select first, then by gene, severity and accession; written out as it runs per allele. */
  private static final Comparator<TranscriptAnnotation> ORDER =
      (a, b) -> {
        if (a.maneSelect() != b.maneSelect()) {
          return a.maneSelect() ? -1 : 1;
        }
        int byGene = a.gene().compareTo(b.gene());
        if (byGene != 0) {
          return byGene;
        }
        int bySeverity = a.mostSevere().compareTo(b.mostSevere());
        return bySeverity != 0 ? bySeverity : a.transcript().compareTo(b.transcript());
      };

  private static final TranscriptAnnotation INTERGENIC =
      new TranscriptAnnotation(
          null, null, null, false, List.of(Consequence.INTERGENIC_VARIANT), null, null, null, null);

  private final TranscriptIndex index;
  private final Map<Transcript, TranscriptModel> models;
  private final ClinvarLookup clinvar;
  private final long longestSpan;

  VepCompatibleAnnotator(
      List<Transcript> transcripts,
      TranscriptSequences sequences,
      ReferenceGenome genome,
      ClinvarLookup clinvar) {
    this.index = TranscriptIndex.of(transcripts);
    this.clinvar = clinvar;
    Map<Transcript, TranscriptModel> prepared = new IdentityHashMap<>();
    int mismatched = 0;
    for (Transcript transcript : transcripts) {
      var sequence = sequences.find(transcript);
      if (sequence.isEmpty() && sequences.mismatch(transcript).isPresent()) {
        mismatched++;
        LOG.warn("Not using sequence: {}", sequences.mismatch(transcript).get());
      }
      prepared.put(transcript, new TranscriptModel(transcript, sequence.orElse(null), genome));
    }
    if (mismatched > 0) {
      LOG.warn("{} transcript sequences disagree with their models and are not used", mismatched);
    }
    this.models = prepared;
    this.longestSpan = transcripts.stream().mapToLong(t -> t.end() - t.start() + 1).max().orElse(0);
  }

  @Override
  public long longestTranscriptSpan() {
    return longestSpan;
  }

  @Override
  public VariantAnnotation annotate(SequenceVariant variant, String id) {
    Allele allele = Allele.of(variant);
    List<TranscriptAnnotation> annotations = new ArrayList<>();
    long from = Math.min(allele.start(), allele.end()) - TranscriptEffects.FLANK;
    long to = Math.max(allele.start(), allele.end()) + TranscriptEffects.FLANK;
    index.forEachOverlapping(
        allele.contig(),
        from,
        to,
        transcript -> {
          TranscriptAnnotation annotation =
              TranscriptEffects.annotate(allele, models.get(transcript));
          if (annotation != null) {
            annotations.add(annotation);
          }
        });
    if (annotations.isEmpty()) {
      annotations.add(INTERGENIC);
    } else {
      annotations.sort(ORDER);
    }
    return new VariantAnnotation(variant, id, annotations, clinvar.find(variant).orElse(null));
  }

  @Override
  public List<JointEffect> jointEffects(List<SequenceVariant> haplotype) {
    if (haplotype.size() < 2) {
      return List.of();
    }
    java.util.Set<Transcript> touched = new java.util.LinkedHashSet<>();
    for (SequenceVariant variant : haplotype) {
      Allele allele = Allele.of(variant);
      index.forEachOverlapping(
          allele.contig(),
          Math.min(allele.start(), allele.end()),
          Math.max(allele.start(), allele.end()),
          touched::add);
    }
    List<JointEffect> effects = new ArrayList<>();
    for (Transcript transcript : touched) {
      JointEffect effect = HaplotypeEffects.of(models.get(transcript), haplotype);
      if (effect != null) {
        effects.add(effect);
      }
    }
    return List.copyOf(effects);
  }
}
