package org.gms.server.insights.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A period of whole months is read as whole calendar years, whole quarters outside them and the
 * months left, and those blocks cover every month of the period exactly once.
 */
class RollupBlocksTest {

  @ParameterizedTest(name = "{0} to {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # from  | to      | years                          | quarters                         | months
          2022-01 | 2026-12 | 2022 2023 2024 2025 2026      |                                  |
          2021-12 | 2026-11 | 2022 2023 2024 2025           | 2026-01 2026-04 2026-07          | 2021-12 2026-10 2026-11
          2025-12 | 2026-11 |                                | 2026-01 2026-04 2026-07          | 2025-12 2026-10 2026-11
          2025-02 | 2026-01 |                                | 2025-04 2025-07 2025-10          | 2025-02 2025-03 2026-01
          2026-04 | 2026-06 |                                | 2026-04                          |
          2026-02 | 2026-03 |                                |                                  | 2026-02 2026-03
          2026-05 | 2026-05 |                                |                                  | 2026-05
          2024-10 | 2026-03 | 2025                           | 2024-10 2026-01                  |
          """)
  void aPeriodIsReadAsTheFewestBlocks(
      String from, String to, String years, String quarters, String months) {
    RollupStore.Blocks blocks = RollupStore.Blocks.of(YearMonth.parse(from), YearMonth.parse(to));

    assertThat(blocks.years()).containsExactlyElementsOf(days(years, "-01-01"));
    assertThat(blocks.quarters()).containsExactlyElementsOf(days(quarters, "-01"));
    assertThat(blocks.months()).containsExactlyElementsOf(days(months, "-01"));
    // every month of the period once, in one block
    List<YearMonth> covered = new ArrayList<>();
    blocks.years().forEach(y -> add(covered, y, RollupStore.YEAR));
    blocks.quarters().forEach(q -> add(covered, q, RollupStore.QUARTER));
    blocks.months().forEach(m -> add(covered, m, 1));
    List<YearMonth> expected = new ArrayList<>();
    for (YearMonth m = YearMonth.parse(from);
        !m.isAfter(YearMonth.parse(to));
        m = m.plusMonths(1)) {
      expected.add(m);
    }
    assertThat(covered).containsExactlyInAnyOrderElementsOf(expected);
  }

  private static List<LocalDate> days(String list, String suffix) {
    if (list == null) {
      return List.of();
    }
    return Arrays.stream(list.trim().split("\\s+")).map(s -> LocalDate.parse(s + suffix)).toList();
  }

  private static void add(List<YearMonth> covered, LocalDate start, int months) {
    for (int i = 0; i < months; i++) {
      covered.add(YearMonth.from(start).plusMonths(i));
    }
  }
}
