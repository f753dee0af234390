package org.gms.server.insights.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.gms.server.insights.Outcomes;
import org.gms.server.insights.PublishedOutcomes;
import org.junit.jupiter.api.Test;

/**
 * The published outcome tables of a hand-made year, suppressed as worked out by hand.
 *
 * <p>Pharmacogenomics (with cards, without, checks; cards): clopidogrel 3, 17, 20; 3 cards.
 * Simvastatin 6, 4, 10; 8 cards. Warfarin 0, 7, 7; 0 cards. All 9, 28, 37; 11 cards. Primary:
 * clopidogrel's 3 with cards and simvastatin's 4 without. Clopidogrel's 3 is then alone in its row
 * and column; the cheapest rectangle that closes it is simvastatin's 6 with cards and clopidogrel's
 * 17 without (6 + 4 + 17 = 27, against 36 or more for the others), so the four cells of the two
 * rows are hidden and their checks shown. The cards of both follow their checks with cards.
 */
class OutcomeSuppressionTest {

  private static Outcomes pgxYear() {
    return new Outcomes(
        null,
        null,
        List.of(),
        new Outcomes.CancerRow("All", 0, 0, null, 0, null),
        List.of(
            new Outcomes.PgxRow("clopidogrel", 20, 3, 3, null),
            new Outcomes.PgxRow("simvastatin", 10, 6, 8, null),
            new Outcomes.PgxRow("warfarin", 7, 0, 0, null)),
        new Outcomes.PgxRow("All", 37, 9, 11, null));
  }

  @Test
  void pharmacogenomicChecksAreSuppressedAsWorkedOutByHand() {
    List<PublishedOutcomes.PgxRow> rows = OutcomeSuppression.publish(2025, pgxYear(), true).pgx();

    assertThat(rows)
        .extracting(
            PublishedOutcomes.PgxRow::drug,
            PublishedOutcomes.PgxRow::checks,
            PublishedOutcomes.PgxRow::withCards,
            PublishedOutcomes.PgxRow::cards)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("clopidogrel", 20L, null, null),
            org.assertj.core.groups.Tuple.tuple("simvastatin", 10L, null, null),
            org.assertj.core.groups.Tuple.tuple("warfarin", 7L, 0L, 0L),
            org.assertj.core.groups.Tuple.tuple("All", 37L, 9L, 11L));
    // 9 of 37: Wilson 0.1336 to 0.4012; none where a count is hidden
    assertThat(rows.get(3).shareWithCards().value()).isCloseTo(9 / 37.0, within(1e-12));
    assertThat(rows.get(3).shareWithCards().lower()).isCloseTo(0.1336, within(5e-4));
    assertThat(rows.get(3).shareWithCards().upper()).isCloseTo(0.4012, within(5e-4));
    assertThat(rows.get(0).shareWithCards()).isNull();
  }

  @Test
  void managersSeeTheOutcomesAsTheyAre() {
    List<PublishedOutcomes.PgxRow> rows = OutcomeSuppression.publish(2025, pgxYear(), false).pgx();

    assertThat(rows.get(0).withCards()).isEqualTo(3L);
    assertThat(rows.get(0).cards()).isEqualTo(3L);
    assertThat(rows.get(1).withCards()).isEqualTo(6L);
  }

  /**
   * Cancer (with therapy, actionable only, not actionable, reported): lung 6, 6, 18, 30; melanoma
   * 5, 0, 3, 8; All 11, 6, 21, 38. Melanoma's 3 not actionable is alone in its row and column, and
   * no other suppressed cell shares its row or column, so a rectangle of three closes it: lung's 18
   * not actionable, melanoma's 5 with therapy and lung's 6 with therapy (29) beat lung's 18 with
   * melanoma's and lung's reported (56), All's not actionable and therapy (37) and All's not
   * actionable and reported (67). So melanoma's and lung's therapy counts, and their actionable
   * counts (sums with a hidden cell), are hidden; cases reported are shown.
   */
  @Test
  void cancerOutcomesHideTheActionableCountWithEitherOfItsParts() {
    Outcomes year =
        new Outcomes(
            null,
            null,
            List.of(
                new Outcomes.CancerRow("Lung", 30, 12, null, 6, null),
                new Outcomes.CancerRow("Melanoma", 8, 5, null, 5, null)),
            new Outcomes.CancerRow("All", 38, 17, null, 11, null),
            List.of(),
            new Outcomes.PgxRow("All", 0, 0, 0, null));

    List<PublishedOutcomes.CancerRow> rows = OutcomeSuppression.publish(2025, year, true).cancer();

    assertThat(rows)
        .extracting(
            PublishedOutcomes.CancerRow::tumourType,
            PublishedOutcomes.CancerRow::reported,
            PublishedOutcomes.CancerRow::actionable,
            PublishedOutcomes.CancerRow::withTherapy)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Lung", 30L, null, null),
            org.assertj.core.groups.Tuple.tuple("Melanoma", 8L, null, null),
            org.assertj.core.groups.Tuple.tuple("All", 38L, 17L, 11L));
    assertThat(rows.get(2).therapyShare().value()).isCloseTo(11 / 17.0, within(1e-12));
    assertThat(rows.get(0).actionableShare()).isNull();
  }

  @Test
  void anActionableCountThatFollowsFromTheOthersIsFound() {
    // lung's therapy hidden and nothing else: its actionable count is All's minus melanoma's
    boolean[][] alone = new boolean[3][4];
    alone[0][OutcomeSuppression.THERAPY] = true;
    assertThat(OutcomeSuppression.derivableActionable(alone)).isEqualTo(0);

    // lung's and All's therapy and actionable-only cells hidden: a cycle, nothing follows
    boolean[][] cycle = new boolean[3][4];
    for (int r : new int[] {0, 2}) {
      cycle[r][OutcomeSuppression.THERAPY] = true;
      cycle[r][OutcomeSuppression.ACTIONABLE_ONLY] = true;
    }
    assertThat(OutcomeSuppression.derivableActionable(cycle)).isEqualTo(-1);
  }
}
