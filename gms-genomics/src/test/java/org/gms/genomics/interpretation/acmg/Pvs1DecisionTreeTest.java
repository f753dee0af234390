package org.gms.genomics.interpretation.acmg;

import static org.assertj.core.api.Assertions.assertThat;

import org.gms.genomics.constraint.GeneConstraints;
import org.gms.genomics.interpretation.acmg.LossOfFunctionMechanism.Status;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The PVS1 decision tree of Abou Tayoun et al. 2018 (Figure 1), branch by branch. Context columns
 * left empty are unknown. "stop" is the premature stop's distance (nt) to the last exon-exon
 * junction; "removed" the fraction of the protein lost; "frame" whether a splice variant keeps the
 * reading frame; "alt start" / "upstream P" for start-loss.
 */
class Pvs1DecisionTreeTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "",
      textBlock =
          """
          # branch                                                   | consequence             | exon | stop | removed | critical | relevant | frame | alt start | upstream P | expected
          nonsense predicted to undergo NMD                          | stop_gained             | 3/10 |      |         |          |          |       |           |            | PVS1
          frameshift predicted to undergo NMD                        | frameshift_variant      | 1/3  |      |         |          |          |       |           |            | PVS1
          NMD, but exon absent from the relevant transcript          | stop_gained             | 3/10 |      |         |          | false    |       |           |            | none
          last exon, region critical to function                     | stop_gained             | 10/10|      |         | true     |          |       |           |            | PVS1_Strong
          last exon, removes more than 10% of the protein            | frameshift_variant      | 10/10|      | 0.25    |          |          |       |           |            | PVS1_Strong
          last exon, removes at most 10% of the protein              | frameshift_variant      | 10/10|      | 0.05    |          |          |       |           |            | PVS1_Moderate
          last exon, role and size unknown                           | stop_gained             | 10/10|      |         |          |          |       |           |            | PVS1_Moderate
          penultimate exon, within 50 nt of the last junction        | stop_gained             | 9/10 | 30   | 0.04    |          |          |       |           |            | PVS1_Moderate
          penultimate exon, exactly 50 nt upstream                   | stop_gained             | 9/10 | 50   | 0.30    |          |          |       |           |            | PVS1_Strong
          penultimate exon, 51 nt upstream: NMD                      | stop_gained             | 9/10 | 51   |         |          |          |       |           |            | PVS1
          penultimate exon, distance unknown: weaker branch          | stop_gained             | 9/10 |      | 0.20    |          |          |       |           |            | PVS1_Strong
          single-exon gene escapes NMD                               | stop_gained             | 1/1  |      | 0.50    |          |          |       |           |            | PVS1_Strong
          splice site, frame disrupted, NMD                          | splice_donor_variant    | 4/10 |      |         |          |          | false |           |            | PVS1
          splice site, frame disrupted, last exon, small             | splice_acceptor_variant | 10/10|      | 0.02    |          |          | false |           |            | PVS1_Moderate
          splice site, in frame, critical region                     | splice_acceptor_variant | 4/10 |      |         | true     |          | true  |           |            | PVS1_Strong
          splice site, in frame, more than 10% removed               | splice_donor_variant    | 4/10 |      | 0.12    |          |          | true  |           |            | PVS1_Strong
          splice site, in frame, small                               | splice_donor_variant    | 4/10 |      | 0.03    |          |          | true  |           |            | PVS1_Moderate
          splice site, frame effect unknown: in-frame branch         | splice_donor_variant    | 4/10 |      |         |          |          |       |           |            | PVS1_Moderate
          start-loss, alternative start in another transcript        | start_lost              | 1/10 |      |         |          |          |       | true      | false      | none
          start-loss, pathogenic variants upstream of the next start | start_lost              | 1/10 |      |         |          |          |       | false     | true       | PVS1_Moderate
          start-loss, none upstream                                  | start_lost              | 1/10 |      |         |          |          |       | false     | false      | PVS1_Supporting
          start-loss, nothing known                                  | start_lost              | 1/10 |      |         |          |          |       |           |            | PVS1_Supporting
          missense is not a null variant                             | missense_variant        | 3/10 |      |         |          |          |       |           |            | none
          """)
  void followsTheTree(
      String branch,
      String consequence,
      String exon,
      Integer stop,
      Double removed,
      Boolean critical,
      Boolean relevant,
      Boolean frame,
      Boolean altStart,
      Boolean upstream,
      String expected) {
    TranscriptContext context = TranscriptContext.parseExon(exon).orElseThrow();
    if (stop != null) {
      context = context.withStopDistanceToLastJunction(stop);
    }
    if (removed != null) {
      context = context.withProteinFractionRemoved(removed);
    }
    if (critical != null) {
      context = context.withCriticalRegion(critical);
    }
    if (relevant != null) {
      context = context.withExonInRelevantTranscripts(relevant);
    }
    if (frame != null) {
      context = context.withReadingFramePreserved(frame);
    }
    if (altStart != null) {
      context = context.withAlternativeStartCodon(altStart, upstream);
    }
    VariantFacts facts =
        VariantFacts.builder(consequence)
            .gene("NIPBL")
            .transcript(context)
            .lossOfFunction(new LossOfFunctionMechanism(Status.ESTABLISHED, "curated"))
            .build();

    assertThat(pvs1(facts)).as(branch).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # precondition                                        | mechanism         | expected
          loss of function established                          | ESTABLISHED       | PVS1
          gene intolerant of loss of function in gnomAD         | CONSTRAINED       | PVS1
          mechanism unknown                                     | UNKNOWN           | none
          loss of function is not the mechanism                 | NOT_THE_MECHANISM | none
          """)
  void needsLossOfFunctionAsTheMechanism(String precondition, Status mechanism, String expected) {
    VariantFacts facts =
        VariantFacts.builder("stop_gained")
            .transcript(TranscriptContext.exon(3, 10))
            .lossOfFunction(new LossOfFunctionMechanism(mechanism, precondition))
            .build();

    assertThat(pvs1(facts)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void aWholeTranscriptDeletionNeedsNoExonAndTheExonIsNeededOtherwise() {
    LossOfFunctionMechanism established =
        new LossOfFunctionMechanism(Status.ESTABLISHED, "curated");
    VariantFacts deletion =
        VariantFacts.builder("transcript_ablation").lossOfFunction(established).build();
    VariantFacts noContext =
        VariantFacts.builder("stop_gained").lossOfFunction(established).build();

    assertThat(pvs1(deletion)).isEqualTo("PVS1");
    assertThat(pvs1(noContext)).isEqualTo("none");
    assertThat(EvidenceAssessor.withDefaults().assess(noContext).notApplied())
        .anyMatch(
            n -> n.code() == EvidenceCode.PVS1 && n.reason().contains("exon position is unknown"));
  }

  @org.junit.jupiter.api.Test
  void theReasonWalksTheBranches() {
    VariantFacts facts =
        VariantFacts.builder("frameshift_variant")
            .gene("NIPBL")
            .transcript(TranscriptContext.exon(47, 47).withProteinFractionRemoved(0.02))
            .lossOfFunction(
                LossOfFunctionMechanism.fromConstraint(GeneConstraints.bundled(), "NIPBL"))
            .build();

    Evidence pvs1 = EvidenceAssessor.withDefaults().assess(facts).evidence().get(0);

    assertThat(pvs1.label()).isEqualTo("PVS1_Moderate");
    assertThat(pvs1.reason())
        .isEqualTo(
            "premature stop escapes NMD (last exon); removes 2.0% of the protein (<= 10%);"
                + " mechanism: gnomAD v2.1.1 LOEUF 0.032 < 0.35: intolerant of loss of function");
  }

  private static String pvs1(VariantFacts facts) {
    return EvidenceAssessor.withDefaults().assess(facts).evidence().stream()
        .filter(e -> e.code() == EvidenceCode.PVS1)
        .map(Evidence::label)
        .findFirst()
        .orElse("none");
  }
}
