package org.gms.genomics.interpretation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.gms.genomics.interpretation.acmg.HaplotypeEffect;
import org.gms.genomics.interpretation.acmg.InSilicoScores;
import org.gms.genomics.interpretation.acmg.KnownPathogenicVariant;
import org.gms.genomics.interpretation.acmg.PopulationFrequency;
import org.gms.genomics.interpretation.acmg.Predictor;
import org.gms.genomics.interpretation.acmg.TranscriptContext;
import org.gms.genomics.interpretation.inheritance.FamilyVariant;
import org.gms.genomics.variant.SequenceVariant;

/**
 * One ALT allele on one transcript of one gene, with everything interpretation needs: the
 * annotation (consequence terms, HGVS, exon), the record's quality, the population frequency,
 * in-silico scores, known pathogenic variants of the gene, and the family's genotypes. Annotation
 * output is adapted to this; nothing here depends on a particular annotator.
 *
 * @param consequences Sequence Ontology terms, e.g. {@code missense_variant}
 * @param exon the exon hit over the exon count, e.g. {@code 3/23}, or null
 * @param transcriptContext the PVS1 facts, when the annotator knows more than the exon; else null
 * @param passedFilters whether FILTER is PASS (or {@code .})
 * @param quality QUAL, when given
 * @param reported a classification reported elsewhere (ClinVar), or null
 * @param haplotype the joint effect with other coding alleles on the proband's haplotype (phased,
 *     same phase set), reported beside the own consequence and judged by the ACMG rules; or null
 */
public record CandidateVariant(
    SequenceVariant variant,
    String gene,
    String transcript,
    String hgvsc,
    String hgvsp,
    Set<String> consequences,
    String exon,
    TranscriptContext transcriptContext,
    boolean passedFilters,
    OptionalDouble quality,
    PopulationFrequency frequency,
    InSilicoScores scores,
    ReportedClassification reported,
    List<KnownPathogenicVariant> knownPathogenic,
    Optional<Boolean> inRepeatRegion,
    FamilyVariant family,
    HaplotypeEffect haplotype) {

  public CandidateVariant {
    if (variant == null || family == null) {
      throw new IllegalArgumentException("A candidate needs its variant and the family's calls");
    }
    if (consequences == null || consequences.isEmpty()) {
      throw new IllegalArgumentException(variant + ": at least one consequence term is needed");
    }
    consequences = Set.copyOf(consequences);
    knownPathogenic = List.copyOf(knownPathogenic);
  }

  public static Builder builder(SequenceVariant variant, String gene, FamilyVariant family) {
    return new Builder(variant, gene, family);
  }

  /** This candidate with the joint effect of its haplotype (see {@link HaplotypeEffect}). */
  public CandidateVariant withHaplotype(HaplotypeEffect effect) {
    return new CandidateVariant(
        variant,
        gene,
        transcript,
        hgvsc,
        hgvsp,
        consequences,
        exon,
        transcriptContext,
        passedFilters,
        quality,
        frequency,
        scores,
        reported,
        knownPathogenic,
        inRepeatRegion,
        family,
        effect);
  }

  /** The PVS1 context: given, or the exon position parsed from {@link #exon}. */
  public Optional<TranscriptContext> pvs1Context() {
    return transcriptContext != null
        ? Optional.of(transcriptContext)
        : TranscriptContext.parseExon(exon);
  }

  /** {@code gene transcript:c. (p.)}, for reports. */
  public String describe() {
    StringBuilder text = new StringBuilder(variant.toString());
    if (gene != null) {
      text.append(' ').append(gene);
    }
    if (hgvsc != null) {
      text.append(' ')
          .append(hgvsc.contains(":") || transcript == null ? hgvsc : transcript + ":" + hgvsc);
    }
    if (hgvsp != null) {
      text.append(' ')
          .append(hgvsp.contains(":") ? hgvsp.substring(hgvsp.indexOf(':') + 1) : hgvsp);
    }
    return text.toString();
  }

  /** Collects a candidate fluently; unset fields are unknown. */
  public static final class Builder {
    private final SequenceVariant variant;
    private final String gene;
    private final FamilyVariant family;
    private String transcript;
    private String hgvsc;
    private String hgvsp;
    private Set<String> consequences = Set.of();
    private String exon;
    private TranscriptContext transcriptContext;
    private boolean passedFilters = true;
    private OptionalDouble quality = OptionalDouble.empty();
    private PopulationFrequency frequency = PopulationFrequency.notAssessed();
    private InSilicoScores scores = InSilicoScores.none();
    private ReportedClassification reported;
    private final List<KnownPathogenicVariant> knownPathogenic = new ArrayList<>();
    private Optional<Boolean> inRepeatRegion = Optional.empty();

    private Builder(SequenceVariant variant, String gene, FamilyVariant family) {
      this.variant = variant;
      this.gene = gene;
      this.family = family;
    }

    public Builder transcript(String transcript) {
      this.transcript = transcript;
      return this;
    }

    public Builder hgvs(String hgvsc, String hgvsp) {
      this.hgvsc = hgvsc;
      this.hgvsp = hgvsp;
      return this;
    }

    public Builder consequences(String... terms) {
      this.consequences = Set.of(terms);
      return this;
    }

    public Builder consequences(Set<String> terms) {
      this.consequences = Set.copyOf(terms);
      return this;
    }

    public Builder exon(String exonOverCount) {
      this.exon = exonOverCount;
      return this;
    }

    public Builder transcriptContext(TranscriptContext context) {
      this.transcriptContext = context;
      return this;
    }

    public Builder filters(boolean passed, OptionalDouble quality) {
      this.passedFilters = passed;
      this.quality = quality;
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

    public Builder reported(ReportedClassification reported) {
      this.reported = reported;
      return this;
    }

    public Builder knownPathogenic(List<KnownPathogenicVariant> known) {
      this.knownPathogenic.addAll(known);
      return this;
    }

    public Builder inRepeatRegion(boolean inRepeat) {
      this.inRepeatRegion = Optional.of(inRepeat);
      return this;
    }

    public CandidateVariant build() {
      return new CandidateVariant(
          variant,
          gene,
          transcript,
          hgvsc,
          hgvsp,
          consequences,
          exon,
          transcriptContext,
          passedFilters,
          quality,
          frequency,
          scores,
          reported,
          knownPathogenic,
          inRepeatRegion,
          family,
          null);
    }
  }
}
