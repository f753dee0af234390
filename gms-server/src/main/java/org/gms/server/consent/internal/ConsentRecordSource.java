package org.gms.server.consent.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gms.server.FhirJson;
import org.gms.server.consent.ConsentKind;
import org.gms.server.consent.ConsentRecord;
import org.gms.server.consent.Consents;
import org.gms.server.consent.Decision;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.RecordEntry;
import org.gms.server.record.RecordSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The patient's consent decisions for their record, each as recorded; as FHIR, one Consent per
 * decision, active while it is the current one of its kind.
 */
@Component
class ConsentRecordSource implements RecordSource {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Consents consents;

  ConsentRecordSource(Consents consents) {
    this.consents = consents;
  }

  @Override
  public String section() {
    return "consents";
  }

  @Override
  public List<RecordEntry> entries(NhsNumber patient) {
    List<RecordEntry> entries = new ArrayList<>();
    for (ConsentRecord c : consents.history(patient)) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("kind", c.kind().name());
      details.put("decision", c.decision().name());
      details.put("source", c.source());
      details.put("by", c.recordedBy());
      if (c.note() != null && !c.note().isBlank()) {
        details.put("note", c.note());
      }
      entries.add(
          new RecordEntry(
              c.recordedAt(),
              "consent-" + c.decision().name().toLowerCase(java.util.Locale.ROOT),
              what(c.kind())
                  + ": "
                  + c.decision().name().toLowerCase(java.util.Locale.ROOT)
                  + " ("
                  + c.source()
                  + "), recorded by "
                  + c.recordedBy(),
              details,
              "/api/patients/" + patient + "/consents"));
    }
    return entries;
  }

  private static String what(ConsentKind kind) {
    return switch (kind) {
      case RESEARCH_PARTICIPATION -> "Research participation";
      case RECONTACT -> "Recontact";
    };
  }

  /**
   * Each decision as a FHIR R4 Consent: research participation in the research scope, recontact in
   * the privacy scope (the use of the patient's details to contact them); opt-in or opt-out as the
   * policy rule; the current decision of each kind active (or rejected, when declined), earlier
   * ones inactive.
   */
  @Override
  public List<String> fhir(NhsNumber patient) {
    List<ConsentRecord> history = consents.history(patient);
    Map<ConsentKind, Long> latest = new LinkedHashMap<>();
    for (ConsentRecord c : history) {
      latest.put(c.kind(), c.id());
    }
    List<String> resources = new ArrayList<>();
    for (ConsentRecord c : history) {
      boolean current = latest.get(c.kind()) == c.id();
      ObjectNode consent = JSON.createObjectNode();
      consent.put("resourceType", "Consent");
      consent.put("id", "consent-" + c.id());
      consent.put(
          "status",
          !current ? "inactive" : c.decision() == Decision.DECLINED ? "rejected" : "active");
      boolean research = c.kind() == ConsentKind.RESEARCH_PARTICIPATION;
      FhirJson.coded(
          consent.putObject("scope"),
          "http://terminology.hl7.org/CodeSystem/consentscope",
          research ? "research" : "patient-privacy",
          research ? "Research" : "Privacy Consent");
      ObjectNode category = consent.putArray("category").addObject();
      FhirJson.coded(category, FhirJson.LOINC, "59284-0", "Patient Consent");
      category.put("text", what(c.kind()));
      consent.putObject("patient").put("reference", "Patient/" + patient.value());
      consent.put("dateTime", c.recordedAt().toString());
      boolean allows = c.decision().allows();
      FhirJson.coded(
          consent.putObject("policyRule"),
          "http://terminology.hl7.org/CodeSystem/v3-ActCode",
          allows ? "OPTIN" : "OPTOUT",
          allows ? "opt-in" : "opt-out");
      ObjectNode provision = consent.putObject("provision");
      provision.put("type", allows ? "permit" : "deny");
      if (research) {
        provision
            .putArray("purpose")
            .addObject()
            .put("system", "http://terminology.hl7.org/CodeSystem/v3-ActReason")
            .put("code", "HRESCH")
            .put("display", "healthcare research");
      }
      resources.add(JSON.writeValueAsString(consent));
    }
    return resources;
  }
}
