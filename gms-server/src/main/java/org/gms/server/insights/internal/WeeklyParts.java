package org.gms.server.insights.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of the ISO weeks of a year, each week cut at month ends, and their suppression: each
 * month's parts and its total form a line (the total published, or suppressed, as in the monthly
 * tables), suppressed one-way with the total's state forced.
 */
final class WeeklyParts {

  private WeeklyParts() {}

  /** One week part: its Monday, its days in one month. */
  record Part(LocalDate monday, LocalDate from, LocalDate to) {

    String week() {
      return String.format(
          "%d-W%02d",
          monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
  }

  /** The week parts of a month, oldest first. */
  static List<Part> of(YearMonth month) {
    List<Part> out = new ArrayList<>();
    LocalDate day = month.atDay(1);
    while (!day.isAfter(month.atEndOfMonth())) {
      LocalDate monday = day.with(DayOfWeek.MONDAY);
      LocalDate sunday = monday.plusDays(6);
      LocalDate to = sunday.isAfter(month.atEndOfMonth()) ? month.atEndOfMonth() : sunday;
      out.add(new Part(monday, day, to));
      day = to.plusDays(1);
    }
    return out;
  }

  /**
   * Which parts of each month are suppressed.
   *
   * @param parts per month, the requests of each part
   * @param monthTotals per month, the requests (the parts' sum)
   * @param monthHidden per month, whether the monthly tables suppress its total
   * @return per month, per part, whether it is suppressed
   */
  static boolean[][] suppress(long[][] parts, long[] monthTotals, boolean[] monthHidden) {
    boolean[][] out = new boolean[parts.length][];
    for (int m = 0; m < parts.length; m++) {
      int n = parts[m].length;
      long[] line = new long[n + 1];
      System.arraycopy(parts[m], 0, line, 0, n);
      line[n] = monthTotals[m];
      boolean[] forced = new boolean[n + 1];
      forced[n] = monthHidden[m];
      boolean[] hidden = Suppression.oneWay(line, forced);
      if (hidden[n] != monthHidden[m]) {
        // the line would hide a total the monthly tables show: hide every part instead
        java.util.Arrays.fill(hidden, true);
      }
      out[m] = java.util.Arrays.copyOf(hidden, n);
    }
    return out;
  }

  /**
   * The year's published week parts.
   *
   * @param all the year's published figures for the service (month totals and their suppression)
   * @param counts requests per (Monday, month) part
   */
  static org.gms.server.insights.PublishedWeeks publish(
      org.gms.server.insights.PublishedYear all, java.util.Map<List<LocalDate>, Long> counts) {
    int year = all.year();
    long[][] parts = new long[12][];
    long[] totals = new long[12];
    boolean[] monthHidden = new boolean[12];
    List<List<WeeklyParts.Part>> byMonth = new ArrayList<>();
    for (int m = 0; m < 12; m++) {
      java.time.YearMonth month = java.time.YearMonth.of(year, m + 1);
      List<WeeklyParts.Part> ps = WeeklyParts.of(month);
      byMonth.add(ps);
      parts[m] = new long[ps.size()];
      for (int i = 0; i < ps.size(); i++) {
        parts[m][i] = counts.getOrDefault(List.of(ps.get(i).monday(), month.atDay(1)), 0L);
        totals[m] += parts[m][i];
      }
      monthHidden[m] = all.monthTotals().get(m) == null;
    }
    boolean[][] hidden = WeeklyParts.suppress(parts, totals, monthHidden);
    List<org.gms.server.insights.PublishedWeeks.Part> out = new ArrayList<>();
    for (int m = 0; m < 12; m++) {
      for (int i = 0; i < parts[m].length; i++) {
        WeeklyParts.Part p = byMonth.get(m).get(i);
        out.add(
            new org.gms.server.insights.PublishedWeeks.Part(
                p.week(),
                p.from(),
                p.to(),
                java.time.YearMonth.of(year, m + 1).toString(),
                hidden[m][i] ? null : parts[m][i]));
      }
    }
    return new org.gms.server.insights.PublishedWeeks(
        year, out, all.monthTotals(), all.total(), all.generatedIncluded());
  }
}
