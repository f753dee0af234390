package org.gms.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.gms.benchmarks.support.LoadGenerator;
import org.gms.store.AllowList;
import org.gms.store.PopulationStore;
import org.gms.store.QueryFile;
import org.gms.store.Region;
import org.gms.store.RegionAnswer;
import org.gms.store.Variant;
import org.gms.store.VariantCount;

/**
 * The cohort benchmark's queries on the store, as the server asks them: 90% of the cohort consented
 * (the allow-list of every query), sub-cohorts (by sex, and five phenotype-like groups of 3% to
 * 20%) intersected with it for allele frequencies.
 */
final class CohortQueries {

  /** The genes queried: spans by symbol, and the genes the sites name (the ClinVar genes). */
  record Genes(Map<String, Region> spans, List<String> named) {}

  /** The summary figures. */
  record Figures(double beaconP99Ms, double geneAfP99Ms, double sweepSeconds) {}

  private final PopulationStore store;
  private final List<BeaconSites.Site> sites;
  private final Genes genes;
  private final List<String> symbols;
  private final SplittableRandom random;
  private final AllowList consented;
  private final List<AllowList> subCohorts = new ArrayList<>();
  private double frequencySum;

  CohortQueries(
      PopulationStore store,
      List<BeaconSites.Site> sites,
      Genes genes,
      int individuals,
      SplittableRandom random) {
    this.store = store;
    this.sites = sites;
    this.genes = genes;
    this.symbols = new ArrayList<>(genes.spans().keySet());
    this.symbols.sort(null);
    this.random = random;
    boolean[] consents = new boolean[individuals];
    List<Integer> yes = new ArrayList<>();
    for (int i = 0; i < individuals; i++) {
      consents[i] = random.nextDouble() < 0.90;
      if (consents[i]) {
        yes.add(i);
      }
    }
    this.consented = AllowList.of(yes);
    subCohorts.add(subset(consents, i -> i % 2 == 0)); // female, as the Beacon benchmark's
    subCohorts.add(subset(consents, i -> i % 2 == 1));
    for (double share : new double[] {0.03, 0.05, 0.08, 0.12, 0.20}) {
      SplittableRandom terms = random.split();
      subCohorts.add(subset(consents, i -> terms.nextDouble() < share));
    }
    System.out.printf(
        "cohort: %d of %d individuals consented (the allow-list of every query); sub-cohorts of"
            + " %s consented individuals%n",
        consented.size(), individuals, subCohorts.stream().map(AllowList::size).toList());
  }

  private static AllowList subset(boolean[] consents, java.util.function.IntPredicate in) {
    List<Integer> chosen = new ArrayList<>();
    for (int i = 0; i < consents.length; i++) {
      if (in.test(i) && consents[i]) {
        chosen.add(i);
      }
    }
    return AllowList.of(chosen);
  }

  /** One query of a kind: the region, the exact variant or null, the allow-list. */
  private record Ask(Region region, Variant exact, AllowList allowed) {}

  /**
   * Times each kind; with {@code queryFile}, writes the first {@code recorded} queries of each kind
   * and their answers' checksums for another engine to ask ({@code ./gms benchmark cohort-spark}).
   */
  Figures run(int queries, Path queryFile, int recorded) throws Exception {
    Map<String, Supplier<Ask>> kinds = new LinkedHashMap<>();
    kinds.put("position, counts", () -> new Ask(at(site()), null, consented));
    kinds.put(
        "position + alleles",
        () -> {
          Variant v = site();
          return new Ask(at(v), v, consented);
        });
    kinds.put("10 kb range, counts", () -> new Ask(range(site()), null, consented));
    kinds.put(
        "gene (" + symbols.size() + " genes), counts",
        () -> new Ask(gene(symbols), null, consented));
    kinds.put(
        "gene (the " + genes.named().size() + " ClinVar genes), counts",
        () -> new Ask(gene(genes.named()), null, consented));
    kinds.put(
        "sub-cohort allele frequencies, all variants of a gene",
        () -> new Ask(gene(symbols), null, subCohorts.get(random.nextInt(subCohorts.size()))));
    kinds.put(
        "sub-cohort allele frequencies, a ClinVar gene",
        () ->
            new Ask(gene(genes.named()), null, subCohorts.get(random.nextInt(subCohorts.size()))));
    long firstStart = System.nanoTime();
    RegionAnswer first = store.variants(List.of(gene(genes.named())), null, consented);
    System.out.printf(
        "cohort: first query (a ClinVar gene, %d variants; makes the consented allow-list) %.0f"
            + " ms%n",
        first.variants().size(), (System.nanoTime() - firstStart) / 1e6);
    for (Supplier<Ask> kind : kinds.values()) {
      for (int i = 0; i < Math.min(30, queries); i++) {
        ask(kind.get());
      }
    }
    System.out.printf(
        "cohort: %d queries of each kind (DuckDB in-process, one caller):%n%-55s %8s %8s %8s %8s%n",
        queries, "query", "p50 ms", "p90 ms", "p99 ms", "max ms");
    Map<String, Double> p99 = new LinkedHashMap<>();
    List<QueryFile.Asked> asked = new ArrayList<>();
    for (Map.Entry<String, Supplier<Ask>> kind : kinds.entrySet()) {
      long[] latencies = new long[queries];
      for (int i = 0; i < queries; i++) {
        Ask q = kind.getValue().get();
        long t = System.nanoTime();
        RegionAnswer answer = ask(q);
        latencies[i] = System.nanoTime() - t;
        if (i < recorded) {
          asked.add(
              new QueryFile.Asked(
                  kind.getKey(),
                  listName(q.allowed()),
                  q.region(),
                  q.exact(),
                  QueryFile.checksum(answer)));
        }
      }
      Arrays.sort(latencies);
      p99.put(kind.getKey(), LoadGenerator.ms(latencies, 0.99));
      System.out.printf(
          "%-55s %8.1f %8.1f %8.1f %8.1f%n",
          kind.getKey(),
          LoadGenerator.ms(latencies, 0.50),
          LoadGenerator.ms(latencies, 0.90),
          LoadGenerator.ms(latencies, 0.99),
          latencies[queries - 1] / 1e6);
    }
    if (queryFile != null) {
      Map<String, AllowList> lists = new LinkedHashMap<>();
      lists.put("consented", consented);
      for (int i = 0; i < subCohorts.size(); i++) {
        lists.put("sub-cohort " + i, subCohorts.get(i));
      }
      QueryFile.write(queryFile, lists, asked);
      System.out.printf(
          "cohort: %d queries and their answers' checksums written to %s%n",
          asked.size(), queryFile);
    }
    double beacon =
        p99.entrySet().stream()
            .filter(e -> e.getKey().startsWith("position") || e.getKey().startsWith("gene"))
            .mapToDouble(Map.Entry::getValue)
            .max()
            .orElse(0);
    double af =
        p99.entrySet().stream()
            .filter(e -> e.getKey().startsWith("sub-cohort"))
            .mapToDouble(Map.Entry::getValue)
            .max()
            .orElse(0);
    return new Figures(beacon, af, sweep());
  }

  /** The re-analysis sweep: every consented case with a variant in a panel of genes. */
  private double sweep() throws Exception {
    List<Region> panel = new ArrayList<>();
    genes.named().forEach(g -> panel.add(genes.spans().get(g)));
    SplittableRandom pick = new SplittableRandom(11);
    while (panel.size() < genes.named().size() + 100 && panel.size() < symbols.size()) {
      Region r = genes.spans().get(symbols.get(pick.nextInt(symbols.size())));
      if (!panel.contains(r)) {
        panel.add(r);
      }
    }
    long t = System.nanoTime();
    // streamed: at national scale the rows do not fit on the heap, the cases they name do
    java.util.BitSet withVariant = new java.util.BitSet();
    long rows = store.sweep(panel, consented, c -> withVariant.set(c.individual()));
    double seconds = (System.nanoTime() - t) / 1e9;
    System.out.printf(
        "cohort: re-analysis sweep of %d genes over %d consented cases: %d carrier rows, %d cases"
            + " with a variant, in %.1f s%n",
        panel.size(), consented.size(), rows, withVariant.cardinality(), seconds);
    Path export = Files.createTempFile("gms-cohort-export-", ".parquet");
    t = System.nanoTime();
    rows = store.export(panel, consented, export);
    System.out.printf(
        "cohort: export of the same genes (research ids are mapped by the server) %d rows, %.1f MB"
            + " Parquet, in %.1f s%n",
        rows, Files.size(export) / 1e6, (System.nanoTime() - t) / 1e9);
    Files.delete(export);
    return seconds;
  }

  /** A query as the server asks it (a sub-cohort's frequencies are worked out from the counts). */
  private RegionAnswer ask(Ask q) {
    RegionAnswer answer = store.variants(List.of(q.region()), q.exact(), q.allowed());
    if (q.allowed() != consented) {
      double sum = 0;
      for (VariantCount v : answer.variants()) {
        sum += v.frequency(q.allowed().size());
      }
      frequencySum += sum;
    }
    return answer;
  }

  private String listName(AllowList list) {
    return list == consented ? "consented" : "sub-cohort " + subCohorts.indexOf(list);
  }

  private Variant site() {
    var key = sites.get(random.nextInt(sites.size())).key();
    return new Variant(key.build().name(), key.contig(), key.position(), key.ref(), key.alt());
  }

  private static Region at(Variant v) {
    return Region.of(v);
  }

  private static Region range(Variant v) {
    return new Region(v.build(), v.contig(), v.position(), v.position() + 9_999);
  }

  private Region gene(List<String> from) {
    return genes.spans().get(from.get(random.nextInt(from.size())));
  }
}
