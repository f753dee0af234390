package org.gms.server.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.gms.server.account.Account;
import org.gms.server.account.Accounts;
import org.gms.server.account.Role;
import org.gms.server.audit.AuditLog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The platform on the machine's own PostgreSQL server, as `./gms serve --db-url` runs it. */
@SpringBootTest
@DirtiesContext // the database is dropped after the class, so the context must not be reused
class LocalServerPlatformTest {

  private static String url;

  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired AuditLog audit;

  @DynamicPropertySource
  static void externalDatabase(DynamicPropertyRegistry registry) {
    url = LocalPostgresServer.createDatabase();
    registry.add("gms.db.url", () -> url);
    registry.add("gms.db.username", LocalPostgresServer::user);
    registry.add("gms.db.password", () -> "");
  }

  @AfterAll
  static void drop() {
    if (url != null) {
      LocalPostgresServer.dropDatabase(url);
    }
  }

  @Test
  void runsOnTheExternalServerNotTheEmbeddedOne() {
    assertThat(jdbc.sql("SELECT current_database()").query(String.class).single())
        .isEqualTo(url.substring(url.lastIndexOf('/') + 1));
    assertThat(
            jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE success")
                .query(Integer.class)
                .single())
        .isGreaterThanOrEqualTo(3);
  }

  @Test
  void accountsAndTheAuditChainWorkThere() {
    accounts.save(
        new Account("lab.lead", "Lab Lead", Set.of(Role.LABORATORY_SCIENTIST), "Hub"),
        "a-long-enough-password");
    audit.recordAs("lab.lead", "read", "sample", "S1", "");

    assertThat(accounts.find("lab.lead")).isPresent();
    assertThat(audit.verify().intact()).isTrue();
  }
}
