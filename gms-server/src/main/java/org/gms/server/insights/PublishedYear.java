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
 * @param turnaroundByEthnicGroup reports in the year by the patient's ethnic group (Census 2021
 *     high-level groups, and not stated, not known, not recorded)
 * @param turnaroundByImdDecile reports in the year by the patient's deprivation decile
 * @param diagnosticYield rare-disease cases reported in the year by clinical indication, the last
 *     row the service's
 * @param generatedIncluded whether generated (not real) activity is part of the figures
 * @param ratesNote why the values have no rates though rates by the dimension exist (age band and
 *     sex without the configured population file), else null
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
    List<TurnaroundRow> turnaroundByEthnicGroup,
    List<TurnaroundRow> turnaroundByImdDecile,
    List<YieldRow> diagnosticYield,
    boolean generatedIncluded,
    String ratesNote) {

  public PublishedYear {
    values = List.copyOf(values);
    months = months.stream().map(java.util.Collections::unmodifiableList).toList();
    monthTotals = java.util.Collections.unmodifiableList(monthTotals);
    yearTotals = java.util.Collections.unmodifiableList(yearTotals);
    rates = java.util.Collections.unmodifiableList(rates);
    turnaround = List.copyOf(turnaround);
    turnaroundByEthnicGroup = List.copyOf(turnaroundByEthnicGroup);
    turnaroundByImdDecile = List.copyOf(turnaroundByImdDecile);
    diagnosticYield = List.copyOf(diagnosticYield);
  }

  /**
   * Reports of one target group: how many, how many by the expected date and after it, and the
   * median and 90th centile of days from request to report; null where suppressed.
   */
  public record TurnaroundRow(
      String group, Long reported, Long withinTarget, Long late, Double median, Double p90) {}

  /**
   * Rare-disease cases of one clinical indication reported in the year, and those whose report
   * holds a pathogenic or likely pathogenic finding, with the share and its Wilson 95% interval;
   * null where suppressed (the share where either count is).
   */
  public record YieldRow(
      String indication,
      Long reported,
      Long pathogenic,
      Double share,
      Double shareLower,
      Double shareUpper) {}
}
