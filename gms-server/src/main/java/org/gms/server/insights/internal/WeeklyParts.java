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
   * Which cells of one month's week parts by value are suppressed. The table's row totals are the
   * service's parts and its column totals the month's cells of the dimension's monthly table, all
   * published (or suppressed) there, so they are never hidden here. A value without requests in the
   * month has only zeros, shown unless the monthly table suppresses its cell (the zeros would add
   * up to it); a month with one value has the service's parts, hidden where they are. Otherwise,
   * when every total is shown, the table is suppressed on its own (its cells are then the only
   * unknowns of its equations); when a total is suppressed, or suppressing the table would hide
   * one, every cell of the values with requests is hidden: each then lies on a rectangle of hidden
   * cells (4 or more parts by 2 or more values), which moves by +1 and -1 without changing any
   * total, and the hidden cells add nothing to what the totals tell about each other (their sums
   * are the month's total either way).
   *
   * @param inner requests as [part][value]
   * @param partHidden per part, whether the service's weekly figures suppress it
   * @param valueTotals per value, the month's requests (the monthly table's cell)
   * @param valueHidden per value, whether the monthly table suppresses that cell
   * @param monthHidden whether the month's total is suppressed
   * @return per part and value, whether the cell is suppressed
   */
  static boolean[][] suppressByValue(
      long[][] inner,
      boolean[] partHidden,
      long[] valueTotals,
      boolean[] valueHidden,
      boolean monthHidden) {
    int parts = inner.length;
    int values = valueTotals.length;
    boolean[][] out = new boolean[parts][values];
    // a value whose monthly cell is suppressed is hidden here too, even without requests: its
    // zeros shown would add up to the cell the monthly table hides
    int[] active =
        java.util.stream.IntStream.range(0, values)
            .filter(v -> valueTotals[v] > 0 || valueHidden[v])
            .toArray();
    if (active.length == 1) {
      for (int p = 0; p < parts; p++) {
        out[p][active[0]] = partHidden[p];
      }
      return out;
    }
    if (active.length == 0) {
      return out;
    }
    boolean totalHidden = monthHidden;
    for (int p = 0; p < parts; p++) {
      totalHidden |= partHidden[p];
    }
    for (int v : active) {
      totalHidden |= valueHidden[v];
    }
    boolean[][] hidden = null;
    if (!totalHidden) {
      long[][] t = new long[parts + 1][active.length + 1];
      for (int p = 0; p < parts; p++) {
        for (int a = 0; a < active.length; a++) {
          t[p][a] = inner[p][active[a]];
          t[p][active.length] += t[p][a];
          t[parts][a] += t[p][a];
        }
        t[parts][active.length] += t[p][active.length];
      }
      hidden = Suppression.twoWay(t, null);
      for (int p = 0; p <= parts && hidden != null; p++) {
        for (int a = 0; a <= active.length; a++) {
          if ((p == parts || a == active.length) && hidden[p][a]) {
            hidden = null;
            break;
          }
        }
      }
    }
    for (int p = 0; p < parts; p++) {
      for (int a = 0; a < active.length; a++) {
        out[p][active[a]] = hidden == null || hidden[p][a];
      }
    }
    return out;
  }

  /**
   * The year's published week parts.
   *
   * @param all the year's published figures for the service (month totals and their suppression)
   * @param counts requests per (Monday, month) part
   * @param byValue the year's published figures by a dimension ({@code all} again for none)
   * @param valueCounts requests per (Monday, month, value code) part
   * @param codeOf a value's label to its code
   */
  static org.gms.server.insights.PublishedWeeks publish(
      org.gms.server.insights.PublishedYear all,
      java.util.Map<List<LocalDate>, Long> counts,
      org.gms.server.insights.PublishedYear byValue,
      java.util.Map<List<Object>, Long> valueCounts,
      java.util.function.ToIntFunction<String> codeOf) {
    int year = all.year();
    boolean split = byValue.dimension() != org.gms.server.insights.Dimension.ALL;
    List<String> values = split ? byValue.values() : List.of();
    int[] codes = values.stream().mapToInt(codeOf).toArray();
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
      java.time.YearMonth month = java.time.YearMonth.of(year, m + 1);
      int n = parts[m].length;
      long[][] inner = new long[n][codes.length];
      long[] valueTotals = new long[codes.length];
      boolean[] valueHidden = new boolean[codes.length];
      for (int v = 0; v < codes.length; v++) {
        for (int i = 0; i < n; i++) {
          inner[i][v] =
              valueCounts.getOrDefault(
                  List.of(byMonth.get(m).get(i).monday(), month.atDay(1), codes[v]), 0L);
          valueTotals[v] += inner[i][v];
        }
        valueHidden[v] = byValue.months().get(m).get(v) == null;
      }
      boolean[][] cells =
          suppressByValue(inner, hidden[m], valueTotals, valueHidden, monthHidden[m]);
      for (int i = 0; i < n; i++) {
        WeeklyParts.Part p = byMonth.get(m).get(i);
        List<Long> row = new ArrayList<>();
        for (int v = 0; v < codes.length; v++) {
          row.add(cells[i][v] ? null : inner[i][v]);
        }
        out.add(
            new org.gms.server.insights.PublishedWeeks.Part(
                p.week(),
                p.from(),
                p.to(),
                month.toString(),
                hidden[m][i] ? null : parts[m][i],
                row));
      }
    }
    return new org.gms.server.insights.PublishedWeeks(
        year,
        byValue.dimension(),
        values,
        out,
        all.monthTotals(),
        all.total(),
        all.generatedIncluded());
  }
}
