package org.gms.server.decisionsupport.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gms.server.FhirJson;
import org.gms.server.GmsException;
import org.gms.server.record.NhsNumber;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a CDS Hooks call asks about: the patient and the draft medication orders to check.
 *
 * @param hookInstance the client's id of this call
 * @param patient the patient's NHS number, when the call identifies one (see {@link #read})
 * @param orders the draft MedicationRequests to check: for order-select those selected, for
 *     order-sign all
 */
record HookRequest(String hookInstance, Optional<NhsNumber> patient, List<DraftOrder> orders) {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  HookRequest {
    orders = List.copyOf(orders);
  }

  /**
   * A draft medication order.
   *
   * @param reference {@code MedicationRequest/<id>}
   * @param codings the medication's codings and text
   */
  record DraftOrder(String reference, List<MedicationCoding> codings) {
    DraftOrder {
      codings = List.copyOf(codings);
    }
  }

  /** A coding of the medication (system and code may be null), or its text alone. */
  record MedicationCoding(String system, String code, String display) {}

  /**
   * Reads and checks a hook call. The patient is {@code context.patientId} when that is a valid NHS
   * number, else the NHS number identifier of the {@code patient} prefetch (system {@value
   * FhirJson#NHS_NUMBER}); otherwise the patient is unknown to the service.
   *
   * @throws GmsException INVALID_INPUT when the request is not a CDS Hooks call for the hook
   */
  static HookRequest read(String body, String hook) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JacksonException e) {
      throw new GmsException(
          "The request body is not JSON ("
              + e.getOriginalMessage()
              + "); send a CDS Hooks request.");
    }
    if (root == null || !root.isObject()) {
      throw new GmsException("The request body must be a JSON object (a CDS Hooks request).");
    }
    String calledHook = text(root, "hook");
    if (!hook.equals(calledHook)) {
      throw new GmsException(
          "This service answers the '"
              + hook
              + "' hook; the request says hook '"
              + calledHook
              + "'.");
    }
    String instance = required(root, "hookInstance");
    JsonNode context = root.path("context");
    if (!context.isObject()) {
      throw new GmsException("The request has no 'context' object.");
    }
    String patientId = required(context, "patientId");
    JsonNode draftOrders = context.path("draftOrders");
    if (!draftOrders.isObject() || !"Bundle".equals(text(draftOrders, "resourceType"))) {
      throw new GmsException("context.draftOrders must be a FHIR Bundle of the draft orders.");
    }
    Set<String> selections = null;
    if (hook.equals("order-select")) {
      JsonNode selected = context.path("selections");
      if (!selected.isArray()) {
        throw new GmsException(
            "context.selections is required for order-select: the ids of the orders just"
                + " selected, e.g. [\"MedicationRequest/123\"].");
      }
      selections = new LinkedHashSet<>();
      for (JsonNode s : selected) {
        selections.add(s.asString());
      }
    }
    List<DraftOrder> orders = new ArrayList<>();
    for (JsonNode entry : draftOrders.path("entry")) {
      JsonNode resource = entry.path("resource");
      if (!"MedicationRequest".equals(text(resource, "resourceType"))) {
        continue;
      }
      String reference =
          "MedicationRequest/" + Optional.ofNullable(text(resource, "id")).orElse("");
      if (selections == null || selections.contains(reference)) {
        orders.add(new DraftOrder(reference, codings(resource)));
      }
    }
    return new HookRequest(
        instance, patient(patientId, root.path("prefetch").path("patient")), orders);
  }

  private static Optional<NhsNumber> patient(String patientId, JsonNode prefetched) {
    Optional<NhsNumber> fromId = nhsNumber(patientId);
    if (fromId.isPresent()) {
      return fromId;
    }
    for (JsonNode identifier : prefetched.path("identifier")) {
      if (FhirJson.NHS_NUMBER.equals(text(identifier, "system"))) {
        return nhsNumber(text(identifier, "value"));
      }
    }
    return Optional.empty();
  }

  /** An NHS number, or empty when the text is not one (e.g. the EHR's own patient id). */
  private static Optional<NhsNumber> nhsNumber(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(new NhsNumber(text));
    } catch (GmsException notAnNhsNumber) {
      return Optional.empty();
    }
  }

  /** The medication's codings: medicationCodeableConcept, or a contained Medication's code. */
  private static List<MedicationCoding> codings(JsonNode request) {
    JsonNode concept = request.path("medicationCodeableConcept");
    String reference = request.path("medicationReference").path("reference").asString("");
    if (concept.isMissingNode() && reference.startsWith("#")) {
      for (JsonNode contained : request.path("contained")) {
        if (reference.substring(1).equals(text(contained, "id"))) {
          concept = contained.path("code");
        }
      }
    }
    List<MedicationCoding> codings = new ArrayList<>();
    for (JsonNode coding : concept.path("coding")) {
      codings.add(
          new MedicationCoding(
              text(coding, "system"), text(coding, "code"), text(coding, "display")));
    }
    String text = text(concept, "text");
    if (text != null) {
      codings.add(new MedicationCoding(null, null, text));
    }
    return codings;
  }

  private static String required(JsonNode node, String field) {
    String value = text(node, field);
    if (value == null || value.isBlank()) {
      throw new GmsException("The request has no '" + field + "'; CDS Hooks requires it.");
    }
    return value;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isString() ? value.asString() : null;
  }
}
