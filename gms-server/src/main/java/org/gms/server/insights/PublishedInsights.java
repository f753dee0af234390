package org.gms.server.insights;

/**
 * The public figures: one calendar year at a time (fixed periods, so no two published periods can
 * be subtracted to reveal a small count), every count passed through small-number suppression
 * (counts 1 to 4, and further cells so that none of them can be worked out from the totals of this
 * or any other published table).
 */
public interface PublishedInsights {

  /** Requests by month and value of the dimension, rates where populations exist. */
  PublishedYear year(int year, Dimension by);

  /**
   * The year's requests by ISO week for the service, each week cut at month ends, suppressed with
   * the published month totals; and, unless {@code by} is {@code ALL}, by the dimension's values,
   * suppressed with the service's week parts and the dimension's published monthly counts.
   */
  PublishedWeeks weekly(int year, Dimension by);

  /** The same as CSV (suppressed cells are written as {@code [c]}). */
  String csv(int year, Dimension by);

  /**
   * The year's outcomes: cancer cases reported by tumour type (with a tier I or II finding, with a
   * targeted therapy started) and pharmacogenomic checks at prescribing by drug, suppressed as
   * tables with totals.
   */
  PublishedOutcomes outcomes(int year);

  /** One outcomes table as CSV: {@code cancer} or {@code pgx} ({@code [c]}: suppressed). */
  String outcomesCsv(int year, String table);

  /**
   * The year's published figures as a FHIR R4 collection Bundle (JSON): a {@code Measure} per kind
   * of figure and a summary {@code MeasureReport} of each for the year, stratified by every
   * dimension; a suppressed count carries the data-absent-reason {@code masked} instead of a value.
   */
  String fhir(int year);
}
