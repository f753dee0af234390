package org.gms.server.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Provides the data source: the external server when configured, the embedded one otherwise. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

  @Bean(destroyMethod = "close")
  EmbeddedDatabase embeddedDatabase(DatabaseSettings settings) {
    if (!settings.embedded()) {
      return EmbeddedDatabase.none();
    }
    return EmbeddedDatabase.start(settings.dataDir(), settings.embeddedPort());
  }

  @Bean(destroyMethod = "close")
  DataSource dataSource(DatabaseSettings settings, EmbeddedDatabase embedded) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("gms");
    config.setMaximumPoolSize(20);
    if (settings.embedded()) {
      config.setJdbcUrl(embedded.jdbcUrl());
      config.setUsername("postgres");
      config.setPassword(embedded.password());
    } else {
      config.setJdbcUrl(settings.url());
      config.setUsername(settings.username());
      config.setPassword(settings.password());
    }
    return new HikariDataSource(config);
  }
}
