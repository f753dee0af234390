package org.gms.server.analysis.internal;

import org.gms.genomics.pgx.PgxAnalyser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The one pharmacogenomic analyser of the platform, on the bundled CPIC/DPWG knowledge: built when
 * first asked for (it takes a moment), then shared by the analysis runs and the uploads to a
 * patient's record. Ask for it through an {@code ObjectProvider} so that it stays lazy.
 */
@Configuration
class PgxAnalyserConfiguration {

  @Bean
  @Lazy
  PgxAnalyser pgxAnalyser() {
    return PgxAnalyser.bundled();
  }
}
