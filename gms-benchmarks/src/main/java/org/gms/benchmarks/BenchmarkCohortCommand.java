package org.gms.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.gms.benchmarks.support.ScratchDirectory;
import org.gms.cli.ServerContext;
import org.gms.server.directory.GeneLocations;
import org.gms.store.Manifest;
import org.gms.store.PopulationStore;
import org.gms.store.Region;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./gms benchmark cohort}: builds a population store of N individuals at the Beacon
 * benchmark's real sites and times its queries (Beacon position and gene, sub-cohort allele
 * frequencies of a gene, the re-analysis sweep) with DuckDB in-process, as the server runs them.
 */
@Command(
    name = "cohort",
    mixinStandardHelpOptions = true,
    description =
        "Population store (Parquet + DuckDB): load N individuals' genotypes at real sites, report"
            + " bytes per genotype, load time, query latencies and heap; ends with a summary line.")
final class BenchmarkCohortCommand implements Callable<Integer> {

  @Option(
      names = "--individuals",
      defaultValue = "10000",
      description = "Cohort size (default: 10000).")
  int individuals;

  @Option(
      names = "--sites",
      defaultValue = "all",
      description = "Sites: clinvar or all (the Beacon benchmark's pools; default: all).")
  BenchmarkBeaconCommand.SitePool sitePool;

  @Option(
      names = "--run-size",
      defaultValue = "1000",
      description = "Individuals per appended run (a sequencing batch; default: 1000).")
  int runSize;

  @Option(names = "--queries", defaultValue = "300", description = "Queries of each kind.")
  int queries;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: 42).")
  long seed;

  @Option(
      names = "--dir",
      description =
          "Store directory (default: a new temporary directory; an existing store is reused).")
  Path dir;

  @Option(
      names = "--query-file",
      description =
          "Write the first --recorded queries of each kind, their allow-lists and their answers'"
              + " checksums to this file, for ./gms benchmark cohort-spark to ask Spark.")
  Path queryFile;

  @Option(
      names = "--recorded",
      defaultValue = "20",
      description = "Queries of each kind written to --query-file (default: 20).")
  int recorded;

  @Override
  public Integer call() throws Exception {
    Path root = dir != null ? dir : Files.createTempDirectory("gms-bench-cohort-");
    SplittableRandom random = new SplittableRandom(seed);
    BeaconSites sites = BeaconSites.read(null, sitePool, random);
    CohortQueries.Genes genes = genes(sites);
    long heapBefore = usedHeap();
    PopulationStore.Settings settings = PopulationStore.Settings.defaults();
    try (PopulationStore store = PopulationStore.open(root, settings)) {
      CohortStoreLoad.Loaded loaded =
          CohortStoreLoad.load(store, sites.all(), individuals, runSize, random);
      int merged = store.compact();
      Manifest manifest = store.manifest();
      long genotypes = manifest.genotypes();
      long genotypeBytes =
          manifest.files(Manifest.GENOTYPES).stream().mapToLong(Manifest.DataFile::bytes).sum();
      double bytesPerGenotype = manifest.bytes() / (double) Math.max(1, genotypes);
      System.out.printf(
          "cohort: %d individuals, %d sites, %d genotypes in %d runs, appended in %.1f s (%.0f"
              + " genotypes/s); final compaction merged %d files%n",
          individuals,
          sites.all().size(),
          genotypes,
          loaded.runs(),
          loaded.seconds(),
          genotypes / loaded.seconds(),
          merged);
      System.out.printf(
          "cohort: on disk %.1f MB in %d Parquet files (genotypes %.1f MB, variants %.1f MB):"
              + " %.2f bytes per genotype (genotypes table alone %.2f)%n",
          manifest.bytes() / 1e6,
          manifest.files().size(),
          genotypeBytes / 1e6,
          (manifest.bytes() - genotypeBytes) / 1e6,
          bytesPerGenotype,
          genotypeBytes / (double) Math.max(1, genotypes));
      System.out.printf(
          "cohort: carrier blocks (beside the genotypes files, not counted above) %.1f MB: %.2f"
              + " bytes per genotype%n",
          carrierBlockBytes(root) / 1e6, carrierBlockBytes(root) / (double) Math.max(1, genotypes));
      CohortQueries.Figures figures =
          new CohortQueries(store, sites.all(), genes, individuals, new SplittableRandom(seed + 7))
              .run(queries, queryFile, queryFile == null ? 0 : recorded);
      long heapAfter = usedHeap();
      System.out.printf(
          "cohort: heap in use after a full GC: %.0f MB before the store, %.0f MB after the load"
              + " and queries (the store keeps its manifest on the heap; DuckDB holds %.0f MB"
              + " outside it)%n",
          heapBefore / 1e6, heapAfter / 1e6, store.engineMemory() / 1e6);
      System.out.printf(
          "cohort: machine: %d cores, max heap %d MB, load average %.1f%n",
          Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().maxMemory() >> 20,
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      System.out.printf(
          "individuals=%d genotypes=%d bytes_per_genotype=%.2f beacon_p99_ms=%.1f"
              + " gene_af_p99_ms=%.1f sweep_s=%.1f%n",
          individuals,
          genotypes,
          bytesPerGenotype,
          figures.beaconP99Ms(),
          figures.geneAfP99Ms(),
          figures.sweepSeconds());
    }
    return 0;
  }

  /** The genes queried, as regions: the Beacon benchmark's genes, spans from the gene table. */
  private static CohortQueries.Genes genes(BeaconSites sites) throws Exception {
    Path scratch = Files.createTempDirectory("gms-bench-cohort-genes-");
    Map<String, Region> regions = new HashMap<>();
    List<String> named = new ArrayList<>();
    try (ConfigurableApplicationContext context =
        ServerContext.offline(ScratchDirectory.serverProperties(scratch))) {
      GeneLocations locations = context.getBean(GeneLocations.class);
      BeaconGenes genes = BeaconGenes.of(locations, sites);
      for (String symbol : genes.symbols()) {
        locations
            .locate(symbol)
            .ifPresent(
                g -> regions.put(symbol, new Region("GRCh38", g.contig(), g.start(), g.end())));
      }
      named.addAll(genes.named());
    }
    return new CohortQueries.Genes(regions, named);
  }

  private static long carrierBlockBytes(Path root) throws java.io.IOException {
    Path blocks = root.resolve("data").resolve("carriers");
    if (!Files.isDirectory(blocks)) {
      return 0;
    }
    try (var walk = Files.walk(blocks)) {
      return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static long usedHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
