package org.gms.server.insights;

import java.time.YearMonth;
import java.util.List;

/**
 * The dashboard figures for laboratory managers and commissioners (not published: small numbers are
 * shown as they are). Each call first takes in the orders changed since the last one.
 */
public interface Insights {

  /** The figures of the months from {@code from} to {@code to} (both included) by a dimension. */
  Figures figures(YearMonth from, YearMonth to, Dimension by);

  /**
   * Rare-disease cases reported in the months from {@code from} to {@code to} and the share with a
   * pathogenic or likely pathogenic finding, by a dimension.
   */
  DiagnosticYield diagnosticYield(YearMonth from, YearMonth to, Dimension by);

  /**
   * Activity by ISO week, from the week of {@code from} to the week of {@code to} (whole weeks, at
   * most 262), for the service and per value of a dimension.
   */
  Weekly weekly(java.time.LocalDate from, java.time.LocalDate to, Dimension by);

  /**
   * Outcomes in the months from {@code from} to {@code to}: cancer cases reported with an
   * actionable (tier I or II) finding and targeted therapies started for them, by tumour type; and
   * pharmacogenomic results in use (draft prescriptions checked and cards shown), by drug.
   */
  Outcomes outcomes(YearMonth from, YearMonth to);

  /** The service month by month. */
  List<Figures.TrendPoint> trend(YearMonth from, YearMonth to);

  /** Open and overdue orders now. */
  Figures.Backlog backlog();

  /** The orders requested in the months with this value of the dimension, newest first. */
  List<Figures.OrderSummary> orders(
      YearMonth from, YearMonth to, Dimension by, String value, int limit);

  /** Takes in the orders changed since the last call (the figures do it themselves). */
  void refresh();
}
