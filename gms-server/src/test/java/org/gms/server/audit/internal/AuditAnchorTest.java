package org.gms.server.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.gms.server.audit.AuditEvent;
import org.gms.server.audit.AuditLog;
import org.gms.server.audit.AuditVerification;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Someone with full access to the database (a superuser, bypassing the append-only triggers with
 * {@code session_replication_role = replica}) removes or rewrites the last events of the chain; the
 * checkpoints kept outside the database show it. Each test puts the chain back as it was.
 */
@SpringBootTest
class AuditAnchorTest {

  @Autowired AuditLog audit;
  @Autowired AuditAnchor anchor;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  @Test
  void theKeyIsOwnerOnlyAndEachLinkedBatchLeavesACheckpoint() throws Exception {
    audit.recordAs("alice", "read", "patient", "A1", "");
    audit.flush();
    AuditEvent head = audit.recent(1).get(0);

    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(anchor.directory().resolve("audit.key"))))
        .isEqualTo("rw-------");
    assertThat(Files.readAllLines(anchor.file()))
        .last()
        .asString()
        .startsWith(head.seq() + " " + head.hash() + " ");
    assertThat(audit.verify().intact()).isTrue();
  }

  @Test
  void removingTheLastEventsIsReported() {
    for (int i = 0; i < 5; i++) {
      audit.recordAs("bob", "read", "patient", "B" + i, "");
    }
    audit.flush();
    List<AuditEvent> tail = audit.recent(2);
    assertThat(audit.verify().intact()).isTrue();

    asSuperuser(
        "DELETE FROM audit_event WHERE seq >= " + tail.get(1).seq()); // the hash chain still holds
    try {
      AuditVerification result = audit.verify();

      assertThat(result.intact()).as(result.toString()).isFalse();
      assertThat(result.toString())
          .contains("were removed")
          .contains("events " + tail.get(1).seq() + " to " + tail.get(0).seq());
    } finally {
      putBack(tail.get(1));
      putBack(tail.get(0));
    }
    assertThat(audit.verify().intact()).isTrue();
  }

  @Test
  void rewritingTheTailWithRecomputedHashesIsReported() {
    audit.recordAs("carol", "read", "patient", "C1", "");
    audit.recordAs("carol", "update", "patient", "C1", "consent withdrawn");
    audit.flush();
    List<AuditEvent> tail = audit.recent(2);
    AuditEvent before = tail.get(1);
    AuditEvent last = tail.get(0);
    // rewrite the last event and re-compute its hash: the chain in the database is consistent
    AuditEvent edited = edited(last, "nothing changed", "");
    AuditEvent forged =
        edited(last, "nothing changed", AuditChain.hash(edited, last.seq(), before.hash()));
    asSuperuser("DELETE FROM audit_event WHERE seq = " + last.seq());
    putBack(forged);
    try {
      AuditVerification result = audit.verify();

      assertThat(result.intact()).as(result.toString()).isFalse();
      assertThat(result.firstBrokenSeq()).contains(last.seq());
      assertThat(result.toString()).contains("differs from the checkpoint");
    } finally {
      asSuperuser("DELETE FROM audit_event WHERE seq = " + last.seq());
      putBack(last);
    }
    assertThat(audit.verify().intact()).isTrue();
  }

  @Test
  void anEditedCheckpointIsReported() throws Exception {
    audit.recordAs("dave", "read", "patient", "D1", "");
    audit.flush();
    List<String> original = Files.readAllLines(anchor.file());
    String last = original.get(original.size() - 1);
    List<String> edited = new java.util.ArrayList<>(original);
    edited.set(edited.size() - 1, last.replaceFirst("^\\d+", "1" + last.split(" ")[0]));
    Files.write(anchor.file(), edited);
    try {
      AuditVerification result = audit.verify();

      assertThat(result.intact()).isFalse();
      assertThat(result.toString()).contains("does not carry a valid MAC");
    } finally {
      Files.write(anchor.file(), original);
    }
  }

  /** The event with another detail and the hash given (its seq and link kept). */
  private static AuditEvent edited(AuditEvent e, String detail, String hash) {
    return new AuditEvent(
        e.seq(),
        e.at(),
        e.actor(),
        e.action(),
        e.entityType(),
        e.entityId(),
        detail,
        e.prevHash(),
        hash);
  }

  private void asSuperuser(String sql) {
    transactions.executeWithoutResult(
        status -> {
          jdbc.sql("SET LOCAL session_replication_role = replica").update();
          jdbc.sql(sql).update();
        });
  }

  private void putBack(AuditEvent e) {
    transactions.executeWithoutResult(
        status -> {
          jdbc.sql("SET LOCAL session_replication_role = replica").update();
          jdbc.sql(
                  "INSERT INTO audit_event (seq, at, actor, action, entity_type, entity_id,"
                      + " detail, prev_hash, hash) VALUES (:seq, :at, :actor, :action, :type,"
                      + " :id, :detail, :prev, :hash)")
              .param("seq", e.seq())
              .param("at", OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC))
              .param("actor", e.actor())
              .param("action", e.action())
              .param("type", e.entityType())
              .param("id", e.entityId())
              .param("detail", e.detail())
              .param("prev", e.prevHash())
              .param("hash", e.hash())
              .update();
        });
  }
}
