package org.gms.genomics.interpretation.acmg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.gms.genomics.interpretation.inheritance.InheritanceMode;
import org.gms.genomics.protein.ProteinChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each computable criterion as a table of inputs and the codes it yields. */
class EvidenceRulesTest {

  private static final Set<EvidenceCode> FREQUENCY =
      Set.of(EvidenceCode.BA1, EvidenceCode.BS1, EvidenceCode.PM2);
  private static final Set<EvidenceCode> IN_SILICO =
      Set.of(EvidenceCode.PP3, EvidenceCode.BP4, EvidenceCode.BP7);

  @ParameterizedTest(name = "AF {0}, {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # allele frequency | disease | codes            | rule
          0.06               | AD      | BA1              | above 5%: stand-alone benign
          0.05               | AD      | BS1              | exactly 5% is not above it
          0.02               | AD      | BS1              | above the 1% default for BS1
          0.005              | AD      | none             | rare, but not absent
          absent             | AD      | PM2_Supporting   | absent from the population (ClinGen SVI 2020: supporting)
          0                  | AD      | PM2_Supporting   | a frequency of 0 is absence
          0.00005            | AD      | none             | present: not PM2 for a dominant disease
          0.00005            | AR      | PM2_Supporting   | extremely rare for a recessive disease
          0.0001             | AR      | PM2_Supporting   | at the recessive threshold
          0.0002             | AR      | none             | above the recessive threshold
          0.00005            | AD/AR   | none             | dominant and recessive: the dominant rule holds
          not assessed       | AD      | none             | no population source consulted
          """)
  void populationFrequency(String frequency, String disease, String codes, String rule) {
    VariantFacts.Builder facts = VariantFacts.builder("missense_variant").gene("GENE");
    for (String mode : disease.split("/")) {
      facts.diseaseMode(
          mode.equals("AD")
              ? InheritanceMode.AUTOSOMAL_DOMINANT
              : InheritanceMode.AUTOSOMAL_RECESSIVE);
    }
    if (frequency.equals("absent")) {
      facts.frequency(PopulationFrequency.absentFrom("gnomAD v4.1"));
    } else if (!frequency.equals("not assessed")) {
      facts.frequency(PopulationFrequency.of("gnomAD v4.1", Double.parseDouble(frequency)));
    }

    assertThat(codes(facts.build(), FREQUENCY, AcmgSettings.defaults())).as(rule).isEqualTo(codes);
  }

  @Test
  void bs1TakesTheGenesOwnThreshold() {
    VariantFacts facts =
        VariantFacts.builder("missense_variant")
            .gene("HFE")
            .frequency(PopulationFrequency.of("gnomAD", 0.02))
            .build();

    assertThat(codes(facts, FREQUENCY, AcmgSettings.defaults().withBs1("HFE", 0.04)))
        .isEqualTo("none");
    assertThat(codes(facts, FREQUENCY, AcmgSettings.defaults())).isEqualTo("BS1");
  }

  @ParameterizedTest(name = "{0} REVEL={1} BayesDel={2} CADD={3} SpliceAI={4} -> {5}")
  @CsvSource(
      delimiter = '|',
      nullValues = "",
      textBlock =
          """
          # consequence        | REVEL  | BayesDel | CADD | SpliceAI | codes            | rule (Pejaver 2022; Walker 2023)
          missense_variant     | 0.95   |          |      |          | PP3_Strong       | REVEL >= 0.932
          missense_variant     | 0.932  |          |      |          | PP3_Strong       | at the threshold
          missense_variant     | 0.80   |          |      |          | PP3_Moderate     | REVEL >= 0.773
          missense_variant     | 0.644  |          |      |          | PP3              | REVEL >= 0.644
          missense_variant     | 0.6439 |          |      |          | none             | just below: indeterminate
          missense_variant     | 0.50   |          |      |          | none             | indeterminate
          missense_variant     | 0.29   |          |      |          | BP4              | REVEL <= 0.290
          missense_variant     | 0.2901 |          |      |          | none             | just above: indeterminate
          missense_variant     | 0.10   |          |      |          | BP4_Moderate     | REVEL <= 0.183
          missense_variant     | 0.01   |          |      |          | BP4_Strong       | REVEL <= 0.016
          missense_variant     | 0.002  |          |      |          | BP4_VeryStrong   | REVEL <= 0.003
          missense_variant     | 0.25   |          |      | 0.50     | PP3              | SpliceAI predicts a splicing effect
          missense_variant     | 0.25   |          |      | 0.15     | none             | SpliceAI does not rule splicing out
          missense_variant     | 0.25   |          |      | 0.05     | BP4              | no damage, no splicing effect
          missense_variant     |        | 0.30     |      |          | PP3_Moderate     | BayesDel >= 0.27
          missense_variant     |        | -0.40    |      |          | BP4_Moderate     | BayesDel <= -0.36
          missense_variant     |        |          | 29.0 |          | PP3_Moderate     | CADD >= 28.1
          missense_variant     |        |          | 26.0 |          | PP3              | CADD >= 25.3
          missense_variant     |        |          | 24.0 |          | none             | CADD indeterminate
          missense_variant     |        |          | 10.0 |          | BP4_Moderate     | CADD <= 17.3
          missense_variant     | 0.50   |          | 30.0 |          | none             | one tool: REVEL first
          missense_variant     |        |          |      | 0.40     | PP3              | no missense tool: SpliceAI only
          intron_variant       |        |          |      | 0.50     | PP3              | SpliceAI >= 0.2
          intron_variant       |        |          |      | 0.15     | none             | SpliceAI between 0.1 and 0.2
          intron_variant       |        |          |      | 0.05     | BP4              | SpliceAI <= 0.1
          splice_region_variant|        |          |      | 0.25     | PP3              | SpliceAI >= 0.2
          synonymous_variant   |        |          |      | 0.30     | PP3              | a synonymous change that splices
          synonymous_variant   |        |          |      | 0.05     | BP7              | BP7, not BP4, for synonymous
          synonymous_variant   |        |          |      |          | none             | BP7 needs a splicing prediction
          inframe_deletion     | 0.99   |          |      |          | none             | REVEL is for missense only
          """)
  void inSilicoPredictions(
      String consequence,
      Double revel,
      Double bayesDel,
      Double cadd,
      Double spliceAi,
      String codes,
      String rule) {
    VariantFacts.Builder facts = VariantFacts.builder(consequence);
    if (revel != null) {
      facts.score(Predictor.REVEL, revel);
    }
    if (bayesDel != null) {
      facts.score(Predictor.BAYESDEL_NOAF, bayesDel);
    }
    if (cadd != null) {
      facts.score(Predictor.CADD_PHRED, cadd);
    }
    if (spliceAi != null) {
      facts.score(Predictor.SPLICEAI, spliceAi);
    }

    assertThat(codes(facts.build(), IN_SILICO, AcmgSettings.defaults())).as(rule).isEqualTo(codes);
  }

  @Test
  void pp3IsNotCountedWithPvs1() {
    VariantFacts facts =
        VariantFacts.builder("splice_donor_variant")
            .transcript(TranscriptContext.exon(4, 10).withReadingFramePreserved(false))
            .lossOfFunction(
                new LossOfFunctionMechanism(LossOfFunctionMechanism.Status.ESTABLISHED, "curated"))
            .score(Predictor.SPLICEAI, 0.95)
            .build();

    Assessment assessment = EvidenceAssessor.withDefaults().assess(facts);

    assertThat(assessment.evidence()).extracting(Evidence::label).containsExactly("PVS1");
    assertThat(assessment.notApplied())
        .anyMatch(n -> n.code() == EvidenceCode.PP3 && n.reason().startsWith("PVS1 applies"));
  }

  @ParameterizedTest(name = "{0} with known {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # this variant        | known pathogenic (change:class[:c.])        | codes            | rule (Richards 2015; ACGS 2020)
          p.Arg175His           | p.Arg175His:P:c.524G>T                      | PS1              | same amino-acid change, different nucleotide
          p.Arg175His           | p.Arg175His:LP:c.524G>T                     | PS1_Moderate     | the reference is only likely pathogenic
          p.Arg175His           | p.Arg175His:P:c.524G>A                      | none             | the same nucleotide change is this variant
          p.Arg175His           | p.Arg175Cys:P                               | PM5              | another missense at the residue is pathogenic
          p.Arg175His           | p.Arg175Cys:P p.Arg175Gly:P                 | PM5_Strong       | two different pathogenic missense at the residue
          p.Arg175His           | p.Arg175Cys:LP                              | PM5_Supporting   | only a likely pathogenic one
          p.Arg175His           | p.Arg175His:P:c.524G>T p.Arg175Cys:P        | PS1              | PS1 and PM5 are not combined
          p.(R175H)             | p.Arg175Cys:P                               | PM5              | one-letter notation
          p.Arg175His           | p.Arg175Ter:P                               | none             | a nonsense change is not a missense reference
          p.Arg175His           | p.Arg176Cys:P                               | none             | a different residue
          """)
  void knownPathogenicAminoAcidChanges(String hgvsp, String known, String codes, String rule) {
    VariantFacts.Builder facts =
        VariantFacts.builder("missense_variant")
            .gene("TP53")
            .hgvsc("NM_000546.6:c.524G>A")
            .hgvsp(hgvsp);
    for (String entry : known.split(" ")) {
      String[] parts = entry.split(":");
      facts.knownPathogenic(
          new KnownPathogenicVariant(
              ProteinChange.parse(parts[0]).orElseThrow(),
              parts.length > 2 ? parts[2] : null,
              parts[1].equals("P") ? AcmgClass.PATHOGENIC : AcmgClass.LIKELY_PATHOGENIC,
              "ClinVar"));
    }

    assertThat(
            codes(
                facts.build(), Set.of(EvidenceCode.PS1, EvidenceCode.PM5), AcmgSettings.defaults()))
        .as(rule)
        .isEqualTo(codes);
  }

  @ParameterizedTest(name = "{0}, phenotype {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "",
      textBlock =
          """
          # origin   | phenotype score | codes            | ClinGen SVI de novo points
          CONFIRMED  | 0.95            | PS2              | proven, phenotype highly specific: 2
          CONFIRMED  | 0.50            | PS2_Moderate     | proven, phenotype consistent: 1
          CONFIRMED  |                 | PS2_Moderate     | no phenotype score: consistent
          ASSUMED    | 0.95            | PM6              | assumed, highly specific: 1
          ASSUMED    |                 | PM6_Supporting   | assumed, consistent: 0.5
          PARENTS_NOT_TESTED | 0.95    | none             | proband only: origin untested, no PM6
          PARENTS_NOT_TESTED |         | none             | proband only, no phenotype score
          NONE       | 0.95            | none             | inherited
          """)
  void deNovo(DeNovoEvidence origin, Double phenotype, String codes, String points) {
    VariantFacts.Builder facts = VariantFacts.builder("missense_variant").deNovo(origin);
    if (phenotype != null) {
      facts.phenotypeSpecificity(phenotype);
    }

    assertThat(
            codes(
                facts.build(), Set.of(EvidenceCode.PS2, EvidenceCode.PM6), AcmgSettings.defaults()))
        .as(points)
        .isEqualTo(codes);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # observation (ClinGen SVI PM3 v1.0 points)                  | disease | partner | phase confirmed | homozygous | codes
          in trans with a pathogenic variant: 1 point                  | AR      | P       | true            | false      | PM3
          in trans with a likely pathogenic variant: 0.5               | AR      | LP      | true            | false      | PM3_Supporting
          phase unknown with a pathogenic variant: 0.5                 | AR      | P       | false           | false      | PM3_Supporting
          phase unknown with a likely pathogenic variant: 0.25         | AR      | LP      | false           | false      | none
          a rare homozygote: 0.5                                       | AR      | VUS     | false           | true       | PM3_Supporting
          in trans with a VUS: 0                                       | AR      | VUS     | true            | false      | none
          a dominant disease: PM3 does not apply                       | AD      | P       | true            | false      | none
          """)
  void inTrans(
      String observation,
      String disease,
      String partner,
      boolean confirmed,
      boolean homozygous,
      String codes) {
    VariantFacts facts =
        VariantFacts.builder("missense_variant")
            .diseaseMode(
                disease.equals("AR")
                    ? InheritanceMode.AUTOSOMAL_RECESSIVE
                    : InheritanceMode.AUTOSOMAL_DOMINANT)
            .inTransWith(new TransObservation(classOf(partner), confirmed))
            .homozygous(homozygous)
            .frequency(PopulationFrequency.absentFrom("gnomAD"))
            .build();

    assertThat(codes(facts, Set.of(EvidenceCode.PM3), AcmgSettings.defaults()))
        .as(observation)
        .isEqualTo(codes);
  }

  @ParameterizedTest(name = "homozygote with allele frequency {0} -> {1}")
  @CsvSource({
    "absent, PM3_Supporting",
    "0.00005, PM3_Supporting",
    "0.002, none",
    "not assessed, none"
  })
  void aHomozygoteCountsOnlyWhenRare(String frequency, String codes) {
    VariantFacts.Builder facts =
        VariantFacts.builder("missense_variant")
            .diseaseMode(InheritanceMode.AUTOSOMAL_RECESSIVE)
            .homozygous(true);
    if (frequency.equals("absent")) {
      facts.frequency(PopulationFrequency.absentFrom("gnomAD"));
    } else if (!frequency.equals("not assessed")) {
      facts.frequency(PopulationFrequency.of("gnomAD", Double.parseDouble(frequency)));
    }

    assertThat(codes(facts.build(), Set.of(EvidenceCode.PM3), AcmgSettings.defaults()))
        .isEqualTo(codes);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "",
      textBlock =
          """
          # case                                    | consequence       | in repeat | codes
          in-frame deletion outside repeats         | inframe_deletion  | false     | PM4
          in-frame insertion, repeats not annotated | inframe_insertion |           | PM4
          in-frame deletion in a repeat             | inframe_deletion  | true      | none
          stop-loss                                 | stop_lost         | false     | PM4
          missense                                  | missense_variant  | false     | none
          """)
  void proteinLengthChange(String name, String consequence, Boolean inRepeat, String codes) {
    VariantFacts.Builder facts = VariantFacts.builder(consequence);
    if (inRepeat != null) {
      facts.inRepeatRegion(inRepeat);
    }

    assertThat(codes(facts.build(), Set.of(EvidenceCode.PM4), AcmgSettings.defaults()))
        .isEqualTo(codes);
  }

  @ParameterizedTest(name = "phenotype score {0} -> {1}")
  @CsvSource({"0.95, PP4", "0.80, PP4", "0.79, none"})
  void phenotypeSpecificity(double score, String codes) {
    VariantFacts facts =
        VariantFacts.builder("missense_variant").phenotypeSpecificity(score).build();

    assertThat(codes(facts, Set.of(EvidenceCode.PP4), AcmgSettings.defaults())).isEqualTo(codes);
  }

  @ParameterizedTest(name = "{0} {1} SpliceAI {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # consequence       | HGVS c.              | SpliceAI | codes
          synonymous_variant  | c.300C>T             | 0.02     | BP7
          synonymous_variant  | c.300C>T             | 0.30     | PP3
          intron_variant      | c.100+10A>G          | 0.02     | BP7
          intron_variant      | c.100+7A>G           | 0.02     | BP7
          intron_variant      | c.100+6A>G           | 0.02     | BP4
          intron_variant      | c.101-21A>G          | 0.02     | BP7
          intron_variant      | c.101-20A>G          | 0.02     | BP4
          intron_variant      | c.-15-30A>G          | 0.02     | BP7
          """)
  void silentChanges(String consequence, String hgvsc, double spliceAi, String codes) {
    VariantFacts facts =
        VariantFacts.builder(consequence)
            .hgvsc("NM_000001.1:" + hgvsc)
            .score(Predictor.SPLICEAI, spliceAi)
            .build();

    assertThat(codes(facts, IN_SILICO, AcmgSettings.defaults())).isEqualTo(codes);
  }

  @Test
  void everyCriterionNotAppliedSaysWhy() {
    Assessment assessment =
        EvidenceAssessor.withDefaults().assess(VariantFacts.builder("missense_variant").build());

    assertThat(assessment.evidence()).isEmpty();
    assertThat(assessment.notApplied())
        .extracting(CriterionNote::code)
        .contains(
            EvidenceCode.PVS1,
            EvidenceCode.PS1,
            EvidenceCode.PM5,
            EvidenceCode.PS2,
            EvidenceCode.PM6,
            EvidenceCode.BA1,
            EvidenceCode.BS1,
            EvidenceCode.PM2,
            EvidenceCode.PM3,
            EvidenceCode.PM4,
            EvidenceCode.PP3,
            EvidenceCode.BP4,
            EvidenceCode.PP4,
            EvidenceCode.BP7);
    assertThat(assessment.notApplied()).allMatch(n -> !n.reason().isBlank());
  }

  private static AcmgClass classOf(String abbreviation) {
    for (AcmgClass c : AcmgClass.values()) {
      if (c.abbreviation().equals(abbreviation)) {
        return c;
      }
    }
    throw new IllegalArgumentException(abbreviation);
  }

  /** The applied labels among the given codes, sorted, or "none". */
  private static String codes(VariantFacts facts, Set<EvidenceCode> of, AcmgSettings settings) {
    Set<String> labels = new TreeSet<>();
    for (Evidence evidence : EvidenceAssessor.with(settings).assess(facts).evidence()) {
      if (of.contains(evidence.code())) {
        labels.add(evidence.label());
      }
    }
    return labels.isEmpty() ? "none" : String.join(" ", labels);
  }
}
