package org.gms.benchmarks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.gms.server.record.NhsNumber;
import org.gms.server.research.ResearchGenotypes;
import org.gms.server.research.VariantCarriers;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Draws the cohort's genotypes at every site from its allele frequency and loads them through the
 * server's own research genotype store (as analysis runs do), timing the load and reporting the
 * store's size in PostgreSQL.
 */
final class BeaconGenotypeLoad {

  /** Sites per load: one load is one transaction of the store. */
  private static final int CHUNK = 5_000;

  private BeaconGenotypeLoad() {}

  /** Genotypes at every site, in loads of {@value #CHUNK} sites, labelled by the seed. */
  static void load(
      ConfigurableApplicationContext context,
      List<BeaconSites.Site> sites,
      List<NhsNumber> people,
      long seed,
      SplittableRandom random) {
    ResearchGenotypes store = context.getBean(ResearchGenotypes.class);
    int n = people.size();
    long genotypes = 0;
    long started = System.nanoTime();
    int loaded = 0;
    for (int from = 0; from < sites.size(); from += CHUNK) {
      List<VariantCarriers> chunk = new ArrayList<>();
      for (BeaconSites.Site site : sites.subList(from, Math.min(sites.size(), from + CHUNK))) {
        double p = site.frequency();
        double carrierRate = 1 - (1 - p) * (1 - p);
        int carriers = Math.min(n, binomial(random, n, carrierRate));
        Set<NhsNumber> het = new LinkedHashSet<>();
        Set<NhsNumber> hom = new LinkedHashSet<>();
        double homShare = p * p / carrierRate;
        Set<Integer> chosen = new HashSet<>();
        while (chosen.size() < carriers) {
          int who = random.nextInt(n);
          if (chosen.add(who)) {
            (random.nextDouble() < homShare ? hom : het).add(people.get(who));
          }
        }
        genotypes += carriers;
        chunk.add(new VariantCarriers(site.key(), het, hom));
      }
      ResearchGenotypes.Loaded result =
          store.load("beacon benchmark seed " + seed + " sites " + from, chunk);
      if (!result.alreadyLoaded()) {
        loaded += result.variants();
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    if (loaded == 0) {
      System.out.println(
          "beacon: genotypes were already loaded in this database (same --seed); load not timed");
    } else {
      System.out.printf(
          "beacon: %d variant rows loaded (%d non-reference genotypes, %.1f per site) in %.1f s"
              + " = %.0f rows/s%n",
          loaded,
          genotypes,
          genotypes / (double) Math.max(1, sites.size()),
          seconds,
          loaded / seconds);
    }
    JdbcClient jdbc = context.getBean(JdbcClient.class);
    System.out.printf(
        "beacon: store in PostgreSQL: %d variant rows, %d individuals, %s on disk%n",
        jdbc.sql("SELECT count(*) FROM research_variant").query(Long.class).single(),
        jdbc.sql("SELECT count(*) FROM research_individual").query(Long.class).single(),
        jdbc.sql("SELECT pg_size_pretty(pg_total_relation_size('research_variant'))")
            .query(String.class)
            .single());
  }

  /** How many of n individuals carry the site: Poisson for rare sites, else normal. */
  static int binomial(SplittableRandom random, int n, double p) {
    double mean = n * p;
    if (mean < 30) {
      // Poisson approximation (Knuth)
      double limit = Math.exp(-mean);
      int k = 0;
      double product = random.nextDouble();
      while (product > limit) {
        k++;
        product *= random.nextDouble();
      }
      return k;
    }
    double sd = Math.sqrt(mean * (1 - p));
    return (int) Math.max(0, Math.round(mean + sd * gaussian(random)));
  }

  private static double gaussian(SplittableRandom random) {
    return Math.sqrt(-2 * Math.log(1 - random.nextDouble()))
        * Math.cos(2 * Math.PI * random.nextDouble());
  }
}
