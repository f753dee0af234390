package org.gms.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.gms.benchmarks.support.BenchmarkDatabase;
import org.gms.benchmarks.support.LoadGenerator;
import org.gms.cli.ServerContext;
import org.gms.server.directory.GeneLocations;
import org.gms.server.record.NhsNumber;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./gms benchmark beacon}: a research cohort of N individuals, each with a test request
 * carrying HPO terms and genotypes at real variant sites (the ClinVar GRCh38 subset and, by
 * default, every record of the shared real VCFs; each individual's genotype drawn from the site's
 * allele frequency), loaded through the server's own genotype store, with research consent recorded
 * through the consent feature; then Beacon v2 g_variants queries by position, range and gene,
 * individuals queries by HPO term and filtering_terms over HTTP, with p50/p99 per kind.
 */
@Command(
    name = "beacon",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark: load genotypes of N individuals (default 10,000) at real variant sites (--sites"
          + " all: the ClinVar GRCh38 subset and every record of the shared real VCFs, some"
          + " 295,000 across the genome; --sites clinvar: the ClinVar subset only) into the"
          + " research genotype store, give each individual a request with HPO terms, record their"
          + " research consent, then time Beacon v2 g_variants queries by position, range and gene,"
          + " individuals by HPO term and filtering_terms over HTTP."
    })
final class BenchmarkBeaconCommand implements Callable<Integer> {

  @Option(
      names = "--individuals",
      defaultValue = "10000",
      description = "Individuals in the cohort (default: ${DEFAULT-VALUE}).")
  int individuals;

  @Option(
      names = "--queries",
      defaultValue = "500",
      description = "Queries of each kind (default: ${DEFAULT-VALUE}).")
  int queries;

  @Option(
      names = "--vcf",
      description =
          "GRCh38 VCF whose records are the sites, instead of --sites (without --vcf or the shared"
              + " reference data, the small bundled PharmCAT examples).")
  Path vcf;

  /** The site pools. */
  enum SitePool {
    clinvar,
    all
  }

  @Option(
      names = "--sites",
      defaultValue = "all",
      description =
          "Site pool: clinvar (the 69,000 ClinVar GRCh38 records of 18 genes, "
              + BeaconSites.SHARED_CLINVAR
              + ") or all (those, and every record of every real VCF in "
              + BeaconSites.SHARED_VCFS
              + ", some 290,000 across the genome, with allele frequencies drawn from a"
              + " rare-variant-heavy spectrum). Default: ${DEFAULT-VALUE}.")
  SitePool sitePool;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: 42).")
  long seed;

  @Mixin BenchmarkDatabase database = new BenchmarkDatabase();

  @Override
  public Integer call() throws Exception {
    Map<String, Object> properties = database.serverProperties("beacon");
    SplittableRandom random = new SplittableRandom(seed);
    BeaconSites sites = BeaconSites.read(vcf, sitePool, random);
    try (ConfigurableApplicationContext context = ServerContext.web(properties)) {
      int port = LoadGenerator.port(context);
      List<NhsNumber> people = BeaconCohort.register(context, individuals, random);
      BeaconRequests.write(context, people, new SplittableRandom(seed + 1));
      BeaconGenotypeLoad.load(context, sites.all(), people, seed, random);
      String token = BeaconCohort.researcherToken(context);
      query(context, port, token, sites, random);
    }
    return 0;
  }

  private void query(
      ConfigurableApplicationContext context,
      int port,
      String token,
      BeaconSites sites,
      SplittableRandom random)
      throws IOException, InterruptedException {
    BeaconGenes genes = BeaconGenes.of(context.getBean(GeneLocations.class), sites);
    String root = "http://127.0.0.1:" + port + "/beacon/v2";
    BeaconQueryTiming timing = new BeaconQueryTiming(root, token);
    timing.first(genes.symbols().get(0));
    Map<String, Supplier<String>> kinds = BeaconQueryKinds.of(root, sites.all(), genes, random);
    timing.sample();
    timing.warmUp(kinds, queries);
    List<String> symbols = genes.symbols();
    System.out.printf(
        "beacon: %d queries of each kind, one client, researcher token, %d genes: beacon%n",
        queries, symbols.size(), symbols.size() > 20 ? symbols.subList(0, 20) + "..." : symbols);
    timing.time(kinds, queries);
  }
}
