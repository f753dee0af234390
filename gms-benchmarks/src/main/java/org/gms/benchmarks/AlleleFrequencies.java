package org.gms.benchmarks;

import java.util.SplittableRandom;

/**
 * The allele frequency spectra the Beacon benchmark draws from where a real site gives none, so the
 * number of carriers per site looks like a real cohort's (most variants in one or a few people).
 */
final class AlleleFrequencies {

  private AlleleFrequencies() {}

  /**
   * A rare-variant-heavy site frequency spectrum for a pooled site (log-uniform within each class):
   * 55% from 5e-5 (one copy in 10,000 people) to 2e-4, 25% from 2e-4 to 0.2%, 12% from 0.2% to 2%,
   * 6% from 2% to 20%, 2% from 20% to 50%. Mean allele frequency 1.2%, so about 220 carriers per
   * site among 10,000 individuals; 80% of sites are below 0.2% (as in large sequenced cohorts,
   * where most variants are seen in one or a few people).
   */
  static double spectrum(SplittableRandom random) {
    double u = random.nextDouble();
    if (u < 0.55) {
      return logUniform(random, 5e-5, 2e-4);
    }
    if (u < 0.80) {
      return logUniform(random, 2e-4, 2e-3);
    }
    if (u < 0.92) {
      return logUniform(random, 2e-3, 0.02);
    }
    if (u < 0.98) {
      return logUniform(random, 0.02, 0.2);
    }
    return logUniform(random, 0.2, 0.5);
  }

  /**
   * For a ClinVar site without a population frequency: most sites rare, some low-frequency, a few
   * common (log-uniform within each class).
   */
  static double drawn(SplittableRandom random) {
    double u = random.nextDouble();
    if (u < 0.70) {
      return logUniform(random, 2e-5, 2e-4);
    }
    if (u < 0.95) {
      return logUniform(random, 2e-4, 0.01);
    }
    return logUniform(random, 0.01, 0.5);
  }

  private static double logUniform(SplittableRandom random, double low, double high) {
    return Math.exp(Math.log(low) + random.nextDouble() * (Math.log(high) - Math.log(low)));
  }
}
