package org.gms.genomics.cancer.germline;

import java.util.Optional;
import org.gms.genomics.cancer.input.SomaticVariant;
import org.gms.genomics.cancer.input.VariantClass;
import org.gms.genomics.interpretation.acmg.AcmgClassifier;
import org.gms.genomics.interpretation.acmg.AcmgSettings;
import org.gms.genomics.interpretation.acmg.EvidenceAssessor;
import org.gms.genomics.interpretation.acmg.LossOfFunctionMechanism;
import org.gms.genomics.interpretation.acmg.PopulationFrequency;
import org.gms.genomics.interpretation.acmg.TranscriptContext;
import org.gms.genomics.interpretation.acmg.VariantFacts;
import org.gms.genomics.interpretation.inheritance.InheritanceMode;

/** The facts a tumour pipeline's annotation gives, handed to the ACMG evidence rules. */
final class AcmgGermlineClassifier implements GermlineClassifier {

  static final String FREQUENCY_SOURCE = "the input's population frequency annotation";

  private final PredispositionGenes genes;
  private final EvidenceAssessor assessor;
  private final AcmgClassifier classifier;

  AcmgGermlineClassifier(
      PredispositionGenes genes, AcmgSettings settings, AcmgClassifier classifier) {
    this.genes = genes;
    this.assessor = EvidenceAssessor.with(settings);
    this.classifier = classifier;
  }

  @Override
  public Optional<GermlineClassification> classify(SomaticVariant v) {
    Optional<PredispositionGenes.Gene> gene = genes.of(v.gene());
    String term = sequenceOntology(v.variantClass());
    if (gene.isEmpty() || term == null) {
      return Optional.empty();
    }
    VariantFacts.Builder facts =
        VariantFacts.builder(term)
            .gene(v.gene())
            .hgvsc(v.hgvsc().isEmpty() ? null : v.hgvsc())
            .frequency(frequency(v.populationFrequency()))
            .lossOfFunction(mechanism(gene.get()))
            .diseaseMode(
                gene.get().mechanism() == PredispositionGenes.Mechanism.LOF_BIALLELIC
                    ? InheritanceMode.AUTOSOMAL_RECESSIVE
                    : InheritanceMode.AUTOSOMAL_DOMINANT);
    if (!v.proteinChange().isEmpty()) {
      facts.hgvsp("p." + v.proteinChange());
    }
    TranscriptContext.parseExon(v.exon()).ifPresent(facts::transcript);
    return Optional.of(
        GermlineClassification.of(assessor.assess(facts.build()).classify(classifier)));
  }

  @Override
  public PredispositionGenes genes() {
    return genes;
  }

  @Override
  public String guideline() {
    return classifier.guideline();
  }

  private static LossOfFunctionMechanism mechanism(PredispositionGenes.Gene gene) {
    return switch (gene.mechanism()) {
      case LOF, LOF_BIALLELIC ->
          new LossOfFunctionMechanism(
              LossOfFunctionMechanism.Status.ESTABLISHED,
              gene.source() + ": loss of function of " + gene.symbol() + " predisposes to cancer");
      case GAIN ->
          new LossOfFunctionMechanism(
              LossOfFunctionMechanism.Status.NOT_THE_MECHANISM,
              gene.source() + ": " + gene.symbol() + " predisposes by gain of function");
    };
  }

  /** NaN: no population column; 0: the column is there and empty (absent). */
  private static PopulationFrequency frequency(double af) {
    if (Double.isNaN(af)) {
      return PopulationFrequency.notAssessed();
    }
    return af <= 0
        ? PopulationFrequency.absentFrom(FREQUENCY_SOURCE)
        : PopulationFrequency.of(FREQUENCY_SOURCE, Math.min(af, 1));
  }

  /** The Sequence Ontology term for the class; null when unannotated. */
  static String sequenceOntology(VariantClass c) {
    return switch (c) {
      case MISSENSE -> "missense_variant";
      case NONSENSE -> "stop_gained";
      case FRAMESHIFT_DELETION, FRAMESHIFT_INSERTION -> "frameshift_variant";
      case INFRAME_DELETION -> "inframe_deletion";
      case INFRAME_INSERTION -> "inframe_insertion";
      case SPLICE_SITE -> "splice_donor_variant";
      case NONSTOP -> "stop_lost";
      case TRANSLATION_START -> "start_lost";
      case SPLICE_REGION -> "splice_region_variant";
      case SILENT -> "synonymous_variant";
      case INTRON -> "intron_variant";
      case UTR_3 -> "3_prime_UTR_variant";
      case UTR_5 -> "5_prime_UTR_variant";
      case FLANK_3 -> "downstream_gene_variant";
      case FLANK_5 -> "upstream_gene_variant";
      case NONCODING_RNA -> "non_coding_transcript_exon_variant";
      case INTERGENIC -> "intergenic_variant";
      case UNANNOTATED -> null;
    };
  }
}
