package org.gms.server.insights.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.gms.server.insights.Dimension;

/**
 * The monthly figures of a set of orders, per dimension value: each event counted in the month it
 * happened (request, first sample, report, cancellation, failure), turnaround counted in the month
 * of the event that ends it; rare-disease cases reported, and those with a pathogenic or likely
 * pathogenic finding, in the month of the report.
 */
final class MonthlyFigures {

  /** A month, a dimension and one of its values. */
  record Key(LocalDate month, Dimension dimension, int value) {}

  /** An ISO week (its Monday), the month of the days counted, a dimension and one of its values. */
  record WeekKey(LocalDate week, LocalDate month, Dimension dimension, int value) {}

  /** The events counted by week: requested, received, reported, cancelled, failed. */
  static final int EVENTS = 5;

  private static final Dimension[] DIMENSIONS = Dimension.values();

  /** The counts of one key. */
  static final class Cell {
    int requested;
    int received;
    int reported;
    int cancelled;
    int failed;
    int withinTarget;
    int generated;
    int yieldReported;
    int yieldPathogenic;
    final Histogram requestToReceipt = new Histogram();
    final Histogram receiptToReport = new Histogram();
    final Histogram requestToReport = new Histogram();
  }

  private final Map<Key, Cell> cells = new HashMap<>();
  private final Map<WeekKey, int[]> weeks = new HashMap<>();
  private final Set<LocalDate> months;

  /**
   * @param months the months to count events in; null for every month
   */
  MonthlyFigures(Set<LocalDate> months) {
    this.months = months;
  }

  static LocalDate month(LocalDate day) {
    return day.withDayOfMonth(1);
  }

  void add(OrderFact fact) {
    if (counted(fact.requested())) {
      for (Cell cell : cells(fact, fact.requested())) {
        cell.requested++;
        cell.generated += fact.generated() ? 1 : 0;
      }
      week(fact, fact.requested(), 0);
    }
    if (fact.received() != null && counted(fact.received())) {
      int days = OrderFact.days(fact.requested(), fact.received());
      for (Cell cell : cells(fact, fact.received())) {
        cell.received++;
        cell.requestToReceipt.add(days);
      }
      week(fact, fact.received(), 1);
    }
    if (fact.reported() != null && counted(fact.reported())) {
      int total = OrderFact.days(fact.requested(), fact.reported());
      boolean within = !fact.reported().isAfter(fact.expectedBy());
      for (Cell cell : cells(fact, fact.reported())) {
        cell.reported++;
        cell.withinTarget += within ? 1 : 0;
        cell.requestToReport.add(total);
        if (fact.pathogenic() != null) {
          cell.yieldReported++;
          cell.yieldPathogenic += fact.pathogenic() ? 1 : 0;
        }
        if (fact.received() != null) {
          cell.receiptToReport.add(OrderFact.days(fact.received(), fact.reported()));
        }
      }
      week(fact, fact.reported(), 2);
    }
    if (fact.cancelled() != null && counted(fact.cancelled())) {
      for (Cell cell : cells(fact, fact.cancelled())) {
        cell.cancelled++;
      }
      week(fact, fact.cancelled(), 3);
    }
    if (fact.failed() != null && counted(fact.failed())) {
      for (Cell cell : cells(fact, fact.failed())) {
        cell.failed++;
      }
      week(fact, fact.failed(), 4);
    }
  }

  Map<Key, Cell> cells() {
    return cells;
  }

  Map<WeekKey, int[]> weeks() {
    return weeks;
  }

  private void week(OrderFact fact, LocalDate day, int event) {
    LocalDate monday = day.with(java.time.DayOfWeek.MONDAY);
    LocalDate month = month(day);
    for (Dimension d : DIMENSIONS) {
      weeks
          .computeIfAbsent(new WeekKey(monday, month, d, fact.code(d)), k -> new int[EVENTS])[
          event]++;
    }
  }

  private boolean counted(LocalDate day) {
    return months == null || months.contains(month(day));
  }

  private Cell[] cells(OrderFact fact, LocalDate day) {
    LocalDate month = month(day);
    Dimension[] dimensions = DIMENSIONS;
    Cell[] out = new Cell[dimensions.length];
    for (int i = 0; i < dimensions.length; i++) {
      out[i] =
          cells.computeIfAbsent(
              new Key(month, dimensions[i], fact.code(dimensions[i])), k -> new Cell());
    }
    return out;
  }
}
