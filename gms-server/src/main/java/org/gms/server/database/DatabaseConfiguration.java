package org.gms.server.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Provides the data source: the external server when configured, the embedded one otherwise. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

  private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

  @Bean(destroyMethod = "close")
  EmbeddedDatabase embeddedDatabase(DatabaseSettings settings) {
    if (!settings.embedded()) {
      return EmbeddedDatabase.none();
    }
    Path directory = settings.dataDir().resolve("postgres");
    try {
      Files.createDirectories(directory);
      long started = System.nanoTime();
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(directory)
              .setCleanDataDirectory(false)
              .setPort(settings.embeddedPort())
              .start();
      log.info(
          "Embedded PostgreSQL started in {} ms, data in {}",
          (System.nanoTime() - started) / 1_000_000,
          directory);
      return EmbeddedDatabase.of(postgres);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not start the embedded PostgreSQL in "
              + directory
              + ": "
              + e.getMessage()
              + ". Check the directory is writable, or use --db-url for an external server.",
          e);
    }
  }

  @Bean(destroyMethod = "close")
  DataSource dataSource(DatabaseSettings settings, EmbeddedDatabase embedded) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("gms");
    config.setMaximumPoolSize(20);
    if (settings.embedded()) {
      config.setJdbcUrl(embedded.jdbcUrl());
      config.setUsername("postgres");
    } else {
      config.setJdbcUrl(settings.url());
      config.setUsername(settings.username());
      config.setPassword(settings.password());
    }
    return new HikariDataSource(config);
  }
}
