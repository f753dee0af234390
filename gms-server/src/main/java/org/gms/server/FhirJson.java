package org.gms.server;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The pieces of FHIR R4 JSON that the features' genomic reports share (HL7 Genomics Reporting IG):
 * a laboratory genetics {@code Observation} with its profile, LOINC-coded components, codings,
 * stable {@code urn:uuid} references, the Patient and Bundle entries. Each report builds its own
 * resources from these; the record's FHIR (consents, service requests, related persons) uses its
 * codings too. It lives here, outside the features, because features may only use each other's
 * APIs.
 */
public final class FhirJson {

  /** LOINC's system URI. */
  public static final String LOINC = "http://loinc.org";

  /** The identifier system of NHS numbers. */
  public static final String NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private FhirJson() {}

  /**
   * A final Observation of the laboratory and genetics (v2-0074 GE) categories for the patient.
   *
   * @param profile the canonical URL of the profile it claims
   */
  public static ObjectNode observation(String profile, String patientRef) {
    ObjectNode node = JSON.createObjectNode();
    node.put("resourceType", "Observation");
    node.putObject("meta").putArray("profile").add(profile);
    node.put("status", "final");
    ArrayNode categories = node.putArray("category");
    category(
        categories, "http://terminology.hl7.org/CodeSystem/observation-category", "laboratory");
    category(categories, "http://terminology.hl7.org/CodeSystem/v2-0074", "GE");
    node.putObject("subject").put("reference", patientRef);
    return node;
  }

  /**
   * The Patient a report is about: their NHS number, name, date of birth and administrative gender.
   *
   * @param gender the FHIR administrative-gender code ({@code female}, {@code male}, {@code other}
   *     or {@code unknown})
   */
  public static ObjectNode patient(
      String nhsNumber, String name, LocalDate birthDate, String gender) {
    ObjectNode node = JSON.createObjectNode();
    node.put("resourceType", "Patient");
    node.putArray("identifier").addObject().put("system", NHS_NUMBER).put("value", nhsNumber);
    node.putArray("name").addObject().put("text", name);
    node.put("birthDate", birthDate.toString());
    node.put("gender", gender);
    return node;
  }

  /**
   * Adds the bundle entry of a patient ({@link #patient}) identified by a UUID made from the NHS
   * number, and returns its reference.
   */
  public static String patientEntry(
      ArrayNode entries, String nhsNumber, String name, LocalDate birthDate, String gender) {
    String reference = uuid("patient-" + nhsNumber);
    entries.add(entry(reference, patient(nhsNumber, name, birthDate, gender)));
    return reference;
  }

  /**
   * A FHIR OperationOutcome with one error issue.
   *
   * @param code the issue type ({@link #issueCode} for a refusal)
   * @param expression the FHIRPath of the element at fault, or null
   */
  public static ObjectNode operationOutcome(String code, String diagnostics, String expression) {
    ObjectNode outcome = JSON.createObjectNode();
    outcome.put("resourceType", "OperationOutcome");
    ObjectNode issue = outcome.putArray("issue").addObject();
    issue.put("severity", "error");
    issue.put("code", code);
    issue.put("diagnostics", diagnostics);
    if (expression != null) {
      issue.putArray("expression").add(expression);
    }
    return outcome;
  }

  /** The OperationOutcome issue type of a refusal of this kind. */
  public static String issueCode(GmsException.Kind kind) {
    return switch (kind) {
      case INVALID_INPUT -> "invalid";
      case NOT_FOUND -> "not-found";
      case CONFLICT -> "conflict";
      case UNAUTHENTICATED -> "login";
      case FORBIDDEN -> "forbidden";
      case PAYLOAD_TOO_LARGE -> "too-long";
      case TOO_MANY_REQUESTS -> "throttled";
    };
  }

  /** Adds a category with one coding (system and code, no display). */
  public static void category(ArrayNode categories, String system, String code) {
    categories.addObject().putArray("coding").addObject().put("system", system).put("code", code);
  }

  /** A new component coded with a LOINC code. */
  public static ObjectNode component(ArrayNode components, String loinc, String display) {
    ObjectNode component = components.addObject();
    coded(component.putObject("code"), LOINC, loinc, display);
    return component;
  }

  /** Makes the concept a CodeableConcept with one coding. */
  public static void coded(ObjectNode concept, String system, String code, String display) {
    concept
        .putArray("coding")
        .addObject()
        .put("system", system)
        .put("code", code)
        .put("display", display);
  }

  /**
   * A stable urn:uuid for an entry (name-based, so issuing the same report again gives the same).
   */
  public static String uuid(String name) {
    return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A collection Bundle with no entries yet.
   *
   * @param issued its timestamp, or null for a bundle that has none
   */
  public static ObjectNode collection(Instant issued) {
    ObjectNode bundle = JSON.createObjectNode();
    bundle.put("resourceType", "Bundle");
    bundle.put("type", "collection");
    if (issued != null) {
      bundle.put("timestamp", issued.toString());
    }
    return bundle;
  }

  /** A Bundle entry. */
  public static ObjectNode entry(String fullUrl, ObjectNode resource) {
    ObjectNode entry = JSON.createObjectNode();
    entry.put("fullUrl", fullUrl);
    entry.set("resource", resource);
    return entry;
  }
}
