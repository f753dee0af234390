package org.gms.server.insights;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Activity by ISO week (Monday to Sunday): each event counted in the week of its day.
 *
 * @param from the Monday of the first week
 * @param to the Monday of the last week
 * @param weeks every week of the period, oldest first (weeks without activity count 0)
 */
public record Weekly(LocalDate from, LocalDate to, Dimension dimension, List<Week> weeks) {

  public Weekly {
    weeks = List.copyOf(weeks);
  }

  /**
   * One week.
   *
   * @param week the ISO week, e.g. {@code 2020-W01}
   * @param starts its Monday
   * @param total the service
   * @param values per value of the dimension with any activity in the week (none for {@code all})
   */
  public record Week(String week, LocalDate starts, Counts total, Map<String, Counts> values) {

    public Week {
      values = Map.copyOf(values);
    }
  }

  /** Orders requested, first received, reported, cancelled and failed in a week. */
  public record Counts(long requested, long received, long reported, long cancelled, long failed) {

    /** Counts in the order requested, received, reported, cancelled, failed. */
    public static Counts of(long[] counts) {
      return new Counts(counts[0], counts[1], counts[2], counts[3], counts[4]);
    }
  }
}
