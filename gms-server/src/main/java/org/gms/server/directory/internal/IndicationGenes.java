package org.gms.server.directory.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The green genes each indication's tests look at: genes named as targets and the green (level 3 or
 * 4) genes of its panels at their current versions. Kept per directory release and panel state,
 * re-read when either changes.
 */
@Component
class IndicationGenes {

  private final JdbcClient jdbc;
  private volatile String key = "";
  private volatile Map<String, Set<String>> genes = Map.of();

  IndicationGenes(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Map<String, Set<String>> green(long release) {
    String now =
        release
            + "/"
            + jdbc.sql("SELECT coalesce(max(version_id), 0) || '/' || count(*) FROM panel_current")
                .query(String.class)
                .single();
    if (!now.equals(key)) {
      synchronized (this) {
        if (!now.equals(key)) {
          genes = load(release);
          key = now;
        }
      }
    }
    return genes;
  }

  private Map<String, Set<String>> load(long release) {
    Map<String, Set<String>> byIndication = new HashMap<>();
    jdbc.sql(
            """
            SELECT DISTINCT t.indication_code AS code, upper(e.gene_symbol) AS gene
            FROM test_target tt
              JOIN genomic_test t ON t.import_id = tt.import_id AND t.code = tt.test_code
              JOIN panel_current c ON c.panel_id = tt.panel_id AND c.retired_by IS NULL
              JOIN panel_entity e ON e.version_id = c.version_id
            WHERE tt.import_id = :r AND tt.kind = 'panel' AND e.confidence >= 3
              AND e.gene_symbol IS NOT NULL
            UNION
            SELECT DISTINCT t.indication_code, upper(tt.gene_symbol)
            FROM test_target tt
              JOIN genomic_test t ON t.import_id = tt.import_id AND t.code = tt.test_code
            WHERE tt.import_id = :r AND tt.gene_symbol IS NOT NULL
            """)
        .param("r", release)
        .query(
            rs -> {
              byIndication
                  .computeIfAbsent(rs.getString("code"), k -> new HashSet<>())
                  .add(rs.getString("gene").toUpperCase(Locale.ROOT));
            });
    return byIndication;
  }
}
