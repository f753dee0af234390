package org.gms.server.research.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.gms.genomics.variant.GenomeBuild;
import org.gms.genomics.variant.VariantKey;
import org.gms.server.database.DatabaseSettings;
import org.gms.server.record.NhsNumber;
import org.gms.server.research.VariantCarriers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Moving the PostgreSQL research genotype tables into the population store: the same answers for
 * every query and consented set, every loaded source still counts as loaded, a restart migrates
 * nothing twice, and later loads go to the files.
 */
@SpringBootTest
class GenotypeMigrationTest {

  @Autowired GenotypeStore tables;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired VcfGenotypes vcfs;
  @Autowired DatabaseSettings database;
  @TempDir Path dir;

  static NhsNumber nhs(int n) {
    return NhsNumber.firstValidFrom(999_800_000L + n * 2L);
  }

  @Test
  void theFilesAnswerAsTheTablesDid_andNothingIsMigratedOrLoadedTwice() {
    Random random = new Random(5);
    List<NhsNumber> people = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      people.add(nhs(i));
    }
    List<VariantKey> keys = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      String contig = i % 3 == 0 ? "X" : "13";
      long position = 32_315_000 + random.nextInt(80_000);
      keys.add(
          i % 7 == 0
              ? new VariantKey(GenomeBuild.GRCh38, contig, position, "AC", "")
              : new VariantKey(GenomeBuild.GRCh38, contig, position, "A", i % 2 == 0 ? "G" : "T"));
    }
    for (int load = 0; load < 3; load++) {
      List<VariantCarriers> carriers = new ArrayList<>();
      for (VariantKey key : new LinkedHashSet<>(keys)) {
        Set<NhsNumber> het = new HashSet<>();
        Set<NhsNumber> hom = new HashSet<>();
        for (NhsNumber person : people.subList(load * 10, load * 10 + 20)) {
          double u = random.nextDouble();
          if (u < 0.05) {
            hom.add(person);
          } else if (u < 0.4) {
            het.add(person);
          }
        }
        carriers.add(new VariantCarriers(key, het, hom));
      }
      // a patient in two loads keeps one genotype per variant: the latest, in both stores
      tables.load("migration test load " + load, carriers);
    }
    List<VariantQuery> queries =
        List.of(
            query("13", 32_315_000, 32_400_000, null),
            query("X", 32_315_000, 32_400_000, null),
            query("13", 32_330_000, 32_340_000, null),
            query("13", keys.get(1).position(), keys.get(1).position(), keys.get(1)));
    List<Set<NhsNumber>> consented =
        List.of(Set.copyOf(people), Set.copyOf(people.subList(0, 25)), Set.of(people.get(3)));
    ParquetGenotypes files = open();
    try {
      assertThat(files.loadedSources())
          .contains("migration test load 0", "migration test load 1", "migration test load 2");
      for (VariantQuery q : queries) {
        for (Set<NhsNumber> c : consented) {
          GenotypeIndex.Found expected = tables.find(q, c);
          GenotypeIndex.Found found = files.find(q, c);
          assertThat(found.matches()).isEqualTo(expected.matches()).isNotEmpty();
          assertThat(found.carriers()).isEqualTo(expected.carriers());
          assertThat(found.consented()).isEqualTo(expected.consented());
        }
      }
      assertThat(files.load("migration test load 1", List.of()).alreadyLoaded()).isTrue();
    } finally {
      files.close();
    }
    long runs;
    ParquetGenotypes again = open();
    try {
      runs = again.store().manifest().runs().size();
      GenotypeIndex.Found all = again.find(queries.get(0), Set.copyOf(people));
      assertThat(all.matches())
          .isEqualTo(tables.find(queries.get(0), Set.copyOf(people)).matches());
      // a later load goes to the files only
      NhsNumber newcomer = nhs(99);
      again.load(
          "migration test load 3",
          List.of(new VariantCarriers(keys.get(1), Set.of(newcomer), Set.of())));
      GenotypeIndex.Found withNewcomer = again.find(queries.get(3), Set.of(newcomer));
      assertThat(withNewcomer.matches()).hasSize(1);
      assertThat(tables.find(queries.get(3), Set.of(newcomer)).matches()).isEmpty();
    } finally {
      again.close();
    }
    assertThat(runs).isEqualTo(3); // two contigs and the sources: nothing migrated twice
  }

  private ParquetGenotypes open() {
    return new ParquetGenotypes(jdbc, transactions, tables, vcfs, database, dir.toString());
  }

  private static VariantQuery query(String contig, long from, long to, VariantKey exact) {
    return new VariantQuery(GenomeBuild.GRCh38, contig, from, to, exact, null, Map.of());
  }
}
