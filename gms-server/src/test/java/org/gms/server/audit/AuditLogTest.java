package org.gms.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class AuditLogTest {

  @Autowired AuditLog audit;
  @Autowired JdbcClient jdbc;

  @Test
  void chainOfRecordedEventsVerifies() {
    AuditEvent first = audit.recordAs("alice", "read", "patient", "P1", "record viewed");
    AuditEvent second = audit.recordAs("bob", "update", "patient", "P1", "name changed");

    assertThat(second.seq()).isEqualTo(first.seq() + 1);
    assertThat(second.prevHash()).isEqualTo(first.hash());
    assertThat(audit.verify().intact()).isTrue();
  }

  @Test
  void eventsCannotBeUpdatedOrDeleted() {
    AuditEvent event = audit.recordAs("alice", "read", "patient", "P2", "");

    assertThatThrownBy(
            () ->
                jdbc.sql("UPDATE audit_event SET actor = 'mallory' WHERE seq = :seq")
                    .param("seq", event.seq())
                    .update())
        .hasMessageContaining("append-only");
    assertThatThrownBy(
            () ->
                jdbc.sql("DELETE FROM audit_event WHERE seq = :seq")
                    .param("seq", event.seq())
                    .update())
        .hasMessageContaining("append-only");
  }

  @Test
  void verificationFindsTheFirstEditedEvent() {
    AuditEvent event = audit.recordAs("alice", "read", "patient", "P3", "");
    audit.recordAs("alice", "read", "patient", "P4", "");
    // A database superuser can bypass the trigger; the hash chain still shows the edit.
    tamper(event.seq(), "mallory");
    try {
      AuditVerification result = audit.verify();
      assertThat(result.intact()).isFalse();
      assertThat(result.firstBrokenSeq()).contains(event.seq());
      assertThat(result.toString()).contains("edited");
    } finally {
      tamper(event.seq(), "alice");
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
