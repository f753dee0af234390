package org.gms.benchmarks;

import static org.gms.benchmarks.support.CancerCohorts.loadAverage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.gms.benchmarks.support.CancerCohorts;
import org.gms.genomics.cancer.SomaticAnalysis;
import org.gms.genomics.cancer.SomaticReport;
import org.gms.genomics.cancer.SomaticSettings;
import org.gms.genomics.cancer.biomarker.Territory;
import org.gms.genomics.cancer.biomarker.TmbDefinition;
import org.gms.genomics.cancer.input.MafReader;
import org.gms.genomics.cancer.input.TumourSample;
import org.gms.genomics.cancer.knowledge.Hotspots;
import org.gms.genomics.cancer.trial.Alteration;
import org.gms.genomics.cancer.trial.Arm;
import org.gms.genomics.cancer.trial.ArmMatch;
import org.gms.genomics.cancer.trial.CaseProfile;
import org.gms.genomics.cancer.trial.CaseProfiles;
import org.gms.genomics.cancer.trial.CtmlReader;
import org.gms.genomics.cancer.trial.Trial;
import org.gms.genomics.cancer.trial.TrialMatcher;
import org.gms.genomics.cancer.tumourtype.TumourTypes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./gms benchmark trials}: matching latency of real tumours against a registry of real CTML
 * trials under concurrent users.
 */
@Command(
    name = "trials",
    mixinStandardHelpOptions = true,
    description =
        "Trial matching: real TCGA tumours (MC3 and LAML, analysed by the cancer engine) against a"
            + " registry of real CTML trials (the three bundled, MatchMiner's test trials, copied"
            + " --copies times under new ids), one case against every trial per request, by"
            + " --users concurrent users; prints p50/p95/p99 per request.")
final class BenchmarkTrialsCommand implements Callable<Integer> {

  @Mixin CancerCohorts cohorts = new CancerCohorts();

  @Option(
      names = "--users",
      defaultValue = "50",
      description = "Concurrent users (default: ${DEFAULT-VALUE}).")
  int users;

  @Option(
      names = "--requests",
      defaultValue = "20000",
      description = "Timed requests in all (default: ${DEFAULT-VALUE}; as many again warm up).")
  int requests;

  @Option(
      names = "--copies",
      defaultValue = "20",
      description = "Copies of each source trial in the registry (default: ${DEFAULT-VALUE}).")
  int copies;

  @Override
  public Integer call() throws Exception {
    Path cancer = cohorts.folder();
    System.out.println("load average at start: " + loadAverage());
    List<Trial> sources = new ArrayList<>();
    for (String dir :
        List.of(
            "trials/ctims_real_trials_ctml",
            "trials/matchengine-V2/tests/data/integration_trials",
            "trials/matchengine-V2/tests/data/trials",
            "trials/matchminer-engine/examples")) {
      try (Stream<Path> files = Files.list(cancer.resolve(dir))) {
        for (Path f : files.sorted().toList()) {
          String name = f.getFileName().toString();
          if (name.endsWith(".json") || name.endsWith(".yml") || name.endsWith(".yaml")) {
            try {
              sources.addAll(CtmlReader.read(f));
            } catch (org.gms.genomics.cancer.trial.TrialFormatException e) {
              System.out.println("  not in the registry: " + e.getMessage());
            }
          }
        }
      }
    }
    java.util.Map<String, Trial> unique = new java.util.LinkedHashMap<>();
    sources.forEach(t -> unique.putIfAbsent(t.id(), t));
    sources = new ArrayList<>(unique.values());
    List<Trial> registry = new ArrayList<>();
    for (int c = 0; c < copies; c++) {
      for (Trial t : sources) {
        registry.add(
            new Trial(
                t.id() + (c == 0 ? "" : "-copy" + c),
                t.title(),
                t.source(),
                t.status(),
                t.open(),
                t.phase(),
                t.conditions(),
                t.eligibilityText(),
                t.arms(),
                t.warnings()));
      }
    }
    long arms = registry.stream().mapToLong(t -> t.arms().size()).sum();
    long openArms =
        registry.stream()
            .filter(Trial::open)
            .mapToLong(t -> t.arms().stream().filter(Arm::open).count())
            .sum();

    SomaticAnalysis analysis =
        SomaticAnalysis.create(
            SomaticSettings.bundled()
                .withHotspots(
                    Hotspots.read(
                        cancer.resolve("hotspots/cancerhotspots_v2_multi_type_residue.txt")))
                .withTmb(
                    TmbDefinition.CBIOPORTAL_NONSYNONYMOUS,
                    Territory.ofMegabases(38, "exome 38 Mb")));
    List<CaseProfile> cases = new ArrayList<>();
    String[][] cohorts = {
      {"tcga_mc3/MC3_CHOL.maf.gz", "CHOL"},
      {"tcga_mc3/MC3_UVM.maf.gz", "UM"},
      {"tcga_mc3/MC3_UCS.maf.gz", "UCS"},
      {"tcga_mc3/MC3_ACC.maf.gz", "ACC"},
      {"tcga_mc3/MC3_DLBC.maf.gz", "DLBCLNOS"},
      {"maftools/tcga_laml.maf.gz", "AML"}
    };
    long t0 = System.nanoTime();
    for (String[] cohort : cohorts) {
      for (TumourSample s : MafReader.read(cancer.resolve("cohorts").resolve(cohort[0]))) {
        SomaticReport r =
            analysis.analyse(s, TumourTypes.bundled().resolve(cohort[1]), List.of(), List.of());
        cases.add(CaseProfiles.from(r, s.name(), 60, ""));
      }
    }
    // the strategy's lung cancer patient: ROS1 fusion and an EGFR variant
    cases.add(
        new CaseProfile(
            "Sarah",
            "LUAD",
            52,
            "female",
            3.1,
            false,
            List.of(
                Alteration.fusion("ROS1", "CD74").withOncogenic(true),
                Alteration.mutation("EGFR", "L858R", "Missense_Mutation").withOncogenic(true))));
    long alterations = cases.stream().mapToLong(c -> c.alterations().size()).sum();
    System.out.printf(
        Locale.ROOT,
        "registry: %d trials (%d source trials x %d), %d arms (%d open); cases: %d real tumours"
            + " with %,d alterations (analysed in %.1f s)%n",
        registry.size(),
        sources.size(),
        copies,
        arms,
        openArms,
        cases.size(),
        alterations,
        (System.nanoTime() - t0) / 1e9);

    TrialMatcher matcher = TrialMatcher.bundled();
    long matched = 0;
    for (CaseProfile c : cases) {
      matched += matcher.match(c, registry).size();
    }
    System.out.printf(
        Locale.ROOT,
        "matches: %,d (%.1f open arms per case on average)%n",
        matched,
        matched / (double) cases.size());
    List<ArmMatch> sarah = matcher.match(cases.get(cases.size() - 1), sources);
    System.out.println("Sarah (LUAD, CD74::ROS1, EGFR L858R) against the source trials:");
    for (ArmMatch m : sarah) {
      System.out.println("  " + m.trialId() + " / " + m.armCode() + ": " + m.reasons());
    }

    List<Trial> bundled = sources.stream().filter(t -> t.id().startsWith("NCT")).toList();
    double worst = 0;
    for (List<Trial> reg : List.of(bundled, registry)) {
      for (int u : new int[] {1, users}) {
        run(matcher, reg, cases, requests / 4, u); // warm-up
        long started = System.nanoTime();
        long[] nanos = run(matcher, reg, cases, requests, u);
        double seconds = (System.nanoTime() - started) / 1e9;
        Arrays.sort(nanos);
        System.out.printf(
            Locale.ROOT,
            "matching one case against %d trials (%s), %2d concurrent users, %,d requests: p50"
                + " %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.1f ms; %,.0f requests/s; load %s%n",
            reg.size(),
            reg == bundled ? "the real trials" : "the scaled registry",
            u,
            nanos.length,
            pct(nanos, 50),
            pct(nanos, 95),
            pct(nanos, 99),
            nanos[nanos.length - 1] / 1e6,
            nanos.length / seconds,
            loadAverage());
        if (u == users) {
          worst = Math.max(worst, pct(nanos, 99));
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "goal: p99 < 200 ms at %d users: %s (worst p99 %.1f ms)%n",
        users,
        worst < 200 ? "met" : "NOT met",
        worst);
    System.out.println("load average at end: " + loadAverage());
    return worst < 200 ? 0 : 1;
  }

  private static long[] run(
      TrialMatcher matcher, List<Trial> registry, List<CaseProfile> cases, int n, int users)
      throws Exception {
    long[] nanos = new long[n];
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(users);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int u = 0; u < users; u++) {
        done.add(
            pool.submit(
                () -> {
                  for (int i; (i = next.getAndIncrement()) < n; ) {
                    CaseProfile c = cases.get(ThreadLocalRandom.current().nextInt(cases.size()));
                    long s = System.nanoTime();
                    matcher.match(c, registry);
                    nanos[i] = System.nanoTime() - s;
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    return nanos;
  }

  private static double pct(long[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }
}
