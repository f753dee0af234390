package org.gms.server.insights;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's figures for a period (whole months, {@code from} inclusive, {@code to} exclusive)
 * broken down by one dimension: activity, turnaround and, where the dimension has populations,
 * rates. Generated activity is counted in and its share stated.
 *
 * @param rows one per value of the dimension, most requested first
 * @param total the whole service
 * @param generatedOrders how many of the orders requested in the period were generated, not real
 * @param ratesNote why the values have no rates though rates by the dimension exist (age band and
 *     sex without the configured population file), else null
 */
public record Figures(
    LocalDate from,
    LocalDate to,
    Dimension dimension,
    List<Row> rows,
    Row total,
    long generatedOrders,
    String ratesNote) {

  public Figures {
    rows = List.copyOf(rows);
  }

  /**
   * One value's figures. Events count in the period they happened: {@code requested} are orders
   * requested in the period, {@code reported} orders reported in it, and so on.
   *
   * @param withinTarget reports in the period that came by the order's expected date
   * @param shareWithinTarget withinTarget / reported with its Wilson 95% interval; null when none
   * @param rate requests per 100,000 population per year; null without a population
   */
  public record Row(
      String value,
      long requested,
      long received,
      long reported,
      long cancelled,
      long failed,
      Turnaround requestToReceipt,
      Turnaround receiptToReport,
      Turnaround requestToReport,
      long withinTarget,
      Proportion shareWithinTarget,
      Rate rate) {}

  /**
   * Whole-day turnaround: median and 90th centile (linear interpolation, as PostgreSQL's
   * percentile_cont); null when n is 0.
   */
  public record Turnaround(long n, Double median, Double p90) {}

  /** A proportion with its 95% interval. */
  public record Proportion(double value, double lower, double upper) {}

  /**
   * A rate per 100,000 population per year with Byar's 95% interval, and its ratio to the national
   * rate with a log-normal 95% interval (null for the nation itself or a count of 0).
   */
  public record Rate(
      long count,
      long population,
      double per100k,
      double lower,
      double upper,
      Double ratio,
      Double ratioLower,
      Double ratioUpper) {}

  /** One month of the service as a whole. */
  public record TrendPoint(
      LocalDate month,
      long requested,
      long received,
      long reported,
      long cancelled,
      Double medianRequestToReport,
      Double shareWithinTarget) {}

  /** Open orders now and those past their expected date, in all and by laboratory. */
  public record Backlog(long open, long overdue, Map<String, long[]> byLaboratory) {

    public Backlog {
      byLaboratory = Map.copyOf(byLaboratory);
    }
  }

  /**
   * An order behind a figure, without the patient: where it is and its dimension values.
   *
   * @param generated whether it was generated (no such order exists to open)
   */
  public record OrderSummary(
      long orderId,
      boolean generated,
      LocalDate requested,
      LocalDate received,
      LocalDate reported,
      LocalDate ended,
      LocalDate expectedBy,
      boolean overdue,
      Map<String, String> values) {

    public OrderSummary {
      values = Map.copyOf(values);
    }
  }
}
