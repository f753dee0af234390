package org.gms.server.insights;

import java.time.LocalDate;
import java.util.List;

/**
 * A year's published requests by ISO week, for the service as a whole and, when asked for, by the
 * values of one dimension. A week that spans two months is published as two parts, one in each
 * month, so that each month's parts add up to the month's published total, and each value's parts
 * to the value's published count in the month; no part can be worked out from the monthly figures
 * (or the other way round). A null count is suppressed.
 *
 * @param dimension the dimension of {@link Part#byValue()} ({@code ALL}: none)
 * @param values the dimension's values, in the order of {@link Part#byValue()} and of {@link
 *     PublishedYear#values()} (empty for {@code ALL})
 * @param parts every week part of the year's days, oldest first
 * @param monthTotals the year's requests per month, as in {@link PublishedYear#monthTotals()}
 */
public record PublishedWeeks(
    int year,
    Dimension dimension,
    List<String> values,
    List<Part> parts,
    List<Long> monthTotals,
    Long total,
    boolean generatedIncluded) {

  public PublishedWeeks {
    values = List.copyOf(values);
    parts = List.copyOf(parts);
    monthTotals = java.util.Collections.unmodifiableList(monthTotals);
  }

  /**
   * The days of one ISO week within one month.
   *
   * @param week the ISO week, e.g. {@code 2025-W05}
   * @param from its first day in the month
   * @param to its last day in the month
   * @param month the month, e.g. {@code 2025-01}
   * @param requested requests on those days; null where suppressed
   * @param byValue requests on those days per value of the dimension; null where suppressed
   */
  public record Part(
      String week, LocalDate from, LocalDate to, String month, Long requested, List<Long> byValue) {

    public Part {
      byValue = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(byValue));
    }
  }
}
