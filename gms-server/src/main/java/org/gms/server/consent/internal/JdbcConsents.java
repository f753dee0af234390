package org.gms.server.consent.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gms.server.GmsException;
import org.gms.server.account.Account;
import org.gms.server.account.Accounts;
import org.gms.server.account.Role;
import org.gms.server.audit.AuditLog;
import org.gms.server.consent.ConsentKind;
import org.gms.server.consent.ConsentRecord;
import org.gms.server.consent.Consents;
import org.gms.server.consent.Decision;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.PatientAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class JdbcConsents implements Consents {

  static final String ENTITY = "consent";
  private static final int MAX_NOTE = 1000;

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final Accounts accounts;
  private final PatientAccess access;

  JdbcConsents(JdbcClient jdbc, AuditLog audit, Accounts accounts, PatientAccess access) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.accounts = accounts;
    this.access = access;
  }

  @Override
  @Transactional
  public ConsentRecord record(
      NhsNumber patient, ConsentKind kind, Decision decision, String source, String note) {
    if (kind == null || decision == null) {
      throw new GmsException(
          "kind (research_participation or recontact) and decision (given, declined or withdrawn)"
              + " are required.");
    }
    String by = clinician();
    // a patient of another organisation is answered as not registered (docs/security.md)
    access.require(patient);
    String text = note == null ? "" : note.strip();
    if (text.length() > MAX_NOTE) {
      throw new GmsException("note is at most " + MAX_NOTE + " characters.");
    }
    // serialise decisions about one patient so that "withdrawn" is judged on the latest state
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:nhs))")
        .param("nhs", patient.value())
        .query()
        .singleRow();
    ConsentRecord latest = current(patient, kind);
    if (decision == Decision.WITHDRAWN && (latest == null || !latest.decision().allows())) {
      throw new GmsException(
          GmsException.Kind.CONFLICT,
          "Nothing to withdraw: "
              + patient.formatted()
              + "'s current "
              + label(kind)
              + " decision is "
              + (latest == null ? "not recorded" : latest.decision().name().toLowerCase())
              + ".");
    }
    long id =
        jdbc.sql(
                """
                INSERT INTO consent_record (nhs_number, kind, decision, source, note, recorded_by)
                VALUES (:nhs, :kind, :decision, :source, :note, :by)
                RETURNING id
                """)
            .param("nhs", patient.value())
            .param("kind", kind.name())
            .param("decision", decision.name())
            .param("source", source == null || source.isBlank() ? "consent form" : source.strip())
            .param("note", text)
            .param("by", by)
            .query(Long.class)
            .single();
    audit.record("create", ENTITY, patient.value(), kind + " " + decision);
    return byId(id);
  }

  @Override
  public List<ConsentRecord> history(NhsNumber patient) {
    audit.record("read", ENTITY, patient.value(), "history");
    return jdbc.sql("SELECT * FROM consent_record WHERE nhs_number = :nhs ORDER BY id")
        .param("nhs", patient.value())
        .query(JdbcConsents::row)
        .list();
  }

  @Override
  public Map<ConsentKind, ConsentRecord> current(NhsNumber patient) {
    Map<ConsentKind, ConsentRecord> current = new EnumMap<>(ConsentKind.class);
    for (ConsentKind kind : ConsentKind.values()) {
      ConsentRecord latest = current(patient, kind);
      if (latest != null) {
        current.put(kind, latest);
      }
    }
    audit.record("read", ENTITY, patient.value(), "current");
    return current;
  }

  /** The participants as read when the table held {@code rows} rows up to id {@code lastId}. */
  private record Participants(long rows, long lastId, Set<NhsNumber> patients) {}

  private volatile Participants participants;

  @Override
  public Set<NhsNumber> researchParticipants() {
    audit.record("list", ENTITY, "*", "research participants");
    // consent_record is append-only (a trigger refuses updates and deletes), so every committed
    // decision changes its row count: the last answer stands exactly while the count and the
    // highest id are those it was read at (read first; the answer may only be newer than them)
    long[] version =
        jdbc.sql("SELECT count(*) AS n, coalesce(max(id), 0) AS last FROM consent_record")
            .query((rs, row) -> new long[] {rs.getLong("n"), rs.getLong("last")})
            .single();
    Participants known = participants;
    if (known != null && known.rows() == version[0] && known.lastId() == version[1]) {
      return known.patients();
    }
    Set<NhsNumber> patients =
        Set.copyOf(
            jdbc
                .sql(
                    """
                    SELECT DISTINCT ON (nhs_number) nhs_number, decision FROM consent_record
                    WHERE kind = 'RESEARCH_PARTICIPATION'
                    ORDER BY nhs_number, id DESC
                    """)
                .query(
                    (rs, row) ->
                        "GIVEN".equals(rs.getString("decision"))
                            ? new NhsNumber(rs.getString("nhs_number"))
                            : null)
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .toList());
    participants = new Participants(version[0], version[1], patients);
    return patients;
  }

  private ConsentRecord current(NhsNumber patient, ConsentKind kind) {
    return jdbc.sql(
            "SELECT * FROM consent_record WHERE nhs_number = :nhs AND kind = :kind"
                + " ORDER BY id DESC LIMIT 1")
        .param("nhs", patient.value())
        .param("kind", kind.name())
        .query(JdbcConsents::row)
        .optional()
        .orElse(null);
  }

  private ConsentRecord byId(long id) {
    return jdbc.sql("SELECT * FROM consent_record WHERE id = :id")
        .param("id", id)
        .query(JdbcConsents::row)
        .single();
  }

  /** Decisions are recorded by clinical staff, who took them with the patient. */
  private String clinician() {
    Account account = accounts.current().orElse(null);
    if (account == null || !account.has(Role.CLINICIAN)) {
      throw new GmsException(
          GmsException.Kind.FORBIDDEN,
          "A patient's decisions are recorded by a clinician who took them with the patient.");
    }
    return account.username();
  }

  private static String label(ConsentKind kind) {
    return kind.name().toLowerCase().replace('_', ' ');
  }

  private static ConsentRecord row(ResultSet rs, int row) throws SQLException {
    return new ConsentRecord(
        rs.getLong("id"),
        new NhsNumber(rs.getString("nhs_number")),
        ConsentKind.valueOf(rs.getString("kind")),
        Decision.valueOf(rs.getString("decision")),
        rs.getString("source"),
        rs.getString("note"),
        rs.getString("recorded_by"),
        rs.getTimestamp("recorded_at").toInstant());
  }
}
