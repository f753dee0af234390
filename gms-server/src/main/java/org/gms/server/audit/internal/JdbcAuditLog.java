package org.gms.server.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.gms.server.audit.AuditEvent;
import org.gms.server.audit.AuditLog;
import org.gms.server.audit.AuditVerification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

@Component
class JdbcAuditLog implements AuditLog {

  /** Serialises chaining so that each event links to the one before it. */
  private static final long CHAIN_LOCK = 0x61756469_74L;

  /** Events linked per transaction of the writer. */
  private static final int BATCH = 5_000;

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final TransactionTemplate transactions;
  private final AuditAnchor anchor;

  JdbcAuditLog(
      JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate transactions, AuditAnchor anchor) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.transactions = transactions;
    this.anchor = anchor;
  }

  /** What one linking transaction did: how many events, the head before, the new head. */
  private record Linked(int count, long before, long seq, String hash) {}

  @Override
  public void record(String action, String entityType, String entityId, String detail) {
    recordAs(currentActor(), action, entityType, entityId, detail);
  }

  @Override
  public void recordAs(
      String actor, String action, String entityType, String entityId, String detail) {
    jdbc.sql(
            """
            INSERT INTO audit_queue (at, actor, action, entity_type, entity_id, detail)
            VALUES (:at, :actor, :action, :entityType, :entityId, :detail)
            """)
        .param("at", OffsetDateTime.ofInstant(now(), ZoneOffset.UTC))
        .param("actor", actor)
        .param("action", action)
        .param("entityType", entityType)
        .param("entityId", entityId)
        .param("detail", detail == null ? "" : detail)
        .update();
  }

  @Override
  public int flush() {
    int total = 0;
    for (int linked = link(); linked > 0; linked = link()) {
      total += linked;
    }
    return total;
  }

  /**
   * Links one batch of committed queued events into the chain, in the order they were queued, then
   * anchors the new head outside the database.
   */
  private int link() {
    Linked linked =
        transactions.execute(
            status -> {
              jdbc.sql("SELECT pg_advisory_xact_lock(:lock)")
                  .param("lock", CHAIN_LOCK)
                  .query()
                  .singleRow();
              List<AuditEvent> queued =
                  jdbc.sql(
                          """
                          DELETE FROM audit_queue WHERE id IN (
                            SELECT id FROM audit_queue ORDER BY id LIMIT :batch)
                          RETURNING *
                          """)
                      .param("batch", BATCH)
                      .query((rs, row) -> event(rs, rs.getLong("id"), "", ""))
                      .list();
              if (queued.isEmpty()) {
                return null;
              }
              Optional<AuditEvent> last = recent(1).stream().findFirst();
              long before = last.map(AuditEvent::seq).orElse(0L);
              long seq = before;
              String prev = last.map(AuditEvent::hash).orElse(AuditChain.GENESIS);
              List<Object[]> rows = new ArrayList<>();
              for (AuditEvent e :
                  queued.stream()
                      .sorted(java.util.Comparator.comparingLong(AuditEvent::seq))
                      .toList()) {
                seq++;
                String hash = AuditChain.hash(e, seq, prev);
                rows.add(
                    new Object[] {
                      seq,
                      OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC),
                      e.actor(),
                      e.action(),
                      e.entityType(),
                      e.entityId(),
                      e.detail(),
                      prev,
                      hash
                    });
                prev = hash;
              }
              batch.batchUpdate(
                  "INSERT INTO audit_event (seq, at, actor, action, entity_type, entity_id, detail,"
                      + " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  rows);
              return new Linked(rows.size(), before, seq, prev);
            });
    if (linked == null) {
      return 0;
    }
    anchor.checkpoint(linked.seq(), linked.hash(), linked.before());
    return linked.count();
  }

  @Override
  public List<AuditEvent> recent(int limit) {
    return jdbc.sql("SELECT * FROM audit_event ORDER BY seq DESC LIMIT :limit")
        .param("limit", limit)
        .query(JdbcAuditLog::event)
        .list();
  }

  /** Microseconds: what PostgreSQL keeps, so the hash of a read-back event is the same. */
  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  @Override
  public AuditVerification verify() {
    flush();
    recent(1).stream().findFirst().ifPresent(head -> anchor.adoptIfNew(head.seq(), head.hash()));
    Optional<List<AuditAnchor.Checkpoint>> checkpoints = anchor.checkpoints();
    Map<Long, String> anchored = new HashMap<>();
    long lastAnchored = 0;
    for (AuditAnchor.Checkpoint checkpoint : checkpoints.orElse(List.of())) {
      if (!checkpoint.authentic()) {
        return new AuditVerification(
            0,
            Optional.of(Math.max(checkpoint.seq(), 0)),
            "line "
                + checkpoint.line()
                + " of the checkpoint file "
                + anchor.file()
                + " does not carry a valid MAC (the checkpoint file was edited, or the key in "
                + anchor.directory()
                + " is not the one it was written with)");
      }
      anchored.put(checkpoint.seq(), checkpoint.hash());
      lastAnchored = Math.max(lastAnchored, checkpoint.seq());
    }
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
              if (problem == null
                  && anchored.containsKey(e.seq())
                  && !anchored.get(e.seq()).equals(e.hash())) {
                problem =
                    "it differs from the checkpoint written outside the database when it was"
                        + " linked (the chain was rewritten from here or before)";
              }
              if (problem != null) {
                broken.set(new AuditVerification(expectedSeq, Optional.of(e.seq()), problem));
              }
              expectedPrev.set(e.hash());
            });
    if (broken.get() != null) {
      return broken.get();
    }
    long events = count.get();
    if (checkpoints.isEmpty() && events > 0) {
      return new AuditVerification(
          events,
          Optional.of(events),
          "the checkpoint file "
              + anchor.file()
              + " that anchors the chain outside the database is missing (removed, or the"
              + " server used another gms.audit.anchor-dir)");
    }
    if (lastAnchored > events) {
      return new AuditVerification(
          events,
          Optional.of(events + 1),
          "the chain ends at event "
              + events
              + " but a checkpoint written outside the database records event "
              + lastAnchored
              + ": events "
              + (events + 1)
              + " to "
              + lastAnchored
              + " were removed");
    }
    if (anchor.keyExposed()) {
      return new AuditVerification(
          events,
          Optional.of(events),
          "the audit key in "
              + anchor.directory()
              + " can be read by others than its owner; make it owner-only (chmod 600)");
    }
    return new AuditVerification(events, Optional.empty(), "");
  }

  private static String problemWith(AuditEvent e, long expectedSeq, String expectedPrev) {
    if (e.seq() != expectedSeq) {
      return "expected event " + expectedSeq + " but found " + e.seq() + " (an event is missing)";
    }
    if (!e.prevHash().equals(expectedPrev)) {
      return "its link to the previous event does not match (an event was changed or removed)";
    }
    String recomputed = AuditChain.hash(e, e.seq(), e.prevHash());
    return recomputed.equals(e.hash()) ? null : "its content does not match its hash (edited)";
  }

  private static AuditEvent event(ResultSet rs, int row) throws SQLException {
    return event(rs, rs.getLong("seq"), rs.getString("prev_hash"), rs.getString("hash"));
  }

  /** An event row (chained, or queued: then without its place, link and hash yet). */
  private static AuditEvent event(ResultSet rs, long seq, String prevHash, String hash)
      throws SQLException {
    return new AuditEvent(
        seq,
        rs.getObject("at", OffsetDateTime.class).toInstant(),
        rs.getString("actor"),
        rs.getString("action"),
        rs.getString("entity_type"),
        rs.getString("entity_id"),
        rs.getString("detail"),
        prevHash,
        hash);
  }

  private static String currentActor() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth == null || !auth.isAuthenticated() || auth.getName() == null
        ? "system"
        : auth.getName();
  }
}
