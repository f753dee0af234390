package org.gms.server.insights;

import java.time.LocalDate;
import java.util.List;

/**
 * The diagnostic yield of rare-disease testing in a period (whole months, {@code from} inclusive,
 * {@code to} exclusive): the cases whose rare-disease report was issued in the period, and those
 * whose report in force holds a pathogenic or likely pathogenic finding, by a dimension (usually
 * the clinical indication).
 *
 * @param rows one per value with at least one case, most cases first
 * @param total the whole service
 */
public record DiagnosticYield(
    LocalDate from, LocalDate to, Dimension dimension, List<Row> rows, Row total) {

  public DiagnosticYield {
    rows = List.copyOf(rows);
  }

  /**
   * One value's yield.
   *
   * @param reported rare-disease cases reported in the period
   * @param pathogenic of those, reports holding a pathogenic or likely pathogenic finding
   * @param share pathogenic / reported with its Wilson 95% interval; null when none reported
   */
  public record Row(String value, long reported, long pathogenic, Figures.Proportion share) {}
}
