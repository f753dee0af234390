package org.gms.server.record.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.gms.server.GmsException;
import org.gms.server.account.Accounts;
import org.gms.server.account.Actor;
import org.gms.server.audit.AuditLog;
import org.gms.server.record.CareRelationship;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.PatientAccess;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The organisation rule: the record's own care relationships ({@code patient_care}: the
 * organisation registered the patient or was given their care) and every {@link CareRelationship}
 * bean of the other features.
 */
@Component
class OrganisationPatientAccess implements PatientAccess {

  static final String ENTITY = "patient";

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final Accounts accounts;
  private final ObjectProvider<CareRelationship> relationships;
  private final TransactionTemplate ownTransaction;

  OrganisationPatientAccess(
      JdbcClient jdbc,
      AuditLog audit,
      Accounts accounts,
      ObjectProvider<CareRelationship> relationships,
      PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.accounts = accounts;
    this.relationships = relationships;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  public boolean maySee(NhsNumber patient) {
    return registered(patient) && related(patient, accounts.actor());
  }

  @Override
  public void require(NhsNumber patient) {
    Actor actor = accounts.actor();
    boolean registered = registered(patient);
    if (registered && related(patient, actor)) {
      return;
    }
    if (registered) {
      // committed whatever the caller's transaction does with the refusal
      ownTransaction.executeWithoutResult(
          status ->
              audit.recordAs(
                  actor.name(),
                  "refused",
                  ENTITY,
                  patient.value(),
                  "no relationship with "
                      + actor.organisation().orElse("no organisation")
                      + " (answered as not registered)"));
    }
    throw notVisible(patient);
  }

  /** The answer for a patient who is not registered or whom the user may not see: one wording. */
  static GmsException notVisible(NhsNumber patient) {
    return new GmsException(
        GmsException.Kind.NOT_FOUND,
        "No patient with NHS number "
            + patient.formatted()
            + " is registered for your organisation: check the number, or register the patient"
            + " (Register a patient, /register.html, or POST /api/patients). A patient is shown"
            + " to the organisations that registered them or have a test order for them.");
  }

  @Override
  public void recordCare(NhsNumber patient, String organisation, String reason) {
    if (organisation == null || organisation.isBlank()) {
      throw new GmsException("A care relationship needs an organisation.");
    }
    int added =
        jdbc.sql(
                """
                INSERT INTO patient_care (nhs_number, organisation, reason, recorded_by)
                VALUES (:nhs, :organisation, :reason, :by)
                ON CONFLICT DO NOTHING
                """)
            .param("nhs", patient.value())
            .param("organisation", organisation.strip())
            .param("reason", reason == null || reason.isBlank() ? "care" : reason.strip())
            .param("by", accounts.actor().name())
            .update();
    if (added > 0) {
      audit.record("create", "patient-care", patient.value(), organisation.strip());
    }
  }

  /**
   * The organisation whose patients the acting user sees; empty for the platform itself, which sees
   * every patient.
   */
  Optional<String> scope() {
    Actor actor = accounts.actor();
    if (actor.isSystem()) {
      return Optional.empty();
    }
    // a caller without an account (none today on patient paths) sees no one's patients
    return Optional.of(actor.organisation().orElse(""));
  }

  /** The first {@code limit} patients the organisation may see, in NHS number order. */
  List<NhsNumber> visible(String organisation, int limit) {
    TreeSet<NhsNumber> found = new TreeSet<>(Comparator.comparing(NhsNumber::value));
    jdbc.sql(
            "SELECT nhs_number FROM patient_care WHERE organisation = :organisation"
                + " ORDER BY nhs_number LIMIT :limit")
        .param("organisation", organisation)
        .param("limit", limit)
        .query((rs, row) -> new NhsNumber(rs.getString(1)))
        .list()
        .forEach(found::add);
    for (CareRelationship relationship : relationships.orderedStream().toList()) {
      found.addAll(relationship.patients(organisation, limit));
    }
    return found.stream().limit(limit).toList();
  }

  private boolean registered(NhsNumber patient) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM patient WHERE nhs_number = :nhs)")
        .param("nhs", patient.value())
        .query(Boolean.class)
        .single();
  }

  private boolean related(NhsNumber patient, Actor actor) {
    if (actor.isSystem()) {
      return true;
    }
    Optional<String> organisation = actor.organisation();
    if (organisation.isEmpty()) {
      return false;
    }
    boolean cares =
        jdbc.sql(
                "SELECT EXISTS (SELECT 1 FROM patient_care"
                    + " WHERE nhs_number = :nhs AND organisation = :organisation)")
            .param("nhs", patient.value())
            .param("organisation", organisation.get())
            .query(Boolean.class)
            .single();
    return cares
        || relationships
            .orderedStream()
            .anyMatch(relationship -> relationship.relates(patient, organisation.get()));
  }
}
