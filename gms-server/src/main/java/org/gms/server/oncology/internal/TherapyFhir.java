package org.gms.server.oncology.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gms.server.FhirJson;
import org.gms.server.GmsException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Targeted therapies as FHIR R4 MedicationStatements: read from a statement a clinical system sends
 * (the medication, when it started, the patient and the reported finding it treats), and written
 * into the case's FHIR output beside the report's variant Observations they refer to.
 */
final class TherapyFhir {

  /** The identifier system of a finding of a cancer case (its key, as on the tumour board). */
  static final String FINDING = "urn:gms:cancer-finding";

  static final String NHS = "https://fhir.nhs.uk/Id/nhs-number";
  static final String THERAPY = "urn:gms:targeted-therapy";
  private static final Set<String> STARTED = Set.of("active", "completed", "stopped", "on-hold");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private TherapyFhir() {}

  /**
   * What a MedicationStatement says.
   *
   * @param nhsNumber the subject's NHS number
   * @param findingKey the finding named by identifier, or null
   * @param findingReferences the references given (urn:uuid fullUrls of variant Observations)
   */
  record Statement(
      String status,
      String therapy,
      String medicationSystem,
      String medicationCode,
      LocalDate startedOn,
      String nhsNumber,
      String findingKey,
      List<String> findingReferences) {}

  /** Reads a MedicationStatement; each refusal names the element and what to send. */
  static Statement read(String json) {
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (JacksonException e) {
      throw GmsException.atField(
          "MedicationStatement", "The body is not JSON: send a FHIR R4 MedicationStatement.");
    }
    if (!"MedicationStatement".equals(text(node, "resourceType"))) {
      throw GmsException.atField(
          "resourceType",
          "resourceType is '"
              + text(node, "resourceType")
              + "': send a FHIR R4 MedicationStatement.");
    }
    String status = text(node, "status");
    if (!STARTED.contains(status)) {
      throw GmsException.atField(
          "status",
          "status '"
              + status
              + "' does not say the therapy was started: use active, completed, stopped or"
              + " on-hold.");
    }
    if (node.has("medicationReference")) {
      throw GmsException.atField(
          "medicationReference",
          "Give the medication as medicationCodeableConcept (text and/or coding), not a"
              + " reference.");
    }
    JsonNode medication = node.path("medicationCodeableConcept");
    JsonNode coding = medication.path("coding").path(0);
    String therapy = text(medication, "text");
    if (therapy.isEmpty()) {
      therapy = text(coding, "display").isEmpty() ? text(coding, "code") : text(coding, "display");
    }
    if (therapy.isEmpty() || therapy.length() > 200) {
      throw GmsException.atField(
          "medicationCodeableConcept",
          "Name the therapy in medicationCodeableConcept.text or a coding's display (1 to 200"
              + " characters), e.g. entrectinib.");
    }
    String startText =
        node.has("effectiveDateTime")
            ? text(node, "effectiveDateTime")
            : text(node.path("effectivePeriod"), "start");
    LocalDate started = null;
    if (!startText.isEmpty()) {
      try {
        started =
            LocalDate.parse(startText.length() >= 10 ? startText.substring(0, 10) : startText);
      } catch (DateTimeParseException e) {
        throw GmsException.atField(
            "effectiveDateTime",
            "effectiveDateTime '" + startText + "' is not a date: write it as 2026-06-20.");
      }
    }
    JsonNode subject = node.path("subject").path("identifier");
    if (!NHS.equals(text(subject, "system")) || text(subject, "value").isEmpty()) {
      throw GmsException.atField(
          "subject",
          "Identify the patient by subject.identifier with system " + NHS + " and the NHS number.");
    }
    String key = null;
    List<String> references = new java.util.ArrayList<>();
    for (JsonNode reason : node.path("reasonReference")) {
      if (FINDING.equals(text(reason.path("identifier"), "system"))) {
        key = text(reason.path("identifier"), "value");
      } else if (!text(reason, "reference").isEmpty()) {
        references.add(text(reason, "reference"));
      }
    }
    if ((key == null || key.isEmpty()) && references.isEmpty()) {
      throw GmsException.atField(
          "reasonReference",
          "Say which reported finding the therapy is for: reasonReference with identifier system "
              + FINDING
              + " and the finding's key (as on the tumour board), or the fullUrl of its variant"
              + " Observation in the case's report bundle.");
    }
    return new Statement(
        status,
        therapy,
        text(coding, "system").isEmpty() ? null : text(coding, "system"),
        text(coding, "code").isEmpty() ? null : text(coding, "code"),
        started,
        text(subject, "value").replace(" ", ""),
        key == null || key.isEmpty() ? null : key,
        List.copyOf(references));
  }

  /** The finding keys of the variant Observations of a report bundle, by their fullUrl. */
  static Map<String, String> findingsByFullUrl(String bundle) {
    Map<String, String> keys = new HashMap<>();
    for (JsonNode entry : JSON.readTree(bundle).path("entry")) {
      for (JsonNode id : entry.path("resource").path("identifier")) {
        if (FINDING.equals(text(id, "system"))) {
          keys.put(text(entry, "fullUrl"), text(id, "value"));
        }
      }
    }
    return keys;
  }

  /**
   * A therapy as a MedicationStatement.
   *
   * @param subject the Patient reference (a fullUrl), or null to identify the patient by NHS number
   * @param finding the variant Observation's fullUrl, or null to name the finding by identifier
   */
  static ObjectNode statement(
      TargetedTherapies.Started t, String nhsNumber, String subject, String finding) {
    ObjectNode node = JSON.createObjectNode();
    node.put("resourceType", "MedicationStatement");
    node.putArray("identifier")
        .addObject()
        .put("system", THERAPY)
        .put("value", Long.toString(t.id()));
    node.put("status", t.status());
    ObjectNode medication = node.putObject("medicationCodeableConcept");
    if (t.medicationCode() != null) {
      ObjectNode coding = medication.putArray("coding").addObject();
      if (t.medicationSystem() != null) {
        coding.put("system", t.medicationSystem());
      }
      coding.put("code", t.medicationCode()).put("display", t.therapy());
    }
    medication.put("text", t.therapy());
    if (subject != null) {
      node.putObject("subject").put("reference", subject);
    } else {
      node.putObject("subject").putObject("identifier").put("system", NHS).put("value", nhsNumber);
    }
    node.put("effectiveDateTime", t.startedOn().toString());
    node.put("dateAsserted", t.recordedAt().toString());
    node.putObject("informationSource").put("display", t.recordedBy());
    ObjectNode reason = node.putArray("reasonReference").addObject();
    if (finding != null) {
      reason.put("reference", finding);
    } else {
      reason.putObject("identifier").put("system", FINDING).put("value", t.findingKey());
    }
    reason.put("display", t.findingKey());
    return node;
  }

  /**
   * The report bundle with the case's therapies added as MedicationStatements referring to its
   * Patient and to the variant Observation of each therapy's finding (by identifier when the report
   * has none for it).
   */
  static String withTherapies(String bundle, List<TargetedTherapies.Started> therapies) {
    if (therapies.isEmpty()) {
      return bundle;
    }
    ObjectNode root = (ObjectNode) JSON.readTree(bundle);
    ArrayNode entries = (ArrayNode) root.path("entry");
    String patient = null;
    String nhs = null;
    for (JsonNode entry : entries) {
      if ("Patient".equals(text(entry.path("resource"), "resourceType"))) {
        patient = text(entry, "fullUrl");
        nhs = text(entry.path("resource").path("identifier").path(0), "value");
      }
    }
    Map<String, String> byKey = new HashMap<>();
    findingsByFullUrl(bundle).forEach((url, key) -> byKey.put(key, url));
    for (TargetedTherapies.Started t : therapies) {
      ObjectNode entry = entries.addObject();
      entry.put("fullUrl", FhirJson.uuid("targeted-therapy-" + t.id()));
      entry.set("resource", statement(t, nhs, patient, byKey.get(t.findingKey())));
    }
    return JSON.writeValueAsString(root);
  }

  /** The case's therapies as a collection Bundle of MedicationStatements. */
  static String bundle(List<TargetedTherapies.Started> therapies, String nhsNumber) {
    ObjectNode root = FhirJson.collection(null);
    ArrayNode entries = root.putArray("entry");
    for (TargetedTherapies.Started t : therapies) {
      ObjectNode entry = entries.addObject();
      entry.put("fullUrl", FhirJson.uuid("targeted-therapy-" + t.id()));
      entry.set("resource", statement(t, nhsNumber, null, null));
    }
    return JSON.writeValueAsString(root);
  }

  /**
   * A refusal of a MedicationStatement as a FHIR OperationOutcome: the issue's code from the kind
   * of failure, its {@code diagnostics} the message, and its {@code expression} the element at
   * fault ({@code MedicationStatement.status}) when the refusal names one.
   */
  static ObjectNode outcome(GmsException e) {
    String field = e.field() == null || e.field().isBlank() ? null : e.field();
    return FhirJson.operationOutcome(
        FhirJson.issueCode(e.kind()),
        e.getMessage(),
        field == null || field.equals("MedicationStatement")
            ? field
            : "MedicationStatement." + field);
  }

  static String json(ObjectNode node) {
    return JSON.writeValueAsString(node);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isValueNode() ? value.asString().strip() : "";
  }
}
