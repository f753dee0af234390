package org.gms.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class AuditLogTest {

  @Autowired AuditLog audit;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  @Test
  void recordedEventsAreChainedInOrder() {
    audit.recordAs("alice", "read", "patient", "P1", "record viewed");
    audit.recordAs("bob", "update", "patient", "P1", "name changed");
    audit.flush();

    List<AuditEvent> recent = audit.recent(2);
    AuditEvent second = recent.get(0);
    AuditEvent first = recent.get(1);
    assertThat(first.actor()).isEqualTo("alice");
    assertThat(second.actor()).isEqualTo("bob");
    assertThat(second.seq()).isEqualTo(first.seq() + 1);
    assertThat(second.prevHash()).isEqualTo(first.hash());
    assertThat(audit.verify().intact()).isTrue();
  }

  @Test
  void eventsOfARolledBackTransactionAreNotKept() {
    assertThatThrownBy(
            () ->
                transactions.executeWithoutResult(
                    status -> {
                      audit.recordAs(
                          "rolled-back-carol", "update", "patient", "P9", "never happened");
                      throw new IllegalStateException("work failed");
                    }))
        .hasMessage("work failed");
    audit.flush();

    assertThat(
            jdbc.sql("SELECT count(*) FROM audit_event WHERE actor = 'rolled-back-carol'")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void concurrentRecordsAreAllChainedOnceWithoutGaps() throws Exception {
    List<Callable<Void>> writers = new ArrayList<>();
    for (int w = 0; w < 16; w++) {
      int writer = w;
      writers.add(
          () -> {
            for (int i = 0; i < 50; i++) {
              audit.recordAs("writer-" + writer, "read", "patient", "C" + i, "");
            }
            return null;
          });
    }
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      for (var future : pool.invokeAll(writers)) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
    audit.flush();

    assertThat(
            jdbc.sql("SELECT count(*) FROM audit_event WHERE actor LIKE 'writer-%'")
                .query(Long.class)
                .single())
        .isEqualTo(16 * 50);
    assertThat(jdbc.sql("SELECT count(*) FROM audit_queue").query(Long.class).single()).isZero();
    AuditVerification verification = audit.verify();
    assertThat(verification.intact()).as(verification.toString()).isTrue();
  }

  @Test
  void eventsCannotBeUpdatedOrDeleted() {
    audit.recordAs("alice", "read", "patient", "P2", "");
    audit.flush();
    long seq = audit.recent(1).get(0).seq();

    assertThatThrownBy(
            () ->
                jdbc.sql("UPDATE audit_event SET actor = 'mallory' WHERE seq = :seq")
                    .param("seq", seq)
                    .update())
        .hasMessageContaining("append-only");
    assertThatThrownBy(
            () -> jdbc.sql("DELETE FROM audit_event WHERE seq = :seq").param("seq", seq).update())
        .hasMessageContaining("append-only");
  }

  @Test
  void verificationFindsTheFirstEditedEvent() {
    audit.recordAs("alice", "read", "patient", "P3", "");
    audit.flush();
    long seq = audit.recent(1).get(0).seq();
    audit.recordAs("alice", "read", "patient", "P4", "");
    // A database superuser can bypass the trigger; the hash chain still shows the edit.
    tamper(seq, "mallory");
    try {
      AuditVerification result = audit.verify();
      assertThat(result.intact()).isFalse();
      assertThat(result.firstBrokenSeq()).contains(seq);
      assertThat(result.toString()).contains("edited");
    } finally {
      tamper(seq, "alice");
    }
    assertThat(audit.verify().intact()).isTrue();
  }

  private void tamper(long seq, String actor) {
    jdbc.sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update").update();
    try {
      jdbc.sql("UPDATE audit_event SET actor = :actor WHERE seq = :seq")
          .param("actor", actor)
          .param("seq", seq)
          .update();
    } finally {
      jdbc.sql("ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update").update();
    }
  }
}
