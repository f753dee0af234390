package org.gms.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One-region answers made from an allow-list's whole-store counts and the regions' carrier bitmaps
 * are those of the genotypes: a store that always reads the genotypes gets the same data and the
 * same steps (random allow-lists, a withdrawal between two queries, a retraction, a re-sequenced
 * run, compaction), and both agree with the answers computed from the calls.
 */
class PrecountedAnswersTest {

  @TempDir Path dir;

  private DuckDbStore direct;
  private DuckDbStore precounted;

  private static final int PEOPLE = 160;

  private static final List<Region> GENES =
      List.of(
          new Region("GRCh38", "17", 1, 3_000_000),
          new Region("GRCh38", "17", 900_000, 1_200_000),
          new Region("GRCh38", "X", 1_999_990, 2_000_010),
          new Region("GRCh38", "X", 2_500_000, 3_000_000));

  /**
   * The store of the SMALL settings with carrier blocks of 16 genotype rows, so that a region's
   * carriers come from whole blocks and from the rows of the partial blocks at its ends.
   */
  private static final PopulationStore.Settings SMALL_BLOCKS =
      new PopulationStore.Settings(
          PopulationStoreTest.SMALL.binSize(),
          PopulationStoreTest.SMALL.compactAt(),
          PopulationStoreTest.SMALL.targetFileBytes(),
          PopulationStoreTest.SMALL.memoryLimit(),
          PopulationStoreTest.SMALL.rowGroupRows(),
          16);

  @BeforeEach
  void open() {
    direct = DuckDbStore.open(dir.resolve("direct"), PopulationStoreTest.SMALL, false);
    precounted = DuckDbStore.open(dir.resolve("precounted"), SMALL_BLOCKS, true);
  }

  @AfterEach
  void close() {
    direct.close();
    precounted.close();
  }

  @Test
  void randomAllowListsWithdrawalsRetractionAndResequencingAnswerAsTheGenotypes() {
    List<List<VariantCalls>> runs = PopulationStoreTest.runs(21, 4, PEOPLE / 4, 300);
    for (int r = 0; r < runs.size(); r++) {
      List<VariantCalls> run = runs.get(r);
      String name = "run " + r;
      both(s -> s.append(name, run));
    }
    List<List<VariantCalls>> live = new ArrayList<>(runs);
    SplittableRandom random = new SplittableRandom(5);
    List<Region> regions = regions(runs, random);

    AllowList consented = null;
    for (int list = 0; list < 5; list++) {
      consented = PopulationStoreTest.someOf(PEOPLE, 100 + list, 0.3 + 0.7 * random.nextDouble());
      askedThrice(live, regions, consented, false);
    }
    long fromCounts = precounted.answeredFromCounts();
    // a list asked about again at the same version is answered from its counts
    assertThat(fromCounts).isGreaterThanOrEqualTo(5L * 2 * regions.size());

    // ten people withdraw: the very next query counts without them
    List<Integer> still = new ArrayList<>();
    for (int i : consented.individuals()) {
      still.add(i);
    }
    RegionAnswer before = precounted.variants(List.of(GENES.get(0)), null, consented);
    still.subList(0, 10).clear();
    AllowList withdrawn = AllowList.of(still);
    RegionAnswer after = precounted.variants(List.of(GENES.get(0)), null, withdrawn);
    assertThat(after.carriers()).isLessThan(before.carriers());
    askedThrice(live, regions, withdrawn, false);

    // a retraction: the lists asked about before are counted again on the new version
    both(s -> s.retract("run 2"));
    live.remove(2);
    askedThrice(live, regions, withdrawn, false);
    askedThrice(live, regions, consented, false);

    // a re-sequenced run of people already in the store: each counts with their latest genotype
    List<VariantCalls> again = resequenced(runs.get(0));
    both(s -> s.append("again", again));
    live.add(again);
    askedThrice(live, regions, withdrawn, true);

    both(DuckDbStore::compact);
    askedThrice(live, regions, withdrawn, true);
    assertThat(precounted.answeredFromCounts()).isGreaterThan(fromCounts);
    assertThat(direct.answeredFromCounts()).isZero();
  }

  private interface Step {
    Object on(DuckDbStore store);
  }

  private void both(Step step) {
    step.on(direct);
    step.on(precounted);
  }

  /** The genes, and positions of random variants (each asked with and without its alleles). */
  private static List<Region> regions(List<List<VariantCalls>> runs, SplittableRandom random) {
    List<Region> regions = new ArrayList<>(GENES);
    List<VariantCalls> calls = runs.get(0);
    for (int i = 0; i < 8; i++) {
      regions.add(Region.of(calls.get(random.nextInt(calls.size())).variant()));
    }
    return regions;
  }

  private void askedThrice(
      List<List<VariantCalls>> runs, List<Region> regions, AllowList allowed, boolean overlapping) {
    for (int time = 0; time < 3; time++) {
      for (Region region : regions) {
        RegionAnswer expected =
            overlapping
                ? PopulationStoreTest.latestModel(runs, List.of(region), allowed)
                : PopulationStoreTest.model(runs, List.of(region), allowed);
        assertThat(precounted.variants(List.of(region), null, allowed))
            .as("%s, %s, time %d", region, allowed, time)
            .isEqualTo(expected)
            .isEqualTo(direct.variants(List.of(region), null, allowed));
        for (VariantCount v : expected.variants()) {
          if (v.variant().position() == region.from()) {
            assertThat(precounted.variants(List.of(region), v.variant(), allowed))
                .isEqualTo(new RegionAnswer(List.of(v), v.carriers()))
                .isEqualTo(direct.variants(List.of(region), v.variant(), allowed));
          }
        }
      }
    }
  }

  /** The first 20 people of a run again, each variant with the other zygosity. */
  private static List<VariantCalls> resequenced(List<VariantCalls> run) {
    return PopulationStoreTest.resequenced(run, who -> who < 20);
  }
}
