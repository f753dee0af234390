package org.gms.server.record.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gms.server.FhirJson;
import org.gms.server.record.Patient;
import org.gms.server.record.Relative;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A patient's whole record as one FHIR R4 collection Bundle: the Patient, each relative as a
 * RelatedPerson, then what the sources give (resources, or Bundles whose entries are taken). Every
 * entry gets a name-based urn:uuid fullUrl (the same content gives the same bundle) and no id;
 * references between them ({@code Type/id} or the part's own fullUrl) are rewritten to the new
 * fullUrls, and Patient resources in the parts are dropped with every reference to a Patient
 * pointed at the record's own.
 */
final class RecordFhirBundle {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String ROLE_CODE = "http://terminology.hl7.org/CodeSystem/v3-RoleCode";

  /** What one source gave: JSON of a resource or a Bundle. */
  record Part(String section, String json) {}

  /** A relative and, when registered, their patient details. */
  record Relation(Relative relative, Patient person) {}

  private RecordFhirBundle() {}

  static String of(Patient patient, List<Relation> relatives, List<Part> parts, Instant at) {
    ObjectNode bundle = JSON.createObjectNode();
    bundle.put("resourceType", "Bundle");
    bundle
        .putObject("identifier")
        .put("system", "urn:gms:patient-record")
        .put("value", patient.nhsNumber().value() + "-" + at.toEpochMilli());
    bundle.put("type", "collection");
    bundle.put("timestamp", at.toString());
    ArrayNode entries = bundle.putArray("entry");
    String patientUrl = FhirJson.uuid("patient-" + patient.nhsNumber().value());
    add(entries, patientUrl, patientResource(patient));
    for (Relation relation : relatives) {
      add(
          entries,
          FhirJson.uuid(
              "related-" + patient.nhsNumber().value() + "-" + relation.relative().nhsNumber()),
          relatedPerson(relation, patientUrl));
    }
    Map<String, ObjectNode> taken = new LinkedHashMap<>();
    int n = 0;
    for (Part part : parts) {
      take(JSON.readTree(part.json()), part.section() + "-" + n++, patientUrl, taken);
    }
    taken.forEach((url, resource) -> add(entries, url, resource));
    return JSON.writeValueAsString(bundle);
  }

  /** Adds the part's resources under new fullUrls, with their references rewritten. */
  private static void take(
      JsonNode part, String partKey, String patientUrl, Map<String, ObjectNode> taken) {
    Map<String, String> renamed = new HashMap<>();
    Map<String, ObjectNode> resources = new LinkedHashMap<>();
    List<JsonNode> items =
        "Bundle".equals(part.path("resourceType").asString(""))
            ? part.path("entry").valueStream().toList()
            : List.of(JSON.createObjectNode().set("resource", part));
    int i = 0;
    for (JsonNode item : items) {
      if (!(item.path("resource") instanceof ObjectNode original)) {
        continue;
      }
      ObjectNode resource = original.deepCopy();
      String type = resource.path("resourceType").asString("");
      String fullUrl = item.path("fullUrl").asString("");
      String id = resource.path("id").asString("");
      String url =
          type.equals("Patient")
              ? patientUrl
              : FhirJson.uuid(
                  partKey
                      + "|"
                      + (fullUrl.isEmpty() ? type + "/" + (id.isEmpty() ? "#" + i : id) : fullUrl));
      i++;
      if (!fullUrl.isEmpty()) {
        renamed.put(fullUrl, url);
      }
      if (!id.isEmpty()) {
        renamed.put(type + "/" + id, url);
      }
      if (!type.equals("Patient")) {
        resource.remove("id");
        resources.put(url, resource);
      }
    }
    resources.forEach(
        (url, resource) -> {
          rewrite(resource, renamed, patientUrl);
          taken.putIfAbsent(url, resource);
        });
  }

  private static void rewrite(JsonNode node, Map<String, String> renamed, String patientUrl) {
    if (node instanceof ObjectNode object) {
      JsonNode reference = object.get("reference");
      if (reference != null && reference.isString()) {
        String target = reference.asString();
        String replacement = renamed.get(target);
        if (replacement == null && target.startsWith("Patient/")) {
          replacement = patientUrl;
        }
        if (replacement != null) {
          object.put("reference", replacement);
        }
      }
      // a subject given by NHS number only is the record's patient
      if (object.get("subject") instanceof ObjectNode subject
          && !subject.has("reference")
          && subject.path("identifier").path("system").asString("").equals(FhirJson.NHS_NUMBER)) {
        subject.removeAll();
        subject.put("reference", patientUrl);
      }
      object.properties().forEach(field -> rewrite(field.getValue(), renamed, patientUrl));
    } else if (node instanceof ArrayNode array) {
      array.forEach(element -> rewrite(element, renamed, patientUrl));
    }
  }

  private static ObjectNode patientResource(Patient patient) {
    return FhirJson.patient(
        patient.nhsNumber().value(),
        patient.name(),
        patient.dateOfBirth(),
        patient.sex().fhirCode());
  }

  private static ObjectNode relatedPerson(Relation relation, String patientUrl) {
    Relative relative = relation.relative();
    ObjectNode r = JSON.createObjectNode();
    r.put("resourceType", "RelatedPerson");
    r.putArray("identifier")
        .addObject()
        .put("system", FhirJson.NHS_NUMBER)
        .put("value", relative.nhsNumber().value());
    r.putObject("patient").put("reference", patientUrl);
    String[] role =
        switch (relative.relationship()) {
          case MOTHER -> new String[] {"MTH", "mother"};
          case FATHER -> new String[] {"FTH", "father"};
          case SIBLING -> new String[] {"SIB", "sibling"};
          case CHILD -> new String[] {"CHILD", "child"};
          case OTHER -> new String[] {"FAMMEMB", "family member"};
        };
    ObjectNode relationship = r.putArray("relationship").addObject();
    FhirJson.coded(relationship, ROLE_CODE, role[0], role[1]);
    r.putArray("name").addObject().put("text", relative.name());
    if (relation.person() != null) {
      r.put("gender", relation.person().sex().fhirCode());
      r.put("birthDate", relation.person().dateOfBirth().toString());
    }
    return r;
  }

  private static void add(ArrayNode entries, String fullUrl, ObjectNode resource) {
    ObjectNode entry = entries.addObject();
    entry.put("fullUrl", fullUrl);
    entry.set("resource", resource);
  }
}
