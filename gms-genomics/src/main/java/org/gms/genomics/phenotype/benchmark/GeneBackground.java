package org.gms.genomics.phenotype.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;
import org.gms.genomics.GenomicsException;

/**
 * The second protocol's background genes: each gene's chance of carrying a rare variant in a
 * healthy person, standing in as its expected number of loss-of-function variants in gnomAD v2.1.1.
 *
 * <p>The constraint table the project has ({@code gene, transcript, pLI, oe_lof, oe_lof_lower,
 * oe_lof_upper}) gives no expected counts, but its confidence interval encodes them: gnomAD took
 * the 5th and 95th percentiles of the ratio x on a grid over [0, 2] with weights {@code dpois(obs,
 * x * exp)}. For each gene the expected count is found (bisection) for which that interval, with
 * {@code obs = oe_lof * exp}, has the table's upper bound. A gene with a longer coding sequence and
 * more mutable sites gets a larger count and is drawn more often, as it is likelier to carry a
 * chance rare variant. Genes without oe_lof or an upper bound are not drawn.
 */
public final class GeneBackground {

  private final List<String> symbols;
  private final double[] cumulative;
  private final int skipped;

  private GeneBackground(List<String> symbols, double[] weights, int skipped) {
    this.symbols = List.copyOf(symbols);
    this.cumulative = new double[weights.length];
    double total = 0;
    for (int i = 0; i < weights.length; i++) {
      total += weights[i];
      cumulative[i] = total;
    }
    this.skipped = skipped;
  }

  /** Reads the constraint table (plain or gzip; '#' lines are comments, the header names them). */
  public static GeneBackground read(Path table) {
    List<String> symbols = new ArrayList<>();
    List<double[]> rows = new ArrayList<>();
    int skipped = 0;
    try (BufferedReader in = open(table)) {
      int oe = -1;
      int upper = -1;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith("##") || line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (line.startsWith("#") || f[0].equals("gene")) {
          List<String> header = List.of(f);
          oe = header.indexOf("oe_lof");
          upper = header.indexOf("oe_lof_upper");
          continue;
        }
        if (oe < 0 || upper < 0) {
          throw new GenomicsException(
              table + ": needs a header with oe_lof and oe_lof_upper (gnomAD constraint table)");
        }
        try {
          rows.add(new double[] {Double.parseDouble(f[oe]), Double.parseDouble(f[upper])});
          symbols.add(f[0]);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
          skipped++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + table, e);
    }
    double[] expected = rows.parallelStream().mapToDouble(r -> expectedCount(r[0], r[1])).toArray();
    List<String> kept = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    for (int i = 0; i < expected.length; i++) {
      if (Double.isNaN(expected[i])) {
        skipped++;
      } else {
        kept.add(symbols.get(i));
        weights.add(expected[i]);
      }
    }
    return new GeneBackground(
        kept, weights.stream().mapToDouble(Double::doubleValue).toArray(), skipped);
  }

  private static BufferedReader open(Path file) throws IOException {
    if (!Files.exists(file)) {
      throw new GenomicsException(
          "Gene constraint table not found: " + file + " (give --gene-background)");
    }
    var raw = Files.newInputStream(file);
    return new BufferedReader(
        new InputStreamReader(
            file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw,
            StandardCharsets.UTF_8));
  }

  /**
   * The expected count for which gnomAD's interval over x in [0, 2] (weights {@code dpois(oe * exp,
   * x * exp)}, gnomAD's grid of 0.001) has the given 95th percentile; NaN when no count fits (bound
   * missing or at the edge).
   */
  static double expectedCount(double oe, double upper) {
    if (!(oe >= 0) || !(upper > oe) || upper >= 1.99) {
      return Double.NaN;
    }
    double lo = Math.log(0.01);
    double hi = Math.log(20_000);
    if (upperBound(oe, Math.exp(lo)) < upper || upperBound(oe, Math.exp(hi)) > upper) {
      return Double.NaN;
    }
    for (int step = 0; step < 18; step++) {
      double mid = (lo + hi) / 2;
      if (upperBound(oe, Math.exp(mid)) > upper) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return Math.exp((lo + hi) / 2);
  }

  private static final int POINTS = 2001;

  /** ln x on the grid (x = 2 i / (POINTS - 1)), computed once. */
  private static final double[] LOG_X = new double[POINTS];

  static {
    for (int i = 0; i < POINTS; i++) {
      LOG_X[i] = Math.log(2.0 * i / (POINTS - 1));
    }
  }

  /** The 95th percentile of x on [0, 2] with weights proportional to dpois(oe*exp, x*exp). */
  static double upperBound(double oe, double expected) {
    int points = POINTS;
    double[] log = new double[points];
    double max = Double.NEGATIVE_INFINITY;
    double observed = oe * expected;
    double logExpected = Math.log(expected);
    for (int i = 0; i < points; i++) {
      double lambda = 2.0 * i / (points - 1) * expected;
      log[i] =
          i == 0
              ? (observed == 0 ? 0 : Double.NEGATIVE_INFINITY)
              : observed * (LOG_X[i] + logExpected) - lambda;
      max = Math.max(max, log[i]);
    }
    double total = 0;
    for (int i = 0; i < points; i++) {
      total += Math.exp(log[i] - max);
    }
    double running = 0;
    for (int i = 0; i < points; i++) {
      running += Math.exp(log[i] - max);
      if (running >= 0.95 * total) {
        return 2.0 * i / (points - 1);
      }
    }
    return 2.0;
  }

  /** How many genes can be drawn. */
  public int size() {
    return symbols.size();
  }

  /** Rows that could not be used (no ratio or bound, or a bound no count fits). */
  public int skipped() {
    return skipped;
  }

  /** {@code count} distinct symbols other than the excluded ones, drawn in proportion to weight. */
  public List<String> draw(int count, long seed, Set<String> excluded) {
    SplittableRandom random = new SplittableRandom(seed);
    Set<String> chosen = new HashSet<>();
    List<String> result = new ArrayList<>(count);
    double total = cumulative[cumulative.length - 1];
    int attempts = 0;
    while (result.size() < count && attempts++ < count * 1000) {
      double r = random.nextDouble() * total;
      int lo = 0;
      int hi = cumulative.length - 1;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (cumulative[mid] < r) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      String symbol = symbols.get(lo);
      if (!excluded.contains(symbol) && chosen.add(symbol)) {
        result.add(symbol);
      }
    }
    return result;
  }

  /** A one-line description for the benchmark's output. */
  public String summary(Path table) {
    double total = cumulative.length == 0 ? 0 : cumulative[cumulative.length - 1];
    return String.format(
        Locale.ROOT,
        "%s: %,d genes drawable by expected LoF count (reconstructed from oe_lof and its upper"
            + " bound; total %.0f), %,d rows unusable",
        table,
        symbols.size(),
        total,
        skipped);
  }
}
