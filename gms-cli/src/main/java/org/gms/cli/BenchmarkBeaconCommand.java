package org.gms.cli;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.gms.genomics.reference.ReferenceGenome;
import org.gms.genomics.variant.GenomeBuild;
import org.gms.genomics.variant.RecordAllele;
import org.gms.genomics.variant.VariantKey;
import org.gms.genomics.variant.VariantNormaliser;
import org.gms.genomics.variant.VcfReader;
import org.gms.genomics.variant.VcfRecord;
import org.gms.server.account.Account;
import org.gms.server.account.Accounts;
import org.gms.server.account.Role;
import org.gms.server.consent.ConsentKind;
import org.gms.server.consent.Consents;
import org.gms.server.consent.Decision;
import org.gms.server.directory.GeneLocations;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.Patient;
import org.gms.server.record.Patients;
import org.gms.server.record.Sex;
import org.gms.server.research.ResearchGenotypes;
import org.gms.server.research.VariantCarriers;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./gms benchmark beacon}: a research cohort of N individuals with genotypes at real variant
 * sites (ClinVar GRCh38 records, each individual's genotype drawn from the site's population
 * frequency), loaded through the server's own genotype store, with research consent recorded
 * through the consent feature; then Beacon v2 g_variants queries over HTTP by position and by gene,
 * with p50/p99 per kind.
 */
@Command(
    name = "beacon",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark: load genotypes of N individuals (default 10,000) at real variant sites (the"
          + " ClinVar GRCh38 subset of the shared reference, genotypes drawn from each site's"
          + " population frequency) into the research genotype store, record their research"
          + " consent, then time Beacon v2 g_variants queries over HTTP by position and by gene."
    })
final class BenchmarkBeaconCommand implements Callable<Integer> {

  private static final String SHARED_CLINVAR =
      "../shared/reference/clinvar/clinvar.2026-02-26.18genes.grch38.vcf.gz";
  private static final List<String> BUNDLED =
      List.of(
          "/org/gms/server/record/demo/pharmcat.example.vcf.gz",
          "/org/gms/server/record/demo/pharmcat.example2.vcf.gz");
  private static final String PASSWORD = "benchmark-password";
  private static final int CHUNK = 5_000;

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
          "GRCh38 VCF whose records are the sites (default: "
              + SHARED_CLINVAR
              + "; without it, the small bundled PharmCAT examples).")
  Path vcf;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: 42).")
  long seed;

  @Option(
      names = "--data-dir",
      description = "Folder for the embedded database (default: a new temporary folder).")
  Path dataDir;

  @Option(
      names = "--jdbc-url",
      description =
          "Use this PostgreSQL instead of an embedded one, e.g."
              + " jdbc:postgresql://127.0.0.1:5432/test (its schema is migrated).")
  String jdbcUrl;

  @Option(names = "--db-user", defaultValue = "postgres", description = "User for --jdbc-url.")
  String dbUser;

  @Option(
      names = "--db-password",
      description = "Password for --jdbc-url (or set GMS_DB_PASSWORD).")
  String dbPassword;

  /** One real site and its alternate allele frequency (drawn when the record gives none). */
  record Site(VariantKey key, double frequency, String gene) {}

  @Override
  public Integer call() throws Exception {
    Path dir = dataDir != null ? dataDir : Files.createTempDirectory("gms-bench-beacon-");
    Map<String, Object> properties = LoadOptions.serverProperties(dir);
    if (jdbcUrl != null && !jdbcUrl.isBlank()) {
      properties.put("gms.db.url", jdbcUrl);
      properties.put("gms.db.username", dbUser);
      String password = dbPassword != null ? dbPassword : System.getenv("GMS_DB_PASSWORD");
      properties.put("gms.db.password", password == null ? "" : password);
      System.out.println("beacon: database " + jdbcUrl);
    } else {
      System.out.println("beacon: embedded PostgreSQL in " + dir);
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<Site> sites = sites(random);
    try (ConfigurableApplicationContext context = ServerContext.web(properties)) {
      int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
      List<NhsNumber> people = cohort(context, random);
      load(context, sites, people, random);
      String token = researcherToken(context);
      query(context, port, token, sites, random);
    }
    return 0;
  }

  /** The sites: every sequence allele of the VCF, with its frequency. */
  private List<Site> sites(SplittableRandom random) throws IOException {
    Path source = vcf != null ? vcf : Path.of(SHARED_CLINVAR);
    List<Site> sites = new ArrayList<>();
    VariantNormaliser normaliser = VariantNormaliser.using(ReferenceGenome.none());
    long started = System.nanoTime();
    if (Files.isRegularFile(source)) {
      try (VcfReader reader = VcfReader.open(source)) {
        read(reader, normaliser, random, sites);
      }
      System.out.printf(
          "beacon: %d sites from %s (real records; frequency from AF_EXAC/AF_TGP/AF_ESP where"
              + " given, else drawn from a rare-variant distribution)%n",
          sites.size(), source);
    } else if (vcf != null) {
      throw new IllegalArgumentException("--vcf " + vcf + " is not a file.");
    } else {
      for (String resource : BUNDLED) {
        try (InputStream in = BenchmarkBeaconCommand.class.getResourceAsStream(resource);
            VcfReader reader =
                VcfReader.open(
                    new java.util.zip.GZIPInputStream(in),
                    resource,
                    org.gms.genomics.variant.VcfReadOptions.defaults())) {
          read(reader, normaliser, random, sites);
        }
      }
      Set<VariantKey> unique = new HashSet<>();
      sites.removeIf(s -> !unique.add(s.key()));
      System.out.printf(
          "beacon: %s is absent (shared reference data): using the %d sites of the bundled"
              + " PharmCAT examples instead; figures are NOT comparable with a full run%n",
          SHARED_CLINVAR, sites.size());
    }
    System.out.printf("beacon: sites read in %.1f s%n", (System.nanoTime() - started) / 1e9);
    return sites;
  }

  private static void read(
      VcfReader reader, VariantNormaliser normaliser, SplittableRandom random, List<Site> into) {
    for (VcfRecord record : reader) {
      String gene = record.info("GENEINFO").map(g -> g.split(":", 2)[0]).orElse(null);
      double given = frequency(record);
      for (RecordAllele allele : record.alleles()) {
        if (allele.variant().isEmpty()) {
          continue;
        }
        try {
          VariantKey key = VariantKey.of(GenomeBuild.GRCh38, allele.variant().get(), normaliser);
          into.add(new Site(key, given > 0 ? given : drawn(random), gene));
        } catch (IllegalArgumentException e) {
          // not a plain DNA allele
        }
      }
    }
  }

  private static double frequency(VcfRecord record) {
    double best = 0;
    for (String field : List.of("AF_EXAC", "AF_TGP", "AF_ESP")) {
      Optional<String> value = record.info(field);
      if (value.isPresent()) {
        try {
          best = Math.max(best, Double.parseDouble(value.get().split(",")[0]));
        } catch (NumberFormatException e) {
          // not a number: ignored
        }
      }
    }
    return best;
  }

  /** Most sites rare, some low-frequency, a few common (log-uniform within each class). */
  private static double drawn(SplittableRandom random) {
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

  /** N patients, 90% consented to research, 5% declined, 5% consented then withdrawn. */
  private List<NhsNumber> cohort(ConfigurableApplicationContext context, SplittableRandom random) {
    long started = System.nanoTime();
    Patients patients = context.getBean(Patients.class);
    Consents consents = context.getBean(Consents.class);
    Accounts accounts = context.getBean(Accounts.class);
    if (accounts.find("bench-beacon-clinician").isEmpty()) {
      accounts.save(
          new Account(
              "bench-beacon-clinician",
              "Benchmark clinician",
              Set.of(Role.CLINICIAN),
              "Benchmark Hospital"),
          PASSWORD);
    }
    Set<NhsNumber> participants = consents.researchParticipants();
    List<NhsNumber> people = new ArrayList<>(individuals);
    int given = 0;
    SecurityContextHolder.getContext()
        .setAuthentication(
            new UsernamePasswordAuthenticationToken("bench-beacon-clinician", "n/a", List.of()));
    try {
      for (int i = 0; i < individuals; i++) {
        NhsNumber nhs = nhsNumber(i);
        people.add(nhs);
        if (patients.find(nhs).isEmpty()) {
          patients.register(
              new Patient(
                  nhs,
                  "Beacon Benchmark " + i,
                  LocalDate.of(1950 + i % 60, 1 + i % 12, 1 + i % 28),
                  i % 2 == 0 ? Sex.FEMALE : Sex.MALE));
          double u = random.nextDouble();
          Decision first = u < 0.95 ? Decision.GIVEN : Decision.DECLINED;
          consents.record(nhs, ConsentKind.RESEARCH_PARTICIPATION, first, "benchmark", "");
          if (u >= 0.90 && u < 0.95) {
            consents.record(
                nhs, ConsentKind.RESEARCH_PARTICIPATION, Decision.WITHDRAWN, "benchmark", "");
          }
        }
      }
    } finally {
      SecurityContextHolder.clearContext();
    }
    given =
        (int)
            consents.researchParticipants().stream().filter(p -> !participants.contains(p)).count();
    System.out.printf(
        "beacon: %d individuals registered with research decisions in %.1f s (%d newly consented)%n",
        individuals, (System.nanoTime() - started) / 1e9, given);
    return people;
  }

  /** Genotypes at every site, in loads of {@value #CHUNK} sites, through the server's store. */
  private void load(
      ConfigurableApplicationContext context,
      List<Site> sites,
      List<NhsNumber> people,
      SplittableRandom random) {
    ResearchGenotypes store = context.getBean(ResearchGenotypes.class);
    int n = people.size();
    long genotypes = 0;
    long started = System.nanoTime();
    int loaded = 0;
    for (int from = 0; from < sites.size(); from += CHUNK) {
      List<VariantCarriers> chunk = new ArrayList<>();
      for (Site site : sites.subList(from, Math.min(sites.size(), from + CHUNK))) {
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

  private static int binomial(SplittableRandom random, int n, double p) {
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

  private static String researcherToken(ConfigurableApplicationContext context) {
    Accounts accounts = context.getBean(Accounts.class);
    if (accounts.find("bench-beacon-researcher").isEmpty()) {
      accounts.save(
          new Account(
              "bench-beacon-researcher",
              "Benchmark researcher",
              Set.of(Role.RESEARCHER),
              "Benchmark Research Network"),
          PASSWORD);
    }
    return accounts
        .issueToken("bench-beacon-researcher", PASSWORD, "benchmark", Duration.ofHours(3))
        .token();
  }

  private void query(
      ConfigurableApplicationContext context,
      int port,
      String token,
      List<Site> sites,
      SplittableRandom random)
      throws Exception {
    GeneLocations genes = context.getBean(GeneLocations.class);
    List<String> symbols = new ArrayList<>();
    Map<String, Integer> sitesPerGene = new TreeMap<>();
    for (Site site : sites) {
      if (site.gene() != null) {
        sitesPerGene.merge(site.gene(), 1, Integer::sum);
      }
    }
    if (sitesPerGene.isEmpty()) {
      for (String gene :
          List.of("CYP2C19", "CYP2C9", "CYP2D6", "CYP3A5", "DPYD", "SLCO1B1", "TPMT", "UGT1A1")) {
        sitesPerGene.put(gene, 0);
      }
    }
    sitesPerGene.keySet().stream().filter(g -> genes.locate(g).isPresent()).forEach(symbols::add);
    String base = "http://127.0.0.1:" + port + "/beacon/v2/g_variants?";
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    long started = System.nanoTime();
    HttpResponse<String> first =
        get(http, base + "geneId=" + symbols.get(0) + "&requestedGranularity=count", token);
    System.out.printf(
        "beacon: first query (reads the store into memory) %.1f s: %s%n",
        (System.nanoTime() - started) / 1e9,
        first.body().length() > 300 ? first.body().substring(0, 300) + "..." : first.body());
    Map<String, java.util.function.Supplier<String>> kinds = new LinkedHashMap<>();
    kinds.put(
        "position count",
        () -> {
          VariantKey key = sites.get(random.nextInt(sites.size())).key();
          return base
              + "referenceName="
              + key.contig()
              + "&start="
              + (key.position() - 1)
              + "&requestedGranularity=count";
        });
    kinds.put(
        "position boolean",
        () -> {
          VariantKey key = sites.get(random.nextInt(sites.size())).key();
          return base
              + "referenceName="
              + key.contig()
              + "&start="
              + (key.position() - 1)
              + "&referenceBases="
              + key.ref()
              + "&alternateBases="
              + key.alt()
              + "&requestedGranularity=boolean";
        });
    kinds.put(
        "range 10kb count",
        () -> {
          VariantKey key = sites.get(random.nextInt(sites.size())).key();
          return base
              + "referenceName="
              + key.contig()
              + "&start="
              + Math.max(0, key.position() - 5_000)
              + "&end="
              + (key.position() + 5_000)
              + "&requestedGranularity=count";
        });
    kinds.put(
        "gene count",
        () ->
            base
                + "geneId="
                + symbols.get(random.nextInt(symbols.size()))
                + "&requestedGranularity=count");
    kinds.put(
        "gene record",
        () ->
            base
                + "geneId="
                + symbols.get(random.nextInt(symbols.size()))
                + "&requestedGranularity=record&limit=10");
    // warm-up: the JIT and the connection
    for (int i = 0; i < Math.min(100, queries); i++) {
      for (var kind : kinds.values()) {
        get(http, kind.get(), token);
      }
    }
    System.out.printf(
        "beacon: %d queries of each kind, one client, researcher token, %d genes: %s%n",
        queries, symbols.size(), symbols.size() > 20 ? symbols.subList(0, 20) + "..." : symbols);
    for (var kind : kinds.entrySet()) {
      long[] latencies = new long[queries];
      int errors = 0;
      for (int i = 0; i < queries; i++) {
        String url = kind.getValue().get();
        long t = System.nanoTime();
        HttpResponse<String> response = get(http, url, token);
        latencies[i] = System.nanoTime() - t;
        if (response.statusCode() != 200) {
          errors++;
        }
      }
      Arrays.sort(latencies);
      System.out.printf(
          "beacon: %-18s n=%-5d latency ms  p50 %.2f  p90 %.2f  p99 %.2f  max %.2f  errors %d%n",
          kind.getKey(),
          queries,
          LoadGenerator.ms(latencies, 0.50),
          LoadGenerator.ms(latencies, 0.90),
          LoadGenerator.ms(latencies, 0.99),
          latencies[latencies.length - 1] / 1e6,
          errors);
    }
    System.out.println("beacon: goal p99 < 100 ms for position and gene queries, 10,000 genomes");
    System.out.printf(
        "beacon: machine: %d cores, max heap %d MB, load average %.1f (client, server and"
            + " database share the cores)%n",
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private static HttpResponse<String> get(HttpClient http, String url, String token)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A valid NHS number in a range only this benchmark uses. */
  static NhsNumber nhsNumber(int i) {
    for (long base = 999_500_000L + i * 2L; ; base++) {
      String nine = Long.toString(base);
      int sum = 0;
      for (int d = 0; d < 9; d++) {
        sum += (nine.charAt(d) - '0') * (10 - d);
      }
      int check = 11 - sum % 11;
      if (check == 11) {
        check = 0;
      }
      if (check != 10) {
        return new NhsNumber(nine + check);
      }
    }
  }
}
