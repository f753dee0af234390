package org.gms.server.record.internal;

import java.util.ArrayList;
import java.util.List;
import org.gms.server.GmsException;
import org.gms.server.account.Accounts;
import org.gms.server.audit.AuditLog;
import org.gms.server.record.FamilyLinks;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.Patient;
import org.gms.server.record.PatientAccess;
import org.gms.server.record.Patients;
import org.gms.server.record.Relationship;
import org.gms.server.record.Relative;
import org.gms.server.record.Sex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcFamilyLinks implements FamilyLinks {

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final Accounts accounts;
  private final Patients patients;
  private final PatientAccess access;

  JdbcFamilyLinks(
      JdbcClient jdbc, AuditLog audit, Accounts accounts, Patients patients, PatientAccess access) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.accounts = accounts;
    this.patients = patients;
    this.access = access;
  }

  @Override
  public void link(
      NhsNumber patient, NhsNumber relative, Relationship relationship, String source) {
    if (patient.equals(relative)) {
      throw new GmsException(
          "A patient cannot be their own relative (" + patient.formatted() + ").");
    }
    // both must be patients the user may see: no linking strangers, no probing NHS numbers
    for (NhsNumber nhs : List.of(patient, relative)) {
      access.require(nhs);
    }
    int added =
        jdbc.sql(
                """
                INSERT INTO patient_relative (patient_nhs_number, relative_nhs_number,
                  relationship, source, recorded_by)
                SELECT :patient, :relative, :relationship, :source, :by
                WHERE NOT EXISTS (SELECT 1 FROM patient_relative
                  WHERE (patient_nhs_number = :patient AND relative_nhs_number = :relative)
                     OR (patient_nhs_number = :relative AND relative_nhs_number = :patient))
                """)
            .param("patient", patient.value())
            .param("relative", relative.value())
            .param("relationship", relationship.name())
            .param("source", source)
            .param("by", accounts.actor().name())
            .update();
    if (added > 0) {
      audit.record(
          "create", "patient-relative", patient.value(), relationship + " " + relative.value());
    }
  }

  @Override
  public List<Relative> relatives(NhsNumber patient) {
    audit.record("read", "patient-relative", patient.value(), "");
    List<Relative> relatives = new ArrayList<>();
    jdbc.sql(
            """
            SELECT relative_nhs_number AS other, relationship, source, false AS reverse
            FROM patient_relative WHERE patient_nhs_number = :nhs
            UNION ALL
            SELECT patient_nhs_number AS other, relationship, source, true AS reverse
            FROM patient_relative WHERE relative_nhs_number = :nhs
            ORDER BY other
            """)
        .param("nhs", patient.value())
        .query(
            rs -> {
              NhsNumber other = new NhsNumber(rs.getString("other"));
              Patient person = patients.find(other).orElseThrow();
              Relationship stored = Relationship.valueOf(rs.getString("relationship"));
              Relationship relationship =
                  rs.getBoolean("reverse") ? inverse(stored, person.sex()) : stored;
              relatives.add(
                  new Relative(other, person.name(), relationship, rs.getString("source")));
            });
    return relatives;
  }

  /**
   * What the other person is when the link was recorded the other way round: the mother's child is
   * a CHILD; a child's parent is their MOTHER or FATHER by recorded sex.
   */
  private static Relationship inverse(Relationship stored, Sex otherSex) {
    return switch (stored) {
      case MOTHER, FATHER -> Relationship.CHILD;
      case CHILD ->
          otherSex == Sex.FEMALE
              ? Relationship.MOTHER
              : otherSex == Sex.MALE ? Relationship.FATHER : Relationship.OTHER;
      case SIBLING -> Relationship.SIBLING;
      case OTHER -> Relationship.OTHER;
    };
  }
}
