package org.gms.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gms.benchmarks.support.ScratchDirectory;
import org.gms.benchmarks.support.SharedReference;
import org.gms.cli.ServerContext;
import org.gms.genomics.interpretation.acmg.AcmgClass;
import org.gms.genomics.phenotype.phenopacket.CausativeVariant;
import org.gms.genomics.phenotype.phenopacket.Phenopacket;
import org.gms.genomics.phenotype.phenopacket.PhenopacketReader;
import org.gms.genomics.variant.VariantKey;
import org.gms.server.analysis.VariantKeys;
import org.gms.server.knowledge.KnowledgeImport;
import org.gms.server.knowledge.KnowledgeImports;
import org.gms.server.knowledge.ReanalysisJob;
import org.gms.server.knowledge.ReanalysisJobs;
import org.gms.server.record.ClassificationSource;
import org.gms.server.record.NewClassification;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.Patient;
import org.gms.server.record.Patients;
import org.gms.server.record.RecordedVariant;
import org.gms.server.record.Sex;
import org.gms.server.record.VariantClassifications;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./gms benchmark reanalysis}: stores N cases made from real variants and published cases,
 * imports a knowledge update and times the re-analysis of every stored case.
 */
@Command(
    name = "reanalysis",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark: N stored cases (patients registered, orders, reported classifications) made from"
          + " real ClinVar alleles and published phenopackets (their HPO terms and causative"
          + " variants); baseline knowledge = a derived older view of the ClinVar release (a"
          + " share of today's P/LP and B/LB shown as VUS) and HPO 2023-01-27; update = the real"
          + " ClinVar release and the current HPO annotations. Times the batch re-analysis of"
          + " every stored case: time, cases/s, alerts by rule. Needs ../shared/reference (or"
          + " $GMS_SHARED_REFERENCE); embedded PostgreSQL in a fresh folder."
    })
final class BenchmarkReanalysisCommand implements Callable<Integer> {

  static final String CLINVAR = "clinvar/clinvar.2026-02-26.18genes.grch38.vcf.gz";
  static final String HPO_OLD = "hpo/genes_to_phenotype.2023-01-27.txt.gz";
  static final String HPO_NEW = "hpo/genes_to_phenotype.txt.gz";
  static final String PHENOPACKETS = "phenopackets";

  private static final String[] HUBS = {
    "North Thames GLH",
    "South East GLH",
    "Central and South GLH",
    "South West GLH",
    "North West GLH",
    "North East and Yorkshire GLH",
    "East GLH"
  };
  private static final Pattern HGVS_G =
      Pattern.compile("NC_0*(\\d+)\\.\\d+:g\\.(\\d+)([ACGT])>([ACGT])");

  @Option(
      names = "--cases",
      defaultValue = "10000",
      description = "Stored cases to generate (default: ${DEFAULT-VALUE}).")
  int cases;

  @Option(
      names = "--reclassified",
      defaultValue = "0.05",
      description =
          "Share of today's P/LP and B/LB ClinVar alleles shown as VUS in the derived older"
              + " view (default: ${DEFAULT-VALUE}).")
  double reclassified;

  @Option(
      names = "--repeat",
      description = "Run the batch a second time (every cause already alerted: no new alert).")
  boolean repeat;

  @Mixin ScratchDirectory scratch = new ScratchDirectory();

  @Override
  public Integer call() throws Exception {
    Optional<Path> shared =
        SharedReference.rootWith(List.of(CLINVAR, HPO_OLD, HPO_NEW, PHENOPACKETS));
    if (shared.isEmpty()) {
      System.err.println(
          "benchmark reanalysis needs the shared reference data (ClinVar, HPO annotations,"
              + " phenopackets) in ../shared/reference or $GMS_SHARED_REFERENCE; not found from "
              + Path.of("").toAbsolutePath()
              + ": nothing measured.");
      return 2;
    }
    Path root = shared.get();
    Path dir = scratch.resolve("gms-bench-reanalysis-");
    System.out.printf(
        "re-analysis benchmark: %,d cases, shared data %s, database in %s, %d cores%n",
        cases, root, dir, Runtime.getRuntime().availableProcessors());
    long t0 = System.nanoTime();
    List<ClinvarAlleles.Allele> alleles = ClinvarAlleles.read(root.resolve(CLINVAR));
    List<Phenopacket> packets =
        PhenopacketReader.readAll(root.resolve(PHENOPACKETS)).stream()
            .filter(p -> !p.observed().isEmpty())
            .toList();
    Path older = dir.resolve("clinvar.older-view.vcf.gz");
    Map<String, String> olderSig =
        ClinvarAlleles.writeOlderView(root.resolve(CLINVAR), older, reclassified);
    System.out.printf(
        "read %,d ClinVar SNV alleles with a pathogenicity class, %,d phenopackets; derived older"
            + " view has %,d reclassified alleles (%.1f s)%n",
        alleles.size(), packets.size(), olderSig.size(), seconds(t0));

    try (ConfigurableApplicationContext context =
        ServerContext.offline(ScratchDirectory.serverProperties(dir))) {
      KnowledgeImports imports = context.getBean(KnowledgeImports.class);
      long t = System.nanoTime();
      print(imports.importClinvar(older, "2026-02-26 older view (derived)", false, s -> {}));
      print(imports.importHpo(root.resolve(HPO_OLD), "2023-01-27", false, ServerContext::progress));
      System.out.printf("baseline knowledge imported in %.1f s%n", seconds(t));

      t = System.nanoTime();
      int[] counts = generate(context, alleles, olderSig, packets);
      System.out.printf(
          "stored %,d cases (%,d reported, %,d in interpretation) with %,d reported"
              + " classifications in %.1f s%n",
          cases, counts[0], cases - counts[0], counts[1], seconds(t));

      t = System.nanoTime();
      print(imports.importClinvar(root.resolve(CLINVAR), null, false, s -> {}));
      print(imports.importHpo(root.resolve(HPO_NEW), "2026-02-16", false, s -> {}));
      System.out.printf("knowledge update imported in %.1f s%n", seconds(t));

      ReanalysisJobs jobs = context.getBean(ReanalysisJobs.class);
      measure(context, jobs, "batch re-analysis");
      geneAlertQuality(context, packets);
      if (repeat) {
        measure(context, jobs, "batch re-analysis again");
      }
    }
    if (!scratch.given()) {
      try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    return 0;
  }

  private void measure(ConfigurableApplicationContext context, ReanalysisJobs jobs, String name) {
    long t = System.nanoTime();
    ReanalysisJob job = jobs.run("benchmark: " + name, j -> ServerContext.progress(j.describe()));
    double s = seconds(t);
    System.out.printf(
        "%s: %,d cases in %.1f s = %.0f cases/s; %,d alerts raised; %s%n",
        name, job.done(), s, job.done() / s, job.alerts(), job.message());
    context
        .getBean(JdbcClient.class)
        .sql("SELECT rule, count(*) FROM reanalysis_alert GROUP BY rule ORDER BY rule")
        .query(
            rs -> {
              System.out.printf("  %-24s %,d open or decided%n", rs.getString(1), rs.getLong(2));
            });
  }

  /** How many unsolved cases got a gene alert, and how often it names the published gene. */
  private void geneAlertQuality(ConfigurableApplicationContext context, List<Phenopacket> packets) {
    JdbcClient jdbc = context.getBean(JdbcClient.class);
    int unsolved =
        jdbc.sql(
                """
                SELECT count(*) FROM test_order t
                WHERE t.requester_organisation = 'Benchmark Hospital' AND NOT EXISTS (
                  SELECT 1 FROM variant_classification c
                  WHERE c.order_id = t.id AND c.acmg_class IN ('P', 'LP'))
                """)
            .query(Integer.class)
            .single();
    Map<Integer, List<String>> genes = new HashMap<>();
    jdbc.sql(
            "SELECT t.request_key, a.gene FROM reanalysis_alert a JOIN test_order t"
                + " ON t.id = a.order_id WHERE a.rule = 'HPO_NEW_GENE_MATCH'")
        .query(
            rs -> {
              int i = Integer.parseInt(rs.getString(1).substring("bench-".length()));
              genes.computeIfAbsent(i, k -> new ArrayList<>()).add(rs.getString(2));
            });
    int alerts = genes.values().stream().mapToInt(List::size).sum();
    long causative =
        genes.entrySet().stream()
            .filter(
                e ->
                    packets
                        .get(e.getKey() % packets.size())
                        .causativeGene()
                        .filter(e.getValue()::contains)
                        .isPresent())
            .count();
    System.out.printf(
        "  gene alerts: %,d unsolved cases, %,d of them (%.1f%%) with a gene alert (%.2f alerts"
            + " each); in %,d of those (%.1f%%) an alert names the case's published causative"
            + " gene%n",
        unsolved,
        genes.size(),
        100.0 * genes.size() / Math.max(1, unsolved),
        alerts / (double) Math.max(1, genes.size()),
        causative,
        100.0 * causative / Math.max(1, genes.size()));
  }

  private static void print(KnowledgeImport result) {
    System.out.println("  " + result.describe());
  }

  /**
   * Patients registered and classifications recorded as the platform does; orders bulk-inserted.
   */
  private int[] generate(
      ConfigurableApplicationContext context,
      List<ClinvarAlleles.Allele> alleles,
      Map<String, String> olderSig,
      List<Phenopacket> packets) {
    Patients patients = context.getBean(Patients.class);
    VariantClassifications classifications = context.getBean(VariantClassifications.class);
    VariantKeys keys = context.getBean(VariantKeys.class);
    JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
    Random random = new Random(42);
    List<NhsNumber> numbers = nhsNumbers(cases);
    List<Object[]> orders = new ArrayList<>();
    boolean[] reported = new boolean[cases];
    int reportedCount = 0;
    for (int i = 0; i < cases; i++) {
      Phenopacket packet = packets.get(i % packets.size());
      patients.register(
          new Patient(
              numbers.get(i),
              "Benchmark patient " + i,
              LocalDate.of(
                  1960 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28)),
              random.nextBoolean() ? Sex.FEMALE : Sex.MALE));
      reported[i] = random.nextInt(4) != 0;
      reportedCount += reported[i] ? 1 : 0;
      List<String> terms = packet.observed().subList(0, Math.min(20, packet.observed().size()));
      orders.add(
          new Object[] {
            "bench-" + i,
            numbers.get(i).value(),
            "R29",
            "Intellectual disability",
            "R29.4",
            "WGS",
            "5.1",
            "benchmark",
            "Benchmark Hospital",
            HUBS[i % HUBS.length],
            "ROUTINE",
            terms.toArray(String[]::new),
            false,
            true,
            reported[i] ? "REPORTED" : "INTERPRETATION",
            LocalDate.now().plusDays(90)
          });
      if (i % 1000 == 999) {
        ServerContext.progress((i + 1) + " patients registered");
      }
    }
    for (int from = 0; from < orders.size(); from += 1000) {
      jdbc.batchUpdate(
          """
          INSERT INTO test_order (request_key, patient_nhs_number, indication, indication_name,
            test_code, test_method, directory_version, requester, requester_organisation,
            laboratory, urgency, hpo_terms, research_participation, recontact, state, expected_by)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
          orders.subList(from, Math.min(orders.size(), from + 1000)));
    }
    Map<String, Long> orderIds = new HashMap<>();
    jdbc.query(
        "SELECT id, request_key FROM test_order WHERE requester_organisation = 'Benchmark Hospital'",
        rs -> {
          orderIds.put(rs.getString(2), rs.getLong(1));
        });
    int recorded = 0;
    for (int i = 0; i < cases; i++) {
      if (!reported[i]) {
        continue;
      }
      long order = orderIds.get("bench-" + i);
      ClinvarAlleles.Allele allele = alleles.get(random.nextInt(alleles.size()));
      String key = allele.chrom() + ":" + allele.pos() + ":" + allele.ref() + ":" + allele.alt();
      String sig = olderSig.getOrDefault(key, allele.sig());
      classifications.record(
          classification(
              numbers.get(i),
              order,
              keys.grch38(allele.chrom(), allele.pos(), allele.ref(), allele.alt()),
              allele.gene(),
              classOf(sig)));
      recorded++;
      // a third of reported cases are solved by their published causative variant
      Phenopacket packet = packets.get(i % packets.size());
      if (i % 3 == 0) {
        for (CausativeVariant variant : packet.variants()) {
          Matcher m = HGVS_G.matcher(variant.hgvsG());
          if (m.matches()) {
            String chrom =
                switch (m.group(1)) {
                  case "23" -> "X";
                  case "24" -> "Y";
                  default -> m.group(1);
                };
            classifications.record(
                classification(
                    numbers.get(i),
                    order,
                    keys.grch38(chrom, Long.parseLong(m.group(2)), m.group(3), m.group(4)),
                    variant.geneSymbol(),
                    AcmgClass.PATHOGENIC));
            recorded++;
            break;
          }
        }
      }
      if (i % 1000 == 999) {
        ServerContext.progress((i + 1) + " cases' classifications recorded");
      }
    }
    return new int[] {reportedCount, recorded};
  }

  private static NewClassification classification(
      NhsNumber patient, long order, VariantKey key, String gene, AcmgClass acmg) {
    return new NewClassification(
        patient,
        order,
        new RecordedVariant(key, gene, "", "", ""),
        "0/1",
        acmg,
        "[]",
        "benchmark (generated)",
        "",
        ClassificationSource.REPORT);
  }

  private static AcmgClass classOf(String significance) {
    String s = significance.toLowerCase(java.util.Locale.ROOT);
    if (s.startsWith("pathogenic")) {
      return AcmgClass.PATHOGENIC;
    }
    if (s.startsWith("likely_pathogenic")) {
      return AcmgClass.LIKELY_PATHOGENIC;
    }
    if (s.startsWith("benign")) {
      return AcmgClass.BENIGN;
    }
    if (s.startsWith("likely_benign")) {
      return AcmgClass.LIKELY_BENIGN;
    }
    return AcmgClass.UNCERTAIN_SIGNIFICANCE;
  }

  /** Valid NHS numbers from 900 000 000 0 upwards (each nine-digit start that has one). */
  static List<NhsNumber> nhsNumbers(int count) {
    List<NhsNumber> numbers = new ArrayList<>(count);
    for (long start = 900_000_000L; numbers.size() < count; ) {
      NhsNumber next = NhsNumber.firstValidFrom(start);
      numbers.add(next);
      start = Long.parseLong(next.value().substring(0, 9)) + 1;
    }
    return numbers;
  }

  private static double seconds(long start) {
    return Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0;
  }
}
