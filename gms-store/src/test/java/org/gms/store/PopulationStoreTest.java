package org.gms.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PopulationStoreTest {

  @TempDir Path dir;

  static final PopulationStore.Settings SMALL =
      new PopulationStore.Settings(1_000_000, 3, 8L << 20, "256MB");

  /** Random runs of distinct individuals over sites on two contigs (a few indels). */
  static List<List<VariantCalls>> runs(long seed, int runs, int perRun, int sites) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Variant> variants = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    while (variants.size() < sites) {
      String contig = random.nextBoolean() ? "17" : "X";
      long position = 1 + random.nextInt(3_000_000);
      int kind = random.nextInt(10);
      Variant v =
          kind == 0
              ? new Variant(
                  "GRCh38", contig, position, "ACGTACGTAC".substring(0, 2 + random.nextInt(8)), "")
              : kind == 1
                  ? new Variant("GRCh38", contig, position, "", "TT")
                  : new Variant("GRCh38", contig, position, "A", random.nextBoolean() ? "G" : "T");
      if (keys.add(v.toString())) {
        variants.add(v);
      }
    }
    List<List<VariantCalls>> all = new ArrayList<>();
    for (int r = 0; r < runs; r++) {
      List<VariantCalls> calls = new ArrayList<>();
      for (Variant v : variants) {
        List<Integer> het = new ArrayList<>();
        List<Integer> hom = new ArrayList<>();
        for (int i = r * perRun; i < (r + 1) * perRun; i++) {
          double u = random.nextDouble();
          if (u < 0.05) {
            hom.add(i);
          } else if (u < 0.3) {
            het.add(i);
          }
        }
        if (!het.isEmpty() || !hom.isEmpty()) {
          calls.add(
              VariantCalls.of(
                  v,
                  v.contig().equals("17") ? "GENE17" : null,
                  het.stream().mapToInt(Integer::intValue).toArray(),
                  hom.stream().mapToInt(Integer::intValue).toArray()));
        }
      }
      all.add(calls);
    }
    return all;
  }

  /** What the store should answer, computed from the calls one by one. */
  static RegionAnswer model(
      List<List<VariantCalls>> runs, List<Region> regions, AllowList allowed) {
    Set<Integer> allow = new HashSet<>();
    for (int i : allowed.individuals()) {
      allow.add(i);
    }
    Map<String, int[]> counts = new TreeMap<>();
    Map<String, VariantCalls> byKey = new TreeMap<>();
    Set<Integer> carriers = new HashSet<>();
    for (List<VariantCalls> run : runs) {
      for (VariantCalls call : run) {
        Variant v = call.variant();
        boolean in =
            regions.stream()
                .anyMatch(
                    r ->
                        r.contig().equals(v.contig())
                            && v.position() <= r.to()
                            && v.end() >= r.from());
        if (!in) {
          continue;
        }
        for (int i = 0; i < call.individuals().length; i++) {
          if (allow.contains(call.individuals()[i])) {
            String key =
                String.format("%s:%012d:%s:%s", v.contig(), v.position(), v.ref(), v.alt());
            counts.computeIfAbsent(key, k -> new int[2])[call.copies()[i] - 1]++;
            byKey.put(key, call);
            carriers.add(call.individuals()[i]);
          }
        }
      }
    }
    List<VariantCount> variants = new ArrayList<>();
    counts.forEach(
        (key, c) -> {
          VariantCalls call = byKey.get(key);
          variants.add(new VariantCount(call.variant(), call.gene(), c[0], c[1]));
        });
    return new RegionAnswer(variants, carriers.size());
  }

  static AllowList someOf(int individuals, long seed, double share) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Integer> chosen = new ArrayList<>();
    for (int i = 0; i < individuals; i++) {
      if (random.nextDouble() < share) {
        chosen.add(i);
      }
    }
    return AllowList.of(chosen);
  }

  static final List<List<Region>> REGIONS =
      List.of(
          List.of(new Region("GRCh38", "17", 1, 3_000_000)),
          List.of(new Region("GRCh38", "17", 900_000, 1_200_000)),
          List.of(new Region("GRCh38", "X", 1_999_990, 2_000_010)),
          List.of(
              new Region("GRCh38", "17", 10, 500_000),
              new Region("GRCh38", "X", 2_500_000, 3_000_000)));

  @Test
  void answersAsTheCallsSayForEveryAllowListAndRegion_andAppendsEachRunOnce() {
    List<List<VariantCalls>> runs = runs(1, 4, 30, 300);
    try (PopulationStore store = PopulationStore.open(dir, SMALL)) {
      for (int r = 0; r < runs.size(); r++) {
        assertThat(store.append("run " + r, runs.get(r)).alreadyAppended()).isFalse();
        if (r == 0) {
          // one file per table and contig (17 and X), whatever the number of bins touched
          assertThat(store.manifest().files())
              .extracting(f -> f.table() + " " + f.contig())
              .containsExactlyInAnyOrder(
                  "genotypes 17", "genotypes X", "variants 17", "variants X");
        }
      }
      assertThat(store.append("run 0", runs.get(0)).alreadyAppended()).isTrue();
      // runs of distinct people: the text counts genotype rows without picking latest runs
      assertThat(store.manifest().disjointIndividuals(Set.of(1, 2, 3, 4))).isTrue();
      for (double share : new double[] {1.0, 0.5, 0.1}) {
        AllowList allowed = someOf(120, 7, share);
        for (List<Region> regions : REGIONS) {
          assertThat(store.variants(regions, null, allowed))
              .isEqualTo(model(runs, regions, allowed));
        }
      }
      // the sweep lists each allowed carrier of each variant
      AllowList half = someOf(120, 3, 0.5);
      List<Carrier> sweep = store.sweep(REGIONS.get(3), half);
      RegionAnswer expected = model(runs, REGIONS.get(3), half);
      assertThat(sweep)
          .hasSize(expected.variants().stream().mapToInt(VariantCount::carriers).sum());
      assertThat(sweep.stream().map(Carrier::individual).distinct().count())
          .isEqualTo(expected.carriers());
      assertThat(sweep).allMatch(c -> half.size() > 0 && contains(half, c.individual()));
    }
  }

  @Test
  void anIndividualInTwoRunsCountsOnce_withTheLatestRunsZygosity() {
    List<List<VariantCalls>> runs = runs(7, 2, 30, 200);
    // the second run re-sequences individuals 10-29 of the first: the same variants with the
    // other zygosity
    List<VariantCalls> again = resequenced(runs.get(0), who -> who >= 10);
    try (PopulationStore store = PopulationStore.open(dir, SMALL)) {
      store.append("first", runs.get(0));
      store.append("again", again);
      assertThat(store.manifest().disjointIndividuals(Set.of(1, 2))).isFalse();
      for (double share : new double[] {1.0, 0.4}) {
        AllowList allowed = someOf(40, 5, share);
        for (List<Region> regions : REGIONS) {
          assertThat(store.variants(regions, null, allowed))
              .isEqualTo(latestModel(List.of(runs.get(0), again), regions, allowed));
        }
      }
    }
  }

  /** The model when runs share individuals: each individual's genotype of the latest run. */
  static RegionAnswer latestModel(
      List<List<VariantCalls>> runs, List<Region> regions, AllowList allowed) {
    Map<Variant, Map<Integer, Byte>> latest = new java.util.LinkedHashMap<>();
    Map<Variant, String> genes = new java.util.HashMap<>();
    for (List<VariantCalls> run : runs) {
      for (VariantCalls call : run) {
        genes.put(call.variant(), call.gene());
        for (int i = 0; i < call.individuals().length; i++) {
          latest
              .computeIfAbsent(call.variant(), k -> new java.util.HashMap<>())
              .put(call.individuals()[i], call.copies()[i]);
        }
      }
    }
    List<List<VariantCalls>> once = new ArrayList<>();
    List<VariantCalls> calls = new ArrayList<>();
    latest.forEach(
        (variant, who) -> {
          int[] individuals = who.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
          byte[] copies = new byte[individuals.length];
          for (int i = 0; i < individuals.length; i++) {
            copies[i] = who.get(individuals[i]);
          }
          calls.add(
              new VariantCalls(variant, genes.get(variant), null, individuals, copies, null, null));
        });
    once.add(calls);
    return model(once, regions, allowed);
  }

  @Test
  void compactionMergesSmallFilesAndKeepsTheAnswers() throws Exception {
    List<List<VariantCalls>> runs = runs(2, 6, 10, 200);
    try (PopulationStore store =
        PopulationStore.open(
            dir, new PopulationStore.Settings(1_000_000, 100, 8L << 20, "256MB"))) {
      for (int r = 0; r < runs.size(); r++) {
        store.append("run " + r, runs.get(r));
      }
      int before = store.manifest().files().size();
      AllowList all = someOf(60, 1, 1.0);
      RegionAnswer answer = store.variants(REGIONS.get(0), null, all);
      assertThat(store.compact()).isEqualTo(before);
      // one sorted file per table and contig: 6 runs' 24 files become 4
      assertThat(store.manifest().files())
          .extracting(f -> f.table() + " " + f.contig())
          .containsExactlyInAnyOrder("genotypes 17", "genotypes X", "variants 17", "variants X");
      assertThat(store.manifest().files(Manifest.GENOTYPES))
          .allMatch(f -> f.runs().equals(List.of(1, 2, 3, 4, 5, 6)));
      assertThat(store.variants(REGIONS.get(0), null, all)).isEqualTo(answer);
      assertThat(answer).isEqualTo(model(runs, REGIONS.get(0), all));
      // the merged files' old versions are gone from disk
      assertThat(dataFiles()).hasSize(withCarrierBlocks(store.manifest()));
    }
  }

  @Test
  void aRetractedOrRedoneRunLeavesNoGenotypes_alsoFromCompactedFiles() {
    List<List<VariantCalls>> runs = runs(3, 4, 20, 200);
    try (PopulationStore store = PopulationStore.open(dir, SMALL)) {
      for (int r = 0; r < runs.size(); r++) {
        store.append("run " + r, runs.get(r));
      }
      assertThat(store.manifest().files(Manifest.GENOTYPES))
          .anyMatch(f -> f.runs().size() > 1); // compacted at 3 files a partition
      AllowList all = someOf(80, 1, 1.0);
      assertThat(store.retract("run 1")).isTrue();
      assertThat(store.retract("run 1")).isFalse();
      List<List<VariantCalls>> left = List.of(runs.get(0), runs.get(2), runs.get(3));
      for (List<Region> regions : REGIONS) {
        assertThat(store.variants(regions, null, all)).isEqualTo(model(left, regions, all));
      }
      // run 2 re-done: individuals 40-59 now carry what run 0's individuals carried
      List<VariantCalls> redone = new ArrayList<>();
      for (VariantCalls c : runs.get(0)) {
        int[] moved = c.individuals().clone();
        for (int i = 0; i < moved.length; i++) {
          moved[i] += 40;
        }
        redone.add(new VariantCalls(c.variant(), c.gene(), null, moved, c.copies(), null, null));
      }
      assertThat(store.replace("run 2", redone).alreadyAppended()).isFalse();
      List<List<VariantCalls>> now = List.of(runs.get(0), redone, runs.get(3));
      for (List<Region> regions : REGIONS) {
        assertThat(store.variants(regions, null, all)).isEqualTo(model(now, regions, all));
      }
      assertThat(store.runs()).containsExactlyInAnyOrder("run 0", "run 2", "run 3");
    }
  }

  @Test
  void aPositionQueryFindsADeletionStartingBeforeIt_andNothingWhereNoVariantIs() {
    Variant deletion = new Variant("GRCh38", "17", 1_000, "ACGTACGTACGTACGTACGTA", "");
    Variant snv = new Variant("GRCh38", "17", 1_015, "A", "G");
    Variant far = new Variant("GRCh38", "17", 900_000, "C", "T");
    List<VariantCalls> calls =
        List.of(
            VariantCalls.of(deletion, "G", new int[] {1, 2}, new int[] {3}),
            VariantCalls.of(snv, "G", new int[] {4}, new int[] {}),
            VariantCalls.of(far, "G", new int[] {5, 6}, new int[] {}));
    try (PopulationStore store = PopulationStore.open(dir, SMALL)) {
      store.append("run", calls);
      AllowList all = AllowList.of(0, 1, 2, 3, 4, 5, 6);
      List<Region> at = List.of(new Region("GRCh38", "17", 1_015, 1_015));
      assertThat(store.variants(at, null, all)).isEqualTo(model(List.of(calls), at, all));
      assertThat(store.variants(at, null, all).variants()).hasSize(2);
      assertThat(store.variants(at, null, all).carriers()).isEqualTo(4);
      assertThat(store.variants(at, deletion, all).variants()).hasSize(1);
      List<Region> nothing = List.of(new Region("GRCh38", "17", 1_021, 899_999));
      assertThat(store.variants(nothing, null, all)).isEqualTo(new RegionAnswer(List.of(), 0));
      assertThat(store.sweep(at, all)).hasSize(4);
      // streamed, the same rows in the same order, and their number
      List<Carrier> streamed = new java.util.ArrayList<>();
      assertThat(store.sweep(at, all, streamed::add)).isEqualTo(4);
      assertThat(streamed).isEqualTo(store.sweep(at, all));
    }
  }

  @Test
  void aWithdrawalCountsFromTheNextQuery_andAnExactVariantIsAskedAlone() {
    List<List<VariantCalls>> runs = runs(4, 1, 50, 100);
    try (PopulationStore store = PopulationStore.open(dir, SMALL)) {
      store.append("run", runs.get(0));
      VariantCalls some = runs.get(0).get(0);
      Variant v = some.variant();
      List<Region> at = List.of(Region.of(v));
      AllowList everyone = someOf(50, 1, 1.0);
      RegionAnswer before = store.variants(at, v, everyone);
      assertThat(before.variants()).hasSize(1);
      assertThat(before.variants().get(0).carriers()).isEqualTo(some.individuals().length);
      Set<Integer> withdrawn = new HashSet<>();
      for (int i : some.individuals()) {
        withdrawn.add(i);
      }
      List<Integer> rest = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        if (!withdrawn.contains(i)) {
          rest.add(i);
        }
      }
      assertThat(store.variants(at, v, AllowList.of(rest)).variants()).isEmpty();
      assertThat(store.variants(at, v, everyone)).isEqualTo(before);
    }
  }

  @Test
  void aMissingOrCorruptFileIsNamed_andQueriesThatDoNotReadItStillAnswer() throws Exception {
    List<List<VariantCalls>> runs = runs(5, 1, 30, 200);
    try (PopulationStore store = PopulationStore.open(dir, SMALL)) {
      store.append("run", runs.get(0));
      AllowList all = someOf(30, 1, 1.0);
      List<Region> x = List.of(new Region("GRCh38", "X", 1, 3_000_000));
      RegionAnswer onX = store.variants(x, null, all);
      List<Region> on17 = List.of(new Region("GRCh38", "17", 1, 3_000_000));
      RegionAnswer answer17 = store.variants(on17, null, all);
      Manifest.DataFile lost =
          store.manifest().files(Manifest.GENOTYPES, "GRCh38", "17", 1, 999_999).get(0);
      Path file = store.root().resolve(lost.path());
      byte[] backup = Files.readAllBytes(file);
      Files.delete(file);
      assertThatThrownBy(() -> store.variants(on17, null, all))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining(file.toString())
          .hasMessageContaining("is missing");
      assertThat(store.variants(x, null, all)).isEqualTo(onX);
      // restored from a backup, as the message says: it answers again
      Files.write(file, backup);
      assertThat(store.variants(on17, null, all)).isEqualTo(answer17);

      Manifest.DataFile broken =
          store.manifest().files(Manifest.GENOTYPES, "GRCh38", "X", 1, 3_000_000).get(0);
      Path corrupt = store.root().resolve(broken.path());
      byte[] bytes = Files.readAllBytes(corrupt);
      for (int i = bytes.length / 3; i < bytes.length - 4; i++) {
        bytes[i] = (byte) (bytes[i] * 31 + 7);
      }
      Files.write(corrupt, bytes);
      assertThatThrownBy(() -> store.variants(x, null, all))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining(corrupt.toString())
          .hasMessageContaining("unreadable");
      assertThat(store.variants(on17, null, all)).isEqualTo(answer17);
    }
  }

  @Test
  void killedDuringAnAppend_noHalfRunIsSeenAfterRestart_andTheRunIsAppendedOnce() throws Exception {
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                AppendThenHang.class.getName(),
                dir.toString())
            .redirectErrorStream(true)
            .start();
    boolean paused = false;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("store: files written")) {
          paused = true;
          break;
        }
      }
      assertThat(paused).as("the child reached the commit of its second run").isTrue();
      assertThat(dataFiles()).isNotEmpty();
      child.destroyForcibly(); // SIGKILL
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    List<List<VariantCalls>> runs = runs(6, 2, 25, 150);
    AllowList all = someOf(50, 1, 1.0);
    try (PopulationStore store = PopulationStore.open(dir, SMALL)) {
      assertThat(store.runs()).containsExactly("first");
      assertThat(dataFiles()).hasSize(withCarrierBlocks(store.manifest()));
      assertThat(store.variants(REGIONS.get(0), null, all))
          .isEqualTo(model(runs.subList(0, 1), REGIONS.get(0), all));
      assertThat(store.append("second", runs.get(1)).alreadyAppended()).isFalse();
      assertThat(store.append("second", runs.get(1)).alreadyAppended()).isTrue();
    }
    try (PopulationStore store = PopulationStore.open(dir, SMALL)) {
      for (List<Region> regions : REGIONS) {
        assertThat(store.variants(regions, null, all)).isEqualTo(model(runs, regions, all));
      }
    }
  }

  /** Appends run "first", then pauses before committing run "second" until it is killed. */
  public static final class AppendThenHang {
    public static void main(String[] args) {
      List<List<VariantCalls>> runs = runs(6, 2, 25, 150);
      PopulationStore store = PopulationStore.open(Path.of(args[0]), SMALL);
      store.append("first", runs.get(0));
      System.setProperty(DuckDbStore.PAUSE_BEFORE_COMMIT, "600000");
      store.append("second", runs.get(1));
      System.out.println("committed: the test should have killed this process");
    }
  }

  /**
   * The run's people that {@code whom} picks, sequenced again: each variant with the other
   * zygosity.
   */
  static List<VariantCalls> resequenced(
      List<VariantCalls> run, java.util.function.IntPredicate whom) {
    List<VariantCalls> again = new ArrayList<>();
    for (VariantCalls c : run) {
      List<Integer> who = new ArrayList<>();
      List<Byte> copies = new ArrayList<>();
      for (int i = 0; i < c.individuals().length; i++) {
        if (whom.test(c.individuals()[i])) {
          who.add(c.individuals()[i]);
          copies.add((byte) (3 - c.copies()[i]));
        }
      }
      if (!who.isEmpty()) {
        byte[] z = new byte[copies.size()];
        for (int i = 0; i < z.length; i++) {
          z[i] = copies.get(i);
        }
        again.add(
            new VariantCalls(
                c.variant(),
                c.gene(),
                null,
                who.stream().mapToInt(Integer::intValue).toArray(),
                z,
                null,
                null));
      }
    }
    return again;
  }

  private static boolean contains(AllowList list, int individual) {
    return java.util.Arrays.binarySearch(list.individuals(), individual) >= 0;
  }

  /** The files data/ holds: the manifest's, and the carrier blocks of each genotypes file. */
  private static int withCarrierBlocks(Manifest manifest) {
    return manifest.files().size() + manifest.files(Manifest.GENOTYPES).size();
  }

  private List<Path> dataFiles() throws Exception {
    try (var walk = Files.walk(dir.resolve("data"))) {
      return walk.filter(Files::isRegularFile).toList();
    }
  }
}
