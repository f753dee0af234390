package org.gms.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class ApplicationStartsTest {

  @Autowired JdbcClient jdbc;

  @Test
  void migrationsRunOnTheEmbeddedDatabase() {
    assertThat(
            jdbc.sql("select count(*) from flyway_schema_history where success")
                .query(Integer.class)
                .single())
        .isGreaterThanOrEqualTo(3);
  }
}
