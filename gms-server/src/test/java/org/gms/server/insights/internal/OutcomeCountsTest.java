package org.gms.server.insights.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gms.server.insights.Outcomes;
import org.gms.server.oncology.CancerCaseReported;
import org.gms.server.oncology.ReportedFinding;
import org.gms.server.oncology.TargetedTherapiesStarted.TherapyStart;
import org.gms.server.oncology.TumourReceptors;
import org.gms.server.oncology.VariantCategory;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.Sex;
import org.junit.jupiter.api.Test;

/**
 * Cancer outcomes and pharmacogenomic checks counted from a hand-made fixture.
 *
 * <p>Six cases: lung 1 (tier I, therapy started), lung 2 (tier II, no therapy), lung 3 (tier III
 * only), lung 4 (tier I, therapy, reported in February: outside January), colorectal 5 (tier II,
 * therapy), colorectal 6 (no findings). A therapy is also recorded for case 3, which is not
 * actionable and so not counted.
 */
class OutcomeCountsTest {

  private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  private static final LocalDate TO = LocalDate.of(2026, 2, 1);

  private static ReportedFinding finding(String tier) {
    return new ReportedFinding(
        "EGFR", "L858R", VariantCategory.MUTATION, null, "", List.of(), "", tier, 0.3, "", false);
  }

  private static CancerCaseReported reported(
      long id, String tumour, String day, List<ReportedFinding> findings) {
    return new CancerCaseReported(
        id,
        100 + id,
        new NhsNumber("9990001006"),
        "M1.1",
        tumour.equals("Lung Adenocarcinoma") ? "LUAD" : "COAD",
        tumour,
        60,
        Sex.FEMALE,
        findings,
        null,
        "",
        Instant.parse(day + "T12:00:00Z"),
        TumourReceptors.NONE);
  }

  @Test
  void actionableFindingsAndTherapiesAreCountedByTumourType() {
    String lung = "Lung Adenocarcinoma";
    String bowel = "Colon Adenocarcinoma";
    List<CancerCaseReported> cases =
        List.of(
            reported(1, lung, "2026-01-05", List.of(finding("I"), finding("III"))),
            reported(2, lung, "2026-01-06", List.of(finding("II"))),
            reported(3, lung, "2026-01-07", List.of(finding("III"))),
            reported(4, lung, "2026-02-03", List.of(finding("I"))),
            reported(5, bowel, "2026-01-20", List.of(finding("II"))),
            reported(6, bowel, "2026-01-21", List.of()));
    List<TherapyStart> therapies =
        List.of(
            new TherapyStart(1, "osimertinib", LocalDate.of(2026, 1, 20)),
            new TherapyStart(1, "osimertinib", LocalDate.of(2026, 3, 1)),
            new TherapyStart(3, "erlotinib", LocalDate.of(2026, 1, 25)),
            new TherapyStart(4, "osimertinib", LocalDate.of(2026, 2, 20)),
            new TherapyStart(5, "encorafenib", LocalDate.of(2026, 2, 2)));

    Outcomes outcomes = OutcomeCounts.of(cases, therapies, List.of(), FROM, TO);

    Outcomes.CancerRow lungRow = outcomes.cancer().get(0);
    assertThat(lungRow.tumourType()).isEqualTo(lung);
    assertThat(lungRow.reported()).isEqualTo(3);
    assertThat(lungRow.actionable()).isEqualTo(2);
    assertThat(lungRow.withTherapy()).isEqualTo(1);
    Outcomes.CancerRow total = outcomes.cancerTotal();
    assertThat(total.reported()).isEqualTo(5);
    assertThat(total.actionable()).isEqualTo(3);
    assertThat(total.withTherapy()).isEqualTo(2);
    // 3 of 5 actionable: Wilson 0.2307 to 0.8824; 2 of 3 treated: 0.2077 to 0.9385
    assertThat(total.actionableShare().value()).isEqualTo(0.6);
    assertThat(total.actionableShare().lower()).isCloseTo(0.2307, within(5e-4));
    assertThat(total.actionableShare().upper()).isCloseTo(0.8824, within(5e-4));
    assertThat(total.therapyShare().lower()).isCloseTo(0.2077, within(5e-4));
    assertThat(total.therapyShare().upper()).isCloseTo(0.9385, within(5e-4));
    assertThat(outcomes.pgxTotal().checks()).isZero();
    assertThat(outcomes.pgxTotal().shareWithCards()).isNull();
  }

  @Test
  void pharmacogenomicChecksAddUpByDrug() {
    Outcomes outcomes =
        OutcomeCounts.of(
            List.of(),
            List.of(),
            List.of(
                new PgxUse.Count("clopidogrel", 8, 2, 2), new PgxUse.Count("codeine", 12, 6, 7)),
            FROM,
            TO);

    assertThat(outcomes.pgx())
        .extracting(Outcomes.PgxRow::drug)
        .containsExactly("codeine", "clopidogrel");
    assertThat(outcomes.pgxTotal().checks()).isEqualTo(20);
    assertThat(outcomes.pgxTotal().withCards()).isEqualTo(8);
    assertThat(outcomes.pgxTotal().cards()).isEqualTo(9);
    // 8 of 20: Wilson 0.2188 to 0.6134
    assertThat(outcomes.pgxTotal().shareWithCards().lower()).isCloseTo(0.2188, within(5e-4));
    assertThat(outcomes.pgxTotal().shareWithCards().upper()).isCloseTo(0.6134, within(5e-4));
    assertThat(outcomes.cancerTotal().reported()).isZero();
  }
}
