package org.gms.genomics.interpretation.acmg;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.gms.genomics.interpretation.inheritance.InheritanceMode;
import org.gms.genomics.protein.ProteinChange;

/**
 * What is known about one variant that the evidence rules can use. Everything but the consequence
 * terms is optional; a rule whose inputs are missing does not apply and says so.
 *
 * @param consequences Sequence Ontology terms on the transcript assessed (e.g. {@code stop_gained},
 *     {@code missense_variant})
 * @param gene HGNC symbol, or null
 * @param hgvsc HGVS c. description on the transcript, or null
 * @param proteinChange single-residue protein change, or null
 * @param frequency population allele frequency
 * @param scores in-silico predictions
 * @param transcript where a null variant lies in its transcript, or null
 * @param lossOfFunction whether loss of function causes disease for the gene
 * @param knownPathogenic pathogenic or likely pathogenic variants of the gene (protein changes)
 * @param deNovo the variant's origin in the proband
 * @param inTrans other P/LP variants of the gene the proband carries (recessive diseases)
 * @param homozygous whether the proband is homozygous for the variant
 * @param phenotypeSpecificity how specifically the proband's phenotype points to the gene, 0..1
 * @param inRepeatRegion whether the variant lies in a repetitive region, if known
 * @param diseaseModes modes of inheritance of the gene-disease association (empty: unknown)
 * @param haplotype the joint effect with other alleles on the same haplotype, or null when the
 *     variant is not phased with another coding allele of the transcript
 */
public record VariantFacts(
    Set<String> consequences,
    String gene,
    String hgvsc,
    ProteinChange proteinChange,
    PopulationFrequency frequency,
    InSilicoScores scores,
    TranscriptContext transcript,
    LossOfFunctionMechanism lossOfFunction,
    List<KnownPathogenicVariant> knownPathogenic,
    DeNovoEvidence deNovo,
    List<TransObservation> inTrans,
    boolean homozygous,
    OptionalDouble phenotypeSpecificity,
    Optional<Boolean> inRepeatRegion,
    Set<InheritanceMode> diseaseModes,
    HaplotypeEffect haplotype) {

  public VariantFacts {
    if (consequences == null || consequences.isEmpty()) {
      throw new IllegalArgumentException("A variant needs at least one consequence term");
    }
    consequences = Set.copyOf(consequences);
    knownPathogenic = List.copyOf(knownPathogenic);
    inTrans = List.copyOf(inTrans);
    diseaseModes = diseaseModes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(diseaseModes));
    if (frequency == null || scores == null || lossOfFunction == null || deNovo == null) {
      throw new IllegalArgumentException("Use the builder: frequency, scores, mechanism needed");
    }
    if (phenotypeSpecificity.isPresent()
        && !(phenotypeSpecificity.getAsDouble() >= 0 && phenotypeSpecificity.getAsDouble() <= 1)) {
      throw new IllegalArgumentException("Phenotype specificity lies in [0, 1]");
    }
  }

  public static Builder builder(String... consequences) {
    return new Builder(Set.of(consequences));
  }

  public static Builder builder(Set<String> consequences) {
    return new Builder(consequences);
  }

  public boolean has(String consequence) {
    return consequences.contains(consequence);
  }

  /**
   * The facts the consequence rules judge: with a haplotype effect, its joint consequence terms and
   * joint amino-acid change instead of the variant's own, and without missense predictor scores
   * (they score one nucleotide change at a time, not the joint change; SpliceAI, a per-allele
   * splicing prediction, stays). Without one, these facts.
   */
  public VariantFacts judged() {
    if (haplotype == null) {
      return this;
    }
    InSilicoScores kept = InSilicoScores.none();
    var splice = scores.score(Predictor.SPLICEAI);
    if (splice.isPresent()) {
      kept = kept.with(Predictor.SPLICEAI, splice.getAsDouble());
    }
    return new VariantFacts(
        haplotype.consequences(),
        gene,
        hgvsc,
        haplotype.aminoAcidChange().orElse(null),
        frequency,
        kept,
        transcript,
        lossOfFunction,
        knownPathogenic,
        deNovo,
        inTrans,
        homozygous,
        phenotypeSpecificity,
        inRepeatRegion,
        diseaseModes,
        haplotype);
  }

  /** Whether the disease is recessive (autosomal, or X-linked recessive). */
  public boolean recessiveDisease() {
    return diseaseModes.contains(InheritanceMode.AUTOSOMAL_RECESSIVE)
        || diseaseModes.contains(InheritanceMode.X_LINKED_RECESSIVE);
  }

  /** Whether the disease is only recessive (no dominant mode recorded). */
  public boolean onlyRecessive() {
    return !diseaseModes.isEmpty()
        && diseaseModes.stream()
            .allMatch(
                m ->
                    m == InheritanceMode.AUTOSOMAL_RECESSIVE
                        || m == InheritanceMode.X_LINKED_RECESSIVE);
  }

  /** Collects facts fluently; unset facts are unknown. */
  public static final class Builder {
    private final Set<String> consequences;
    private String gene;
    private String hgvsc;
    private ProteinChange proteinChange;
    private PopulationFrequency frequency = PopulationFrequency.notAssessed();
    private InSilicoScores scores = InSilicoScores.none();
    private TranscriptContext transcript;
    private LossOfFunctionMechanism lossOfFunction = LossOfFunctionMechanism.unknown();
    private final List<KnownPathogenicVariant> knownPathogenic = new ArrayList<>();
    private DeNovoEvidence deNovo = DeNovoEvidence.NONE;
    private final List<TransObservation> inTrans = new ArrayList<>();
    private boolean homozygous;
    private OptionalDouble phenotypeSpecificity = OptionalDouble.empty();
    private Optional<Boolean> inRepeatRegion = Optional.empty();
    private final Set<InheritanceMode> diseaseModes = new LinkedHashSet<>();
    private HaplotypeEffect haplotype;

    private Builder(Set<String> consequences) {
      this.consequences = Set.copyOf(consequences);
    }

    public Builder gene(String gene) {
      this.gene = gene;
      return this;
    }

    public Builder hgvsc(String hgvsc) {
      this.hgvsc = hgvsc;
      return this;
    }

    /** The protein change, parsed from HGVS p. ({@code p.Arg175His}); ignored if not simple. */
    public Builder hgvsp(String hgvsp) {
      this.proteinChange = ProteinChange.parse(hgvsp).orElse(null);
      return this;
    }

    public Builder frequency(PopulationFrequency frequency) {
      this.frequency = frequency;
      return this;
    }

    public Builder score(Predictor predictor, double score) {
      this.scores = scores.with(predictor, score);
      return this;
    }

    public Builder scores(InSilicoScores scores) {
      this.scores = scores;
      return this;
    }

    public Builder transcript(TranscriptContext transcript) {
      this.transcript = transcript;
      return this;
    }

    public Builder lossOfFunction(LossOfFunctionMechanism mechanism) {
      this.lossOfFunction = mechanism;
      return this;
    }

    public Builder knownPathogenic(KnownPathogenicVariant known) {
      this.knownPathogenic.add(known);
      return this;
    }

    public Builder knownPathogenic(List<KnownPathogenicVariant> known) {
      this.knownPathogenic.addAll(known);
      return this;
    }

    public Builder deNovo(DeNovoEvidence deNovo) {
      this.deNovo = deNovo;
      return this;
    }

    public Builder inTransWith(TransObservation observation) {
      this.inTrans.add(observation);
      return this;
    }

    public Builder homozygous(boolean homozygous) {
      this.homozygous = homozygous;
      return this;
    }

    public Builder phenotypeSpecificity(double specificity) {
      this.phenotypeSpecificity = OptionalDouble.of(specificity);
      return this;
    }

    public Builder inRepeatRegion(boolean inRepeat) {
      this.inRepeatRegion = Optional.of(inRepeat);
      return this;
    }

    public Builder diseaseMode(InheritanceMode mode) {
      this.diseaseModes.add(mode);
      return this;
    }

    public Builder diseaseModes(Set<InheritanceMode> modes) {
      this.diseaseModes.addAll(modes);
      return this;
    }

    /** The joint effect with other alleles on the variant's haplotype, when phased with some. */
    public Builder haplotype(HaplotypeEffect haplotype) {
      this.haplotype = haplotype;
      return this;
    }

    public VariantFacts build() {
      return new VariantFacts(
          consequences,
          gene,
          hgvsc,
          proteinChange,
          frequency,
          scores,
          transcript,
          lossOfFunction,
          knownPathogenic,
          deNovo,
          inTrans,
          homozygous,
          phenotypeSpecificity,
          inRepeatRegion,
          diseaseModes,
          haplotype);
    }
  }
}
