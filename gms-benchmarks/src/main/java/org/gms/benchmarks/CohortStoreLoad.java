package org.gms.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.gms.cli.ServerContext;
import org.gms.store.PopulationStore;
import org.gms.store.Variant;
import org.gms.store.VariantCalls;

/**
 * The cohort benchmark's genotypes: for each run of individuals (a sequencing batch), carriers at
 * every site drawn from the site's allele frequency (Hardy-Weinberg carriers and homozygotes, as
 * the Beacon benchmark draws them), appended to the population store one run at a time.
 */
final class CohortStoreLoad {

  private CohortStoreLoad() {}

  /** What the load did. */
  record Loaded(long genotypes, double seconds, int runs) {}

  static Loaded load(
      PopulationStore store,
      List<BeaconSites.Site> sites,
      int individuals,
      int runSize,
      SplittableRandom random) {
    long started = System.nanoTime();
    long genotypes = 0;
    int runs = 0;
    for (int first = 0; first < individuals; first += runSize) {
      int size = Math.min(runSize, individuals - first);
      List<VariantCalls> calls = run(sites, first, size, random);
      long drawn = calls.stream().mapToLong(c -> c.individuals().length).sum();
      String name = "cohort benchmark individuals " + first + "-" + (first + size - 1);
      long t = System.nanoTime();
      PopulationStore.Appended appended = store.append(name, calls);
      runs++;
      genotypes += drawn;
      ServerContext.progress(
          String.format(
              "cohort: run %d (%d individuals, %d genotypes) %s in %.1f s; %d files",
              runs,
              size,
              drawn,
              appended.alreadyAppended() ? "already in the store" : "appended",
              (System.nanoTime() - t) / 1e9,
              store.manifest().files().size()));
    }
    return new Loaded(genotypes, (System.nanoTime() - started) / 1e9, runs);
  }

  private static List<VariantCalls> run(
      List<BeaconSites.Site> sites, int first, int size, SplittableRandom random) {
    List<VariantCalls> calls = new ArrayList<>(sites.size());
    int[] chosen = new int[size];
    for (BeaconSites.Site site : sites) {
      double p = site.frequency();
      double carrierRate = 1 - (1 - p) * (1 - p);
      int carriers = Math.min(size, BeaconGenotypeLoad.binomial(random, size, carrierRate));
      if (carriers == 0) {
        continue;
      }
      double homShare = p * p / carrierRate;
      int[] individuals = distinct(random, size, carriers, chosen);
      byte[] copies = new byte[carriers];
      for (int i = 0; i < carriers; i++) {
        individuals[i] += first;
        copies[i] = (byte) (random.nextDouble() < homShare ? 2 : 1);
      }
      var key = site.key();
      calls.add(
          new VariantCalls(
              new Variant(key.build().name(), key.contig(), key.position(), key.ref(), key.alt()),
              site.gene(),
              null,
              individuals,
              copies,
              null,
              null));
    }
    return calls;
  }

  /** k distinct numbers below n, sorted (a partial shuffle when k is large, else rejection). */
  private static int[] distinct(SplittableRandom random, int n, int k, int[] scratch) {
    if (k > n / 4) {
      for (int i = 0; i < n; i++) {
        scratch[i] = i;
      }
      for (int i = 0; i < k; i++) {
        int j = i + random.nextInt(n - i);
        int t = scratch[i];
        scratch[i] = scratch[j];
        scratch[j] = t;
      }
      int[] picked = Arrays.copyOf(scratch, k);
      Arrays.sort(picked);
      return picked;
    }
    java.util.BitSet seen = new java.util.BitSet(n);
    int[] picked = new int[k];
    int count = 0;
    while (count < k) {
      int who = random.nextInt(n);
      if (!seen.get(who)) {
        seen.set(who);
        picked[count++] = who;
      }
    }
    Arrays.sort(picked);
    return picked;
  }
}
