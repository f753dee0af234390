package org.gms.server.insights;

import java.util.List;

/**
 * A year's published figures for one dimension. A null count is suppressed.
 *
 * @param values the dimension's values (columns)
 * @param months requests per month (12 rows) and value; {@code monthTotals} the service's
 * @param yearTotals requests in the year per value; {@code total} the service's
 * @param rates per value, requests per 100,000 population with Byar's 95% interval and the ratio to
 *     the national rate; null where suppressed or without population
 * @param turnaround reports in the year by test method and urgency, with the target
 * @param generatedIncluded whether generated (not real) activity is part of the figures
 */
public record PublishedYear(
    int year,
    Dimension dimension,
    List<String> values,
    List<List<Long>> months,
    List<Long> monthTotals,
    List<Long> yearTotals,
    Long total,
    List<Figures.Rate> rates,
    List<TurnaroundRow> turnaround,
    boolean generatedIncluded) {

  public PublishedYear {
    values = List.copyOf(values);
    months = months.stream().map(java.util.Collections::unmodifiableList).toList();
    monthTotals = java.util.Collections.unmodifiableList(monthTotals);
    yearTotals = java.util.Collections.unmodifiableList(yearTotals);
    rates = java.util.Collections.unmodifiableList(rates);
    turnaround = List.copyOf(turnaround);
  }

  /**
   * Reports of one target group: how many, how many by the expected date and after it, and the
   * median and 90th centile of days from request to report; null where suppressed.
   */
  public record TurnaroundRow(
      String group, Long reported, Long withinTarget, Long late, Double median, Double p90) {}
}
