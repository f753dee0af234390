package org.gms.server.insights;

/**
 * Writes generated (not real) activity into the insights summary, marked as generated wherever it
 * is shown: for demonstrations and benchmarks, never mixed silently with real figures.
 */
public interface GeneratedActivity {

  /**
   * Generates {@code testsPerYear} orders a year for {@code years} years up to today over the
   * current test directory's indications and tests, and recomputes the monthly figures.
   *
   * @return how many orders were written
   */
  long generate(int years, int testsPerYear, long seed);

  /** Whether generated orders are stored. */
  boolean present();

  /** Removes the generated orders and recomputes the figures. */
  void clear();
}
