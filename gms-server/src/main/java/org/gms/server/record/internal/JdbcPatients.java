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
              INSERT INTO patient (nhs_number, name, date_of_birth, sex, created_by,
                                   ethnic_category, imd_decile)
              VALUES (:nhs, :name, :dob, :sex, :by, :ethnic, :imd)
              """)
          .param("nhs", patient.nhsNumber().value())
          .param("name", patient.name())
          .param("dob", patient.dateOfBirth())
          .param("sex", patient.sex().name())
          .param("by", accounts.actor().name())
          .param(
              "ethnic", patient.ethnicCategory() == null ? null : patient.ethnicCategory().code())
          .param("imd", patient.imdDecile())
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
    audit.record("create", ENTITY, patient.nhsNumber().value(), "registered" + recorded(patient));
    // the registering user's organisation cares for the patient (docs/security.md)
    accounts
        .actor()
        .organisation()
        .ifPresent(
            organisation ->
                access.recordCare(patient.nhsNumber(), organisation, "registered the patient"));
    return patient;
  }

  private static String recorded(Patient patient) {
    List<String> fields = new java.util.ArrayList<>();
    if (patient.ethnicCategory() != null) {
      fields.add("ethnic category");
    }
    if (patient.imdDecile() != null) {
      fields.add("IMD decile");
    }
    return fields.isEmpty() ? "" : " with " + String.join(" and ", fields);
  }

  @Override
  @Transactional
  public Patient recordEquity(
      NhsNumber nhsNumber, org.gms.server.record.EthnicCategory ethnicCategory, Integer imdDecile) {
    Patient.checkImdDecile(imdDecile);
    Patient before =
        jdbc.sql("SELECT * FROM patient WHERE nhs_number = :nhs FOR UPDATE")
            .param("nhs", nhsNumber.value())
            .query(JdbcPatients::patient)
            .optional()
            .orElseThrow(() -> Patients.notRegistered(nhsNumber));
    List<String> changed = new java.util.ArrayList<>();
    if (before.ethnicCategory() != ethnicCategory) {
      changed.add("ethnic category " + (ethnicCategory == null ? "removed" : "recorded"));
    }
    if (!java.util.Objects.equals(before.imdDecile(), imdDecile)) {
      changed.add("IMD decile " + (imdDecile == null ? "removed" : "recorded"));
    }
    if (!changed.isEmpty()) {
      jdbc.sql(
              "UPDATE patient SET ethnic_category = :ethnic, imd_decile = :imd,"
                  + " equity_changed = nextval('patient_equity_change') WHERE nhs_number = :nhs")
          .param("ethnic", ethnicCategory == null ? null : ethnicCategory.code())
          .param("imd", imdDecile)
          .param("nhs", nhsNumber.value())
          .update();
    }
    audit.record(
        "update",
        ENTITY,
        nhsNumber.value(),
        changed.isEmpty() ? "equity fields unchanged" : String.join("; ", changed));
    return before.withEquity(ethnicCategory, imdDecile);
  }

  @Override
  public EquityChanges equityChangedSince(long afterChange, int limit) {
    List<Object[]> rows =
        jdbc.sql(
                "SELECT nhs_number, equity_changed FROM patient WHERE equity_changed > :after"
                    + " ORDER BY equity_changed LIMIT :limit")
            .param("after", afterChange)
            .param("limit", limit)
            .query((rs, n) -> new Object[] {new NhsNumber(rs.getString(1)), rs.getLong(2)})
            .list();
    return new EquityChanges(
        rows.stream().map(r -> (NhsNumber) r[0]).toList(),
        rows.isEmpty() ? afterChange : (Long) rows.get(rows.size() - 1)[1]);
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
        Sex.valueOf(rs.getString("sex")),
        ethnicCategory(rs.getString("ethnic_category")),
        (Integer) rs.getObject("imd_decile", Integer.class));
  }

  private static org.gms.server.record.EthnicCategory ethnicCategory(String code) {
    return code == null
        ? null
        : org.gms.server.record.EthnicCategory.parse(code, "ethnic_category");
  }
}
