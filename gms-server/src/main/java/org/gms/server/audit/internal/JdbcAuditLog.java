package org.gms.server.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.gms.server.audit.AuditEvent;
import org.gms.server.audit.AuditLog;
import org.gms.server.audit.AuditVerification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Component
class JdbcAuditLog implements AuditLog {

  /** Serialises appends so that each event links to the one before it. */
  private static final long CHAIN_LOCK = 0x61756469_74L;

  private final JdbcClient jdbc;

  JdbcAuditLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  // Transactional here too: record() calls recordAs() on this object, not through the proxy, so
  // recordAs()'s annotation alone would leave the chain lock to autocommit (released at once).
  @Override
  @Transactional(propagation = Propagation.REQUIRED)
  public AuditEvent record(String action, String entityType, String entityId, String detail) {
    return recordAs(currentActor(), action, entityType, entityId, detail);
  }

  @Override
  @Transactional(propagation = Propagation.REQUIRED)
  public AuditEvent recordAs(
      String actor, String action, String entityType, String entityId, String detail) {
    jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", CHAIN_LOCK).query().singleRow();
    Optional<AuditEvent> last =
        jdbc.sql("SELECT * FROM audit_event ORDER BY seq DESC LIMIT 1")
            .query(JdbcAuditLog::event)
            .optional();
    long seq = last.map(e -> e.seq() + 1).orElse(1L);
    String prevHash = last.map(AuditEvent::hash).orElse(AuditChain.GENESIS);
    Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
    String safeDetail = detail == null ? "" : detail;
    String hash =
        AuditChain.hash(seq, at, actor, action, entityType, entityId, safeDetail, prevHash);
    jdbc.sql(
            """
            INSERT INTO audit_event
              (seq, at, actor, action, entity_type, entity_id, detail, prev_hash, hash)
            VALUES (:seq, :at, :actor, :action, :entityType, :entityId, :detail, :prevHash, :hash)
            """)
        .param("seq", seq)
        .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
        .param("actor", actor)
        .param("action", action)
        .param("entityType", entityType)
        .param("entityId", entityId)
        .param("detail", safeDetail)
        .param("prevHash", prevHash)
        .param("hash", hash)
        .update();
    return new AuditEvent(seq, at, actor, action, entityType, entityId, safeDetail, prevHash, hash);
  }

  @Override
  @Transactional(readOnly = true)
  public AuditVerification verify() {
    AtomicLong count = new AtomicLong();
    AtomicReference<String> expectedPrev = new AtomicReference<>(AuditChain.GENESIS);
    AtomicReference<AuditVerification> broken = new AtomicReference<>();
    jdbc.sql("SELECT * FROM audit_event ORDER BY seq")
        .query(
            rs -> {
              if (broken.get() != null) {
                return;
              }
              AuditEvent e = event(rs, 0);
              long expectedSeq = count.incrementAndGet();
              String problem = problemWith(e, expectedSeq, expectedPrev.get());
              if (problem != null) {
                broken.set(new AuditVerification(expectedSeq, Optional.of(e.seq()), problem));
              }
              expectedPrev.set(e.hash());
            });
    return broken.get() != null
        ? broken.get()
        : new AuditVerification(count.get(), Optional.empty(), "");
  }

  private static String problemWith(AuditEvent e, long expectedSeq, String expectedPrev) {
    if (e.seq() != expectedSeq) {
      return "expected event " + expectedSeq + " but found " + e.seq() + " (an event is missing)";
    }
    if (!e.prevHash().equals(expectedPrev)) {
      return "its link to the previous event does not match (an event was changed or removed)";
    }
    String recomputed =
        AuditChain.hash(
            e.seq(),
            e.at(),
            e.actor(),
            e.action(),
            e.entityType(),
            e.entityId(),
            e.detail(),
            e.prevHash());
    return recomputed.equals(e.hash()) ? null : "its content does not match its hash (edited)";
  }

  private static AuditEvent event(ResultSet rs, int row) throws SQLException {
    return new AuditEvent(
        rs.getLong("seq"),
        rs.getObject("at", OffsetDateTime.class).toInstant(),
        rs.getString("actor"),
        rs.getString("action"),
        rs.getString("entity_type"),
        rs.getString("entity_id"),
        rs.getString("detail"),
        rs.getString("prev_hash"),
        rs.getString("hash"));
  }

  private static String currentActor() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth == null || !auth.isAuthenticated() || auth.getName() == null
        ? "system"
        : auth.getName();
  }
}
