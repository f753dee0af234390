package org.gms.server.record.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gms.server.GmsException;
import org.gms.server.account.Accounts;
import org.gms.server.audit.AuditLog;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.Patient;
import org.gms.server.record.Patients;
import org.gms.server.record.Sex;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class JdbcPatients implements Patients {

  static final String ENTITY = "patient";

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final Accounts accounts;
  private final OrganisationPatientAccess access;

  JdbcPatients(
      JdbcClient jdbc, AuditLog audit, Accounts accounts, OrganisationPatientAccess access) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.accounts = accounts;
    this.access = access;
  }

  @Override
  @Transactional
  public Patient register(Patient patient) {
    try {
      jdbc.sql(
              """
              INSERT INTO patient (nhs_number, name, date_of_birth, sex, created_by)
              VALUES (:nhs, :name, :dob, :sex, :by)
              """)
          .param("nhs", patient.nhsNumber().value())
          .param("name", patient.name())
          .param("dob", patient.dateOfBirth())
          .param("sex", patient.sex().name())
          .param("by", accounts.actor().name())
          .update();
    } catch (DuplicateKeyException e) {
      throw new GmsException(
          GmsException.Kind.CONFLICT,
          "A patient with NHS number "
              + patient.nhsNumber().formatted()
              + " is registered already: GET /api/patients/"
              + patient.nhsNumber()
              + " shows them to the organisations that registered them or have a test order for"
              + " them; to look after them elsewhere, order their test with the NHS number.");
    }
    audit.record("create", ENTITY, patient.nhsNumber().value(), "registered");
    // the registering user's organisation cares for the patient (docs/security.md)
    accounts
        .actor()
        .organisation()
        .ifPresent(
            organisation ->
                access.recordCare(patient.nhsNumber(), organisation, "registered the patient"));
    return patient;
  }

  @Override
  public Optional<Patient> find(NhsNumber nhsNumber) {
    audit.record("read", ENTITY, nhsNumber.value(), "");
    return jdbc.sql("SELECT * FROM patient WHERE nhs_number = :nhs")
        .param("nhs", nhsNumber.value())
        .query(JdbcPatients::patient)
        .optional();
  }

  @Override
  public List<Patient> findAll(Collection<NhsNumber> nhsNumbers, String purpose) {
    String[] numbers = nhsNumbers.stream().map(NhsNumber::value).distinct().toArray(String[]::new);
    List<Patient> found =
        numbers.length == 0
            ? List.of()
            : jdbc.sql(
                    "SELECT * FROM patient WHERE nhs_number = ANY(CAST(:nhs AS bpchar[]))"
                        + " ORDER BY nhs_number")
                .param("nhs", numbers)
                .query(JdbcPatients::patient)
                .list();
    audit.record(
        "read",
        ENTITY,
        "*",
        found.size() + " of " + numbers.length + " patients in one read, for " + purpose);
    return found;
  }

  /** The patients the acting user's organisation may see (every one for the platform itself). */
  @Override
  public List<Patient> list(int limit) {
    Optional<String> scope = access.scope();
    if (scope.isEmpty()) {
      audit.record("list", ENTITY, "*", "limit " + limit);
      return jdbc.sql("SELECT * FROM patient ORDER BY nhs_number LIMIT :limit")
          .param("limit", limit)
          .query(JdbcPatients::patient)
          .list();
    }
    String[] visible =
        access.visible(scope.get(), limit).stream().map(NhsNumber::value).toArray(String[]::new);
    audit.record("list", ENTITY, "*", "limit " + limit + ", patients of " + scope.get());
    return visible.length == 0
        ? List.of()
        : jdbc.sql(
                "SELECT * FROM patient WHERE nhs_number = ANY(CAST(:nhs AS bpchar[]))"
                    + " ORDER BY nhs_number")
            .param("nhs", visible)
            .query(JdbcPatients::patient)
            .list();
  }

  private static Patient patient(ResultSet rs, int row) throws SQLException {
    return new Patient(
        new NhsNumber(rs.getString("nhs_number")),
        rs.getString("name"),
        rs.getObject("date_of_birth", java.time.LocalDate.class),
        Sex.valueOf(rs.getString("sex")));
  }
}
