package org.gms.store.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.spark.sql.SparkSession;
import org.gms.store.AllowList;
import org.gms.store.PopulationStore;
import org.gms.store.Region;
import org.gms.store.RegionAnswer;
import org.gms.store.Variant;
import org.gms.store.VariantCalls;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spark in {@code local[2]} and DuckDB run the same query text on the same files and give the same
 * answers: counts per variant, distinct carriers and the sweep, for several regions and allow-lists
 * (with a compacted and a retracted run in the store), also when DuckDB answers from an
 * allow-list's whole-store counts.
 */
class SameAnswersTest {

  @TempDir static Path dir;
  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkStore.localSession(2);
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void bothEnginesGiveIdenticalAnswers() {
    SplittableRandom random = new SplittableRandom(9);
    List<Variant> variants = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    while (variants.size() < 400) {
      String contig = random.nextInt(3) == 0 ? "X" : "17";
      long position = 1 + random.nextInt(2_500_000);
      Variant v =
          random.nextInt(8) == 0
              ? new Variant("GRCh38", contig, position, "ACG", "")
              : new Variant("GRCh38", contig, position, "C", random.nextBoolean() ? "T" : "A");
      if (seen.add(v.toString())) {
        variants.add(v);
      }
    }
    List<Region> wide = List.of(new Region("GRCh38", "17", 1, 2_500_000));
    List<List<Region>> regions =
        List.of(
            wide,
            List.of(new Region("GRCh38", "17", 700_000, 1_300_000)),
            List.of(
                new Region("GRCh38", "X", 1, 2_500_000), new Region("GRCh38", "17", 5, 90_000)));
    try (PopulationStore store =
        PopulationStore.open(dir, new PopulationStore.Settings(1_000_000, 3, 8L << 20, "256MB"))) {
      for (int run = 0; run < 5; run++) {
        List<VariantCalls> calls = new ArrayList<>();
        for (Variant v : variants) {
          List<Integer> het = new ArrayList<>();
          List<Integer> hom = new ArrayList<>();
          for (int i = run * 20; i < run * 20 + 30; i++) { // overlapping runs: re-sequenced people
            double u = random.nextDouble();
            if (u < 0.04) {
              hom.add(i);
            } else if (u < 0.25) {
              het.add(i);
            }
          }
          if (!het.isEmpty() || !hom.isEmpty()) {
            calls.add(
                VariantCalls.of(
                    v,
                    v.contig().equals("X") ? null : "G17",
                    het.stream().mapToInt(Integer::intValue).toArray(),
                    hom.stream().mapToInt(Integer::intValue).toArray()));
          }
        }
        store.append("run " + run, calls);
      }
      store.retract("run 2");
      SparkStore onSpark = new SparkStore(spark, dir);
      assertThat(onSpark.manifest()).isEqualTo(store.manifest());
      AllowList everyone = AllowList.of(range(0, 110));
      for (List<Region> r : regions) {
        RegionAnswer duck = store.variants(r, null, everyone);
        assertThat(duck.variants()).isNotEmpty();
        assertThat(onSpark.variants(r, null, everyone)).isEqualTo(duck);
      }
      AllowList some = AllowList.of(range(15, 60));
      assertThat(onSpark.variants(wide, null, some)).isEqualTo(store.variants(wide, null, some));
      Variant exact = store.variants(wide, null, some).variants().get(3).variant();
      assertThat(onSpark.variants(List.of(Region.of(exact)), exact, some))
          .isEqualTo(store.variants(List.of(Region.of(exact)), exact, some));
      // asked again, DuckDB answers one-region queries from the list's whole-store counts and the
      // region's carriers bitmap: still Spark's answers
      for (List<Region> r : regions.subList(0, 2)) {
        RegionAnswer spark = onSpark.variants(r, null, some);
        for (int time = 0; time < 3; time++) {
          assertThat(store.variants(r, null, some)).isEqualTo(spark);
        }
      }
      assertThat(onSpark.sweep(regions.get(2), some))
          .isEqualTo(store.sweep(regions.get(2), some))
          .isNotEmpty();
    }
  }

  private static List<Integer> range(int from, int to) {
    List<Integer> ids = new ArrayList<>();
    for (int i = from; i < to; i++) {
      ids.add(i);
    }
    return ids;
  }
}
