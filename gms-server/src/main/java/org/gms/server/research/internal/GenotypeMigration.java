package org.gms.server.research.internal;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gms.server.SqlArrays;
import org.gms.store.PopulationStore;
import org.gms.store.Variant;
import org.gms.store.VariantCalls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Moves the PostgreSQL research genotype tables ({@code research_variant}: one row per variant with
 * its carriers' indexes) into the population store, once: one run per build and contig ({@code
 * PostgreSQL research_variant GRCh38 17}), each atomic and skipped when already in the store, then
 * a last, empty run that records every source the tables had loaded ({@code
 * research_genotype_source}), so none is loaded again. Stopped half-way, it goes on at the next
 * start. The individual indexes are kept ({@code research_individual} stays the mapping). The
 * tables are left as they are (a way back).
 */
final class GenotypeMigration {

  private static final Logger LOG = LoggerFactory.getLogger(GenotypeMigration.class);
  static final String DONE = "PostgreSQL research_genotype_source";

  private GenotypeMigration() {}

  static void fromTables(JdbcClient jdbc, PopulationStore store) {
    if (store.runs().contains(DONE)) {
      return;
    }
    List<String> sources =
        jdbc.sql("SELECT source FROM research_genotype_source ORDER BY source")
            .query(String.class)
            .list();
    if (sources.isEmpty() && store.manifest().runs().isEmpty()) {
      // nothing to migrate: mark it, so that later loads are never mistaken for old tables
      store.migrate(DONE, List.of(), List.of());
      return;
    }
    List<Map<String, Object>> contigs =
        jdbc.sql("SELECT DISTINCT build, contig FROM research_variant ORDER BY build, contig")
            .query()
            .listOfRows();
    long started = System.nanoTime();
    for (Map<String, Object> row : contigs) {
      String build = (String) row.get("build");
      String contig = (String) row.get("contig");
      String run = "PostgreSQL research_variant " + build + " " + contig;
      if (store.runs().contains(run)) {
        continue;
      }
      List<VariantCalls> calls = new ArrayList<>();
      jdbc.sql(
              "SELECT position, ref, alt, het, hom FROM research_variant"
                  + " WHERE build = :build AND contig = :contig ORDER BY position")
          .param("build", build)
          .param("contig", contig)
          .query(
              (ResultSet rs) -> {
                calls.add(
                    VariantCalls.of(
                        new Variant(build, contig, rs.getLong(1), rs.getString(2), rs.getString(3)),
                        null,
                        SqlArrays.ints(rs.getArray(4)),
                        SqlArrays.ints(rs.getArray(5))));
              });
      store.migrate(run, List.of(), calls);
    }
    store.migrate(DONE, sources, List.of());
    LOG.info(
        "Research genotypes: {} contigs and {} loaded sources migrated from PostgreSQL to the"
            + " population store in {} s",
        contigs.size(),
        sources.size(),
        (System.nanoTime() - started) / 1_000_000_000);
  }
}
