package org.gms.server.research.internal;

import static org.phenopackets.schema.v2.core.GenomicInterpretation.InterpretationStatus.CANDIDATE;
import static org.phenopackets.schema.v2.core.GenomicInterpretation.InterpretationStatus.CAUSATIVE;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Timestamp;
import com.google.protobuf.util.JsonFormat;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ga4gh.vrsatile.v1.Expression;
import org.ga4gh.vrsatile.v1.GeneDescriptor;
import org.ga4gh.vrsatile.v1.MoleculeContext;
import org.ga4gh.vrsatile.v1.VariationDescriptor;
import org.ga4gh.vrsatile.v1.VcfRecord;
import org.gms.genomics.interpretation.acmg.AcmgClass;
import org.gms.genomics.phenotype.Gene;
import org.gms.genomics.phenotype.GenePrioritiser;
import org.gms.genomics.phenotype.HpoOntology;
import org.gms.genomics.phenotype.HpoTermId;
import org.gms.genomics.phenotype.PatientPhenotype;
import org.gms.genomics.phenotype.PhenotypeKnowledge;
import org.gms.genomics.transcript.GeneCatalog;
import org.gms.genomics.variant.VariantKey;
import org.gms.server.record.RecordedVariant;
import org.gms.server.record.VariantClassification;
import org.gms.server.research.ResearchIndividual;
import org.phenopackets.schema.v2.Phenopacket;
import org.phenopackets.schema.v2.core.AcmgPathogenicityClassification;
import org.phenopackets.schema.v2.core.Diagnosis;
import org.phenopackets.schema.v2.core.GenomicInterpretation;
import org.phenopackets.schema.v2.core.Individual;
import org.phenopackets.schema.v2.core.Interpretation;
import org.phenopackets.schema.v2.core.MetaData;
import org.phenopackets.schema.v2.core.OntologyClass;
import org.phenopackets.schema.v2.core.PhenotypicFeature;
import org.phenopackets.schema.v2.core.Resource;
import org.phenopackets.schema.v2.core.Sex;
import org.phenopackets.schema.v2.core.VariantInterpretation;
import org.springframework.stereotype.Component;

/**
 * Research individuals as GA4GH Phenopackets v2, built with the schema's own classes (so what is
 * written is the schema) and printed as its canonical JSON: sex, HPO terms, and the reported
 * variants with their current classification as an interpretation.
 */
@Component
class PhenopacketExport {

  /**
   * @param variants the individual's current classification of each variant found; pathogenic and
   *     likely pathogenic ones become the causative variants of a solved interpretation, VUS its
   *     candidates
   */
  String toJson(
      ResearchIndividual individual, List<VariantClassification> variants, Instant created) {
    HpoOntology hpo = PhenotypeKnowledge.bundled().ontology();
    Phenopacket.Builder packet =
        Phenopacket.newBuilder()
            .setId(individual.id())
            .setSubject(
                Individual.newBuilder().setId(individual.id()).setSex(sex(individual.sex())));
    for (String term : individual.phenotypes()) {
      String label = term;
      try {
        HpoTermId id = HpoTermId.parse(term);
        label = hpo.contains(id) ? hpo.name(id) : term;
      } catch (IllegalArgumentException e) {
        // an id kept as written on the request
      }
      packet.addPhenotypicFeatures(
          PhenotypicFeature.newBuilder()
              .setType(OntologyClass.newBuilder().setId(term).setLabel(label)));
    }
    interpretation(individual, variants).ifPresent(packet::addInterpretations);
    packet.setMetaData(
        MetaData.newBuilder()
            .setCreated(
                Timestamp.newBuilder()
                    .setSeconds(created.getEpochSecond())
                    .setNanos(created.getNano()))
            .setCreatedBy("GMS research view")
            .setPhenopacketSchemaVersion("2.0")
            .addResources(
                Resource.newBuilder()
                    .setId("hp")
                    .setName("human phenotype ontology")
                    .setNamespacePrefix("HP")
                    .setUrl("http://purl.obolibrary.org/obo/hp.owl")
                    .setVersion(hpo.version())
                    .setIriPrefix("http://purl.obolibrary.org/obo/HP_"))
            .addResources(
                Resource.newBuilder()
                    .setId("geno")
                    .setName("Genotype Ontology")
                    .setNamespacePrefix("GENO")
                    .setUrl("http://purl.obolibrary.org/obo/geno.owl")
                    .setVersion("2022-03-05")
                    .setIriPrefix("http://purl.obolibrary.org/obo/GENO_"))
            .addResources(
                Resource.newBuilder()
                    .setId("omim")
                    .setName("Online Mendelian Inheritance in Man")
                    .setNamespacePrefix("OMIM")
                    .setUrl("https://www.omim.org")
                    .setVersion("as annotated by HPO " + hpo.version())
                    .setIriPrefix("https://www.omim.org/entry/")));
    try {
      return JsonFormat.printer().print(packet);
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException("A phenopacket built from the schema prints as JSON", e);
    }
  }

  /**
   * The individual's genomic findings as one interpretation: solved when a variant is pathogenic or
   * likely pathogenic, with the disease of its gene that best matches the individual's phenotype
   * (the likelihood-ratio ranking's first disease for that gene); unsolved with the VUS as
   * candidates otherwise. Benign findings are left out. Empty when there is nothing to report.
   */
  private static Optional<Interpretation> interpretation(
      ResearchIndividual individual, List<VariantClassification> variants) {
    List<VariantClassification> causative =
        variants.stream().filter(v -> v.acmgClass().atLeastLikelyPathogenic()).toList();
    List<VariantClassification> candidates =
        variants.stream().filter(v -> v.acmgClass() == AcmgClass.UNCERTAIN_SIGNIFICANCE).toList();
    if (causative.isEmpty() && candidates.isEmpty()) {
      return Optional.empty();
    }
    Diagnosis.Builder diagnosis = Diagnosis.newBuilder();
    if (!causative.isEmpty()) {
      disease(individual, causative.get(0).variant().gene()).ifPresent(diagnosis::setDisease);
    }
    causative.forEach(v -> diagnosis.addGenomicInterpretations(genomic(individual, v, CAUSATIVE)));
    candidates.forEach(v -> diagnosis.addGenomicInterpretations(genomic(individual, v, CANDIDATE)));
    return Optional.of(
        Interpretation.newBuilder()
            .setId(individual.id() + "-genomic-findings")
            .setProgressStatus(
                causative.isEmpty()
                    ? Interpretation.ProgressStatus.UNSOLVED
                    : Interpretation.ProgressStatus.SOLVED)
            .setDiagnosis(diagnosis)
            .setSummary(
                causative.isEmpty()
                    ? "Variants of uncertain significance reported; no diagnosis."
                    : "Diagnosis from reported (likely) pathogenic variants; the disease is the"
                        + " gene's disease that best matches the individual's HPO terms.")
            .build());
  }

  private static Optional<OntologyClass> disease(ResearchIndividual individual, String symbol) {
    PhenotypeKnowledge knowledge = PhenotypeKnowledge.bundled();
    Optional<Gene> gene = knowledge.gene(symbol);
    if (gene.isEmpty() || individual.phenotypes().isEmpty()) {
      return Optional.empty();
    }
    var patient =
        PatientPhenotype.resolve(
                knowledge.ontology(),
                individual.phenotypes(),
                List.of(),
                PatientPhenotype.UnresolvedIds.SKIP)
            .phenotype();
    return GenePrioritiser.likelihoodRatio(knowledge)
        .rank(patient)
        .find(gene.get())
        .flatMap(match -> match.diseases().stream().findFirst())
        .map(
            best ->
                OntologyClass.newBuilder()
                    .setId(best.disease().toString())
                    .setLabel(best.name().isEmpty() ? best.disease().toString() : best.name())
                    .build());
  }

  private static GenomicInterpretation genomic(
      ResearchIndividual individual,
      VariantClassification classification,
      GenomicInterpretation.InterpretationStatus status) {
    RecordedVariant variant = classification.variant();
    VariantKey key = variant.key();
    VariationDescriptor.Builder descriptor =
        VariationDescriptor.newBuilder()
            .setId(key.toString())
            .setLabel((variant.gene() + " " + variant.hgvsc()).strip())
            .setMoleculeContext(MoleculeContext.genomic);
    GeneCatalog.bundled()
        .hgncId(variant.gene())
        .ifPresent(
            hgnc ->
                descriptor.setGeneContext(
                    GeneDescriptor.newBuilder()
                        .setValueId(hgnc.toString())
                        .setSymbol(variant.gene())));
    key.spdi()
        .ifPresent(
            spdi ->
                descriptor.addExpressions(
                    Expression.newBuilder().setSyntax("spdi").setValue(spdi)));
    if (!variant.hgvsc().isEmpty()) {
      descriptor.addExpressions(
          Expression.newBuilder().setSyntax("hgvs.c").setValue(hgvs(variant, variant.hgvsc())));
    }
    if (!variant.hgvsp().isEmpty()) {
      descriptor.addExpressions(
          Expression.newBuilder().setSyntax("hgvs.p").setValue(variant.hgvsp()));
    }
    if (!key.ref().isEmpty() && !key.alt().isEmpty()) {
      // an indel's VCF form needs the reference base before it, which the key does not carry
      descriptor.setVcfRecord(
          VcfRecord.newBuilder()
              .setGenomeAssembly(key.build().name())
              .setChrom(key.contig())
              .setPos(key.position())
              .setRef(key.ref())
              .setAlt(key.alt()));
    }
    allelicState(classification.genotype()).ifPresent(descriptor::setAllelicState);
    return GenomicInterpretation.newBuilder()
        .setSubjectOrBiosampleId(individual.id())
        .setInterpretationStatus(status)
        .setVariantInterpretation(
            VariantInterpretation.newBuilder()
                .setAcmgPathogenicityClassification(acmg(classification.acmgClass()))
                .setVariationDescriptor(descriptor))
        .build();
  }

  private static String hgvs(RecordedVariant variant, String change) {
    return change.contains(":") || variant.transcript().isEmpty()
        ? change
        : variant.transcript() + ":" + change;
  }

  /** GENO zygosity from a VCF genotype: two ALT alleles, one of two, or one alone. */
  private static Optional<OntologyClass> allelicState(String genotype) {
    String[] alleles = genotype.split("[/|]");
    long alt =
        java.util.Arrays.stream(alleles).filter(a -> !a.equals("0") && !a.equals(".")).count();
    if (alt == 0) {
      return Optional.empty();
    }
    String[] state =
        alleles.length == 1
            ? new String[] {"GENO:0000134", "hemizygous"}
            : alt == alleles.length
                ? new String[] {"GENO:0000136", "homozygous"}
                : new String[] {"GENO:0000135", "heterozygous"};
    return Optional.of(OntologyClass.newBuilder().setId(state[0]).setLabel(state[1]).build());
  }

  private static AcmgPathogenicityClassification acmg(AcmgClass acmgClass) {
    return switch (acmgClass) {
      case PATHOGENIC -> AcmgPathogenicityClassification.PATHOGENIC;
      case LIKELY_PATHOGENIC -> AcmgPathogenicityClassification.LIKELY_PATHOGENIC;
      case UNCERTAIN_SIGNIFICANCE -> AcmgPathogenicityClassification.UNCERTAIN_SIGNIFICANCE;
      case LIKELY_BENIGN -> AcmgPathogenicityClassification.LIKELY_BENIGN;
      case BENIGN -> AcmgPathogenicityClassification.BENIGN;
    };
  }

  private static Sex sex(String sex) {
    return switch (sex) {
      case "FEMALE" -> Sex.FEMALE;
      case "MALE" -> Sex.MALE;
      case "OTHER" -> Sex.OTHER_SEX;
      default -> Sex.UNKNOWN_SEX;
    };
  }
}
