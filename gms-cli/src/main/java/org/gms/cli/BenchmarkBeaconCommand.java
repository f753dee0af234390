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
import org.gms.genomics.phenotype.HpoOntology;
import org.gms.genomics.phenotype.HpoTermId;
import org.gms.genomics.phenotype.PhenotypeKnowledge;
import org.gms.genomics.reference.ReferenceGenome;
import org.gms.genomics.variant.GenomeBuild;
import org.gms.genomics.variant.RecordAllele;
import org.gms.genomics.variant.VariantKey;
import org.gms.genomics.variant.VariantNormaliser;
import org.gms.genomics.variant.VcfReadOptions;
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

  private static final String SHARED_CLINVAR =
      "../shared/reference/clinvar/clinvar.2026-02-26.18genes.grch38.vcf.gz";
  private static final String SHARED_VCFS = "../shared/reference/vcf";

  /**
   * HPO terms given to the cohort's requests (real, common referral phenotypes), most frequent
   * first: individual i gets 1 to 4 of them, drawn with weight 1/rank (Zipf).
   */
  static final List<String> PHENOTYPES =
      List.of(
          "HP:0001263", // global developmental delay
          "HP:0001250", // seizure
          "HP:0001249", // intellectual disability
          "HP:0000252", // microcephaly
          "HP:0001631", // atrial septal defect
          "HP:0001629", // ventricular septal defect
          "HP:0000717", // autism
          "HP:0001252", // hypotonia
          "HP:0004322", // short stature
          "HP:0000365", // hearing impairment
          "HP:0000505", // visual impairment
          "HP:0001156", // brachydactyly
          "HP:0003003", // colon cancer
          "HP:0003002", // breast carcinoma
          "HP:0100615", // ovarian neoplasm
          "HP:0001166", // arachnodactyly
          "HP:0001644", // dilated cardiomyopathy
          "HP:0001639", // hypertrophic cardiomyopathy
          "HP:0000083", // renal insufficiency
          "HP:0001508", // failure to thrive
          "HP:0000750", // delayed speech and language development
          "HP:0002376", // developmental regression
          "HP:0001290", // generalized hypotonia
          "HP:0000486", // strabismus
          "HP:0000256", // macrocephaly
          "HP:0001638", // cardiomyopathy
          "HP:0002664", // neoplasm
          "HP:0001627", // abnormal heart morphology
          "HP:0000707", // abnormality of the nervous system
          "HP:0012759"); // neurodevelopmental abnormality

  /** Filters the individuals queries use: terms given, and ancestors of several of them. */
  static final List<String> FILTERS =
      List.of(
          "HP:0001263",
          "HP:0001250",
          "HP:0001631",
          "HP:0003002",
          "HP:0000365",
          "HP:0001627", // abnormal heart morphology: ASD, VSD, cardiomyopathies below it
          "HP:0012759", // neurodevelopmental abnormality: delay, disability, autism below it
          "HP:0000707", // abnormality of the nervous system: most of the cohort
          "HP:0002664", // neoplasm: the cancers below it
          "HP:0000478"); // abnormality of the eye: a term no request names, only descendants

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
              + SHARED_CLINVAR
              + ") or all (those, and every record of every real VCF in "
              + SHARED_VCFS
              + ", some 290,000 across the genome, with allele frequencies drawn from a"
              + " rare-variant-heavy spectrum). Default: ${DEFAULT-VALUE}.")
  SitePool sitePool;

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

  /** Whether the sites include the pooled VCF records (which name no gene). */
  private boolean pooled;

  /** One real site and its alternate allele frequency (drawn when the record gives none). */
  record Site(VariantKey key, double frequency, String gene) {}

  @Override
  public Integer call() throws Exception {
    Path dir = dataDir != null ? dataDir : Files.createTempDirectory("gms-bench-beacon-");
    Map<String, Object> properties = LoadOptions.serverProperties(dir);
    if (jdbcUrl != null && !jdbcUrl.isBlank()) {
      properties.putAll(DatabaseOptions.external(jdbcUrl, dbUser, dbPassword));
      System.out.println("beacon: database " + jdbcUrl);
    } else {
      System.out.println("beacon: embedded PostgreSQL in " + dir);
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<Site> sites = sites(random);
    try (ConfigurableApplicationContext context = ServerContext.web(properties)) {
      int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
      List<NhsNumber> people = cohort(context, random);
      phenotypes(context, people, new SplittableRandom(seed + 1));
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
      if (vcf == null && sitePool == SitePool.all) {
        pool(normaliser, random, sites);
      }
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

  /**
   * Adds every record of every real VCF in {@value #SHARED_VCFS} as sites (once each), each with an
   * allele frequency drawn from {@link #spectrum}. The files are GRCh37/hg19 (1000 Genomes chr21
   * samples, a PGP exome, an exome with a spiked variant, a GIAB trio's chr1-2): their positions
   * are used as they are, as GRCh38 sites, so they give the density and spread of real exome and
   * genome calls, not real GRCh38 variants.
   */
  private void pool(VariantNormaliser normaliser, SplittableRandom random, List<Site> sites)
      throws IOException {
    pooled = true;
    Set<VariantKey> seen = new HashSet<>();
    sites.forEach(s -> seen.add(s.key()));
    List<Path> files;
    try (var listing = Files.walk(Path.of(SHARED_VCFS))) {
      files =
          listing
              .filter(f -> f.toString().endsWith(".vcf.gz") || f.toString().endsWith(".vcf"))
              .sorted()
              .toList();
    }
    for (Path file : files) {
      int before = sites.size();
      int records = 0;
      try (VcfReader reader = VcfReader.open(file, VcfReadOptions.defaults().withLenient(true))) {
        for (VcfRecord record : reader) {
          records++;
          for (RecordAllele allele : record.alleles()) {
            if (allele.variant().isEmpty()) {
              continue;
            }
            try {
              VariantKey key =
                  VariantKey.of(GenomeBuild.GRCh38, allele.variant().get(), normaliser);
              if (seen.add(key)) {
                sites.add(new Site(key, spectrum(random), null));
              }
            } catch (IllegalArgumentException e) {
              // not a plain DNA allele (symbolic, breakend)
            }
          }
        }
      } catch (RuntimeException e) {
        System.out.printf(
            "beacon: %s: stopped after %d records: %s%n", file, records, e.getMessage());
      }
      System.out.printf(
          "beacon: %d records of %s gave %d new sites%n", records, file, sites.size() - before);
    }
    System.out.printf("beacon: %d sites in all%n", sites.size());
  }

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

  /**
   * One request per individual with 1 to 4 of {@link #PHENOTYPES} (Zipf weights), written straight
   * into the ordering feature's table as a fixture (submitting 10,000 orders would time the
   * ordering feature, which has its own benchmark); individuals that have a request already are
   * left as they are.
   */
  private static void phenotypes(
      ConfigurableApplicationContext context, List<NhsNumber> people, SplittableRandom random) {
    long started = System.nanoTime();
    HpoOntology hpo = PhenotypeKnowledge.bundled().ontology();
    for (String term : PHENOTYPES) {
      if (!hpo.contains(HpoTermId.parse(term))) {
        throw new IllegalStateException(term + " is not in the bundled HPO");
      }
    }
    double[] cumulative = new double[PHENOTYPES.size()];
    double total = 0;
    for (int i = 0; i < cumulative.length; i++) {
      total += 1.0 / (i + 1);
      cumulative[i] = total;
    }
    String[] numbers = new String[people.size()];
    String[] terms = new String[people.size()];
    for (int i = 0; i < people.size(); i++) {
      int n = 1 + random.nextInt(4);
      Set<String> chosen = new java.util.TreeSet<>();
      while (chosen.size() < n) {
        double u = random.nextDouble() * total;
        int k = 0;
        while (cumulative[k] < u) {
          k++;
        }
        chosen.add(PHENOTYPES.get(k));
      }
      numbers[i] = people.get(i).value();
      terms[i] = String.join(",", chosen);
    }
    int inserted =
        context
            .getBean(JdbcClient.class)
            .sql(
                """
                INSERT INTO test_order (request_key, patient_nhs_number, indication,
                  indication_name, test_code, test_method, directory_version, requester,
                  requester_organisation, laboratory, urgency, hpo_terms, research_participation,
                  recontact, state, expected_by)
                SELECT 'bench-beacon-' || p.nhs, p.nhs, 'R27', 'Benchmark indication', 'R27.1',
                  'WGS', 'benchmark', 'bench-beacon-clinician', 'Benchmark Hospital',
                  'Benchmark Laboratory', 'ROUTINE', string_to_array(p.terms, ','), true, false,
                  'REQUESTED', current_date + 42
                FROM unnest(CAST(:nhs AS text[]), CAST(:terms AS text[])) AS p (nhs, terms)
                WHERE NOT EXISTS (SELECT 1 FROM test_order o WHERE o.patient_nhs_number = p.nhs)
                """)
            .param("nhs", numbers)
            .param("terms", terms)
            .update();
    System.out.printf(
        "beacon: %d requests with 1-4 HPO terms each (%d terms, Zipf weights) written in %.1f s%n",
        inserted, PHENOTYPES.size(), (System.nanoTime() - started) / 1e9);
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
    List<String> namedGenes =
        sitesPerGene.keySet().stream().filter(g -> genes.locate(g).isPresent()).toList();
    if (pooled) {
      // pooled sites carry no gene: every placed gene with at least one site, by its span
      Map<String, long[]> positions = new java.util.HashMap<>();
      Map<String, List<Long>> byContig = new java.util.HashMap<>();
      for (Site site : sites) {
        byContig
            .computeIfAbsent(site.key().contig(), c -> new ArrayList<>())
            .add(site.key().position());
      }
      byContig.forEach(
          (contig, list) ->
              positions.put(contig, list.stream().mapToLong(Long::longValue).sorted().toArray()));
      for (GeneLocations.GeneLocation gene : genes.placed()) {
        long[] at = positions.get(gene.contig());
        if (at == null) {
          continue;
        }
        int from = lowerBound(at, gene.start());
        int to = lowerBound(at, gene.end() + 1);
        if (to > from) {
          sitesPerGene.merge(gene.symbol(), to - from, Math::max);
        }
      }
    }
    sitesPerGene.keySet().stream().filter(g -> genes.locate(g).isPresent()).forEach(symbols::add);
    int[] perGene = sitesPerGene.values().stream().mapToInt(Integer::intValue).sorted().toArray();
    System.out.printf(
        "beacon: gene queries over %d genes with sites; sites per gene median %d, p99 %d, max %d%n",
        symbols.size(),
        perGene[perGene.length / 2],
        perGene[(int) (perGene.length * 0.99)],
        perGene[perGene.length - 1]);
    String base = "http://127.0.0.1:" + port + "/beacon/v2/g_variants?";
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    long heapBefore = usedHeap();
    long started = System.nanoTime();
    HttpResponse<String> first =
        get(http, base + "geneId=" + symbols.get(0) + "&requestedGranularity=count", token);
    System.out.printf(
        "beacon: first query (reads the store into memory) %.1f s: %s%n",
        (System.nanoTime() - started) / 1e9,
        first.body().length() > 300 ? first.body().substring(0, 300) + "..." : first.body());
    long heapAfter = usedHeap();
    System.out.printf(
        "beacon: heap in use after a full GC: %d MB before the first query, %d MB after: the"
            + " in-memory copy of the store takes about %d MB%n",
        heapBefore >> 20, heapAfter >> 20, (heapAfter - heapBefore) >> 20);
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
    if (symbols.size() > namedGenes.size() && !namedGenes.isEmpty()) {
      kinds.put(
          "gene count, ClinVar genes",
          () ->
              base
                  + "geneId="
                  + namedGenes.get(random.nextInt(namedGenes.size()))
                  + "&requestedGranularity=count");
    }
    String individualsBase = "http://127.0.0.1:" + port + "/beacon/v2/individuals?";
    kinds.put(
        "individuals HPO count",
        () ->
            individualsBase
                + "filters="
                + FILTERS.get(random.nextInt(FILTERS.size()))
                + "&requestedGranularity=count");
    kinds.put(
        "individuals HPO+sex record",
        () ->
            individualsBase
                + "filters="
                + FILTERS.get(random.nextInt(FILTERS.size()))
                + ","
                + (random.nextBoolean() ? "NCIT:C16576" : "NCIT:C20197")
                + "&requestedGranularity=record&limit=10");
    kinds.put("filtering_terms", () -> "http://127.0.0.1:" + port + "/beacon/v2/filtering_terms");
    HttpResponse<String> sample = get(http, individualsBase + "filters=HP:0001627", token);
    System.out.printf(
        "beacon: individuals with HP:0001627 (or below): %s%n",
        sample.body().replaceAll("(?s).*\"numTotalResults\"\\s*:\\s*(\\d+).*", "$1"));
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
          "beacon: %-27s n=%-5d latency ms  p50 %.2f  p90 %.2f  p99 %.2f  max %.2f  errors %d%n",
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

  private static long usedHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static int lowerBound(long[] sorted, long value) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] < value) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
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
    return NhsNumber.firstValidFrom(999_500_000L + i * 2L);
  }
}
