package org.gms.server.trials.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.gms.server.trials.TrialRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Three real trials in CTML, bundled so a new installation has a registry to match against: CAPTUR
 * (NCT03297606, 13 genomic basket arms), osimertinib with sapanisertib in EGFR-mutant NSCLC
 * (NCT02503722) and TRESR (NCT04497116), as curated in the CTIMS project's test fixtures (Apache
 * 2.0; their statuses are those of the fixtures, 2023, not today's). Imported at start when the
 * registry is empty.
 */
@Component
class BundledTrials {

  static final List<String> FILES =
      List.of(
          "NCT03297606_CAPTUR.ctml.json",
          "NCT02503722_osimertinib_sapanisertib.ctml.json",
          "NCT04497116_TRESR.ctml.json");

  private static final Logger LOG = LoggerFactory.getLogger(BundledTrials.class);

  private final TrialRegistry registry;
  private final JdbcClient jdbc;

  BundledTrials(TrialRegistry registry, JdbcClient jdbc) {
    this.registry = registry;
    this.jdbc = jdbc;
  }

  @EventListener(ApplicationReadyEvent.class)
  void importIfEmpty() {
    if (jdbc.sql("SELECT count(*) FROM trial").query(Long.class).single() > 0) {
      return;
    }
    for (String file : FILES) {
      try (InputStream in =
          BundledTrials.class.getResourceAsStream("/org/gms/server/trials/" + file)) {
        registry.importCtml(file, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    LOG.info("Imported the {} bundled clinical trials", FILES.size());
  }
}
