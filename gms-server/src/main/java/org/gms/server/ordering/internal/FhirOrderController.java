package org.gms.server.ordering.internal;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gms.genomics.GenomicsException;
import org.gms.server.FhirJson;
import org.gms.server.GmsException;
import org.gms.server.ordering.FamilyMember;
import org.gms.server.ordering.NewOrder;
import org.gms.server.ordering.TestOrder;
import org.gms.server.ordering.TestOrders;
import org.gms.server.ordering.Urgency;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.Patient;
import org.gms.server.record.Patients;
import org.gms.server.record.Relationship;
import org.gms.server.record.Sex;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Orders as FHIR R4: a {@code ServiceRequest}, or a transaction {@code Bundle} with the {@code
 * Patient}s it needs (registered when new) and the {@code ServiceRequest}. Mapped to the same
 * order, through the same rules, as the JSON API; errors are {@code OperationOutcome}s.
 */
@RestController
@RequestMapping("/fhir")
class FhirOrderController {

  static final String FHIR_JSON = "application/fhir+json";
  static final String RESEARCH = "urn:gms:extension:research-participation";
  static final String RECONTACT = "urn:gms:extension:recontact";
  static final String FAMILY_MEMBER = "urn:gms:extension:family-member";
  static final String ORDER_ANYWAY = "urn:gms:extension:order-anyway-reason";
  static final String ELIGIBILITY_MET = "urn:gms:extension:eligibility-met";
  static final String ELIGIBILITY_NOTE = "urn:gms:extension:eligibility-note";

  private static final Pattern TEST_CODE = Pattern.compile("R[0-9]+\\.[0-9]+");
  private static final Pattern INDICATION = Pattern.compile("R[0-9]+");
  private static final Pattern HPO = Pattern.compile("HP:[0-9]{7}");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final TestOrders orders;
  private final Patients patients;
  private final TransactionTemplate transactions;

  FhirOrderController(TestOrders orders, Patients patients, TransactionTemplate transactions) {
    this.orders = orders;
    this.patients = patients;
    this.transactions = transactions;
  }

  @PostMapping(
      value = "/ServiceRequest",
      consumes = {FHIR_JSON, "application/json"},
      produces = {FHIR_JSON, "application/json"})
  ResponseEntity<ObjectNode> serviceRequest(@RequestBody String body) {
    JsonNode request = parse(body, "ServiceRequest");
    TestOrders.Submission submission = orders.submit(toOrder(request, "ServiceRequest"));
    return ResponseEntity.status(submission.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .location(URI.create("/fhir/ServiceRequest/" + submission.order().id()))
        .body(asServiceRequest(submission.order()));
  }

  /**
   * A transaction: Patients first (registered when new), then each ServiceRequest; all or nothing
   * (any entry refused leaves nothing stored).
   */
  @PostMapping(
      consumes = {FHIR_JSON, "application/json"},
      produces = {FHIR_JSON, "application/json"})
  ResponseEntity<ObjectNode> transaction(@RequestBody String body) {
    JsonNode bundle = parse(body, "Bundle");
    return ResponseEntity.ok(transactions.execute(status -> process(bundle)));
  }

  private ObjectNode process(JsonNode bundle) {
    if (!"transaction".equals(bundle.path("type").asString(""))) {
      throw new GmsException("Bundle.type must be 'transaction'.");
    }
    List<JsonNode> requests = new ArrayList<>();
    ObjectNode response = JSON.createObjectNode();
    response.put("resourceType", "Bundle");
    response.put("type", "transaction-response");
    var entries = response.putArray("entry");
    int index = 0;
    for (JsonNode entry : bundle.path("entry")) {
      JsonNode resource = entry.path("resource");
      String where = "Bundle.entry[" + index++ + "].resource";
      switch (resource.path("resourceType").asString("")) {
        case "Patient" ->
            entries.addObject().putObject("response").put("status", register(resource, where));
        case "ServiceRequest" -> requests.add(resource);
        case "Specimen" ->
            entries.addObject().putObject("response").put("status", "200 OK (recorded on receipt)");
        default ->
            throw new GmsException(
                where
                    + ": resourceType '"
                    + resource.path("resourceType").asString("")
                    + "' is not taken here; send Patient, ServiceRequest and Specimen.");
      }
    }
    if (requests.isEmpty()) {
      throw new GmsException("The Bundle holds no ServiceRequest.");
    }
    for (JsonNode request : requests) {
      TestOrders.Submission submission = orders.submit(toOrder(request, "ServiceRequest"));
      ObjectNode result = entries.addObject();
      result.set("resource", asServiceRequest(submission.order()));
      result
          .putObject("response")
          .put("status", submission.created() ? "201 Created" : "200 OK")
          .put("location", "ServiceRequest/" + submission.order().id());
    }
    return response;
  }

  @ExceptionHandler(GmsException.class)
  ResponseEntity<ObjectNode> gms(GmsException e) {
    return outcome(
        HttpStatus.valueOf(e.kind().httpStatus()), FhirJson.issueCode(e.kind()), e.getMessage());
  }

  @ExceptionHandler(GenomicsException.class)
  ResponseEntity<ObjectNode> genomics(GenomicsException e) {
    return outcome(HttpStatus.BAD_REQUEST, "invalid", e.getMessage());
  }

  private static ResponseEntity<ObjectNode> outcome(HttpStatus status, String code, String text) {
    return ResponseEntity.status(status)
        .contentType(org.springframework.http.MediaType.parseMediaType(FHIR_JSON))
        .body(FhirJson.operationOutcome(code, text, null));
  }

  private static JsonNode parse(String body, String expected) {
    JsonNode node;
    try {
      node = JSON.readTree(body);
    } catch (JacksonException e) {
      throw new GmsException("The body is not JSON: " + e.getOriginalMessage());
    }
    String type = node.path("resourceType").asString("");
    if (!expected.equals(type)) {
      throw new GmsException(
          "resourceType must be " + expected + (type.isEmpty() ? "" : "; got " + type) + ".");
    }
    return node;
  }

  /**
   * Registers the patient unless their NHS number is known with the same birth date. The answer is
   * the same for both ("200 OK"), and a known number with another birth date is refused in the
   * words of any other mismatch, so that a Bundle cannot be used to learn which NHS numbers are
   * registered.
   */
  private String register(JsonNode patient, String where) {
    NhsNumber nhs =
        nhsNumber(patient.path("identifier"))
            .orElseThrow(
                () ->
                    new GmsException(
                        where
                            + ".identifier: an NHS number ("
                            + FhirJson.NHS_NUMBER
                            + ") is required."));
    JsonNode name = patient.path("name").path(0);
    String text =
        name.path("text")
            .asString((join(name.path("given")) + " " + name.path("family").asString("")).strip());
    LocalDate born;
    try {
      born = LocalDate.parse(patient.path("birthDate").asString(""));
    } catch (DateTimeParseException e) {
      throw new GmsException(where + ".birthDate is required as yyyy-mm-dd.");
    }
    Optional<Patient> known = patients.find(nhs);
    if (known.isPresent()) {
      if (!known.get().dateOfBirth().equals(born)) {
        throw new GmsException(
            where
                + ": the NHS number and birth date cannot be used together; check both against"
                + " the patient's NHS record.");
      }
      return "200 OK";
    }
    patients.register(
        new Patient(nhs, text, born, Sex.parse(patient.path("gender").asString("unknown"))));
    return "200 OK";
  }

  private static String join(JsonNode values) {
    List<String> parts = new ArrayList<>();
    values.forEach(v -> parts.add(v.asString()));
    return String.join(" ", parts);
  }

  private static NewOrder toOrder(JsonNode request, String where) {
    String key = request.path("identifier").path(0).path("value").asString(null);
    if (key == null) {
      throw new GmsException(
          where + ".identifier[0].value is required: the placer's request number.");
    }
    NhsNumber patient =
        nhsNumber(request.path("subject").path("identifier"))
            .orElseThrow(
                () ->
                    new GmsException(
                        where
                            + ".subject.identifier: the patient's NHS number ("
                            + FhirJson.NHS_NUMBER
                            + ") is required."));
    String test =
        codes(request.path("code")).stream()
            .filter(c -> TEST_CODE.matcher(c).matches())
            .findFirst()
            .orElseThrow(
                () ->
                    new GmsException(
                        where + ".code: a test directory test code such as R29.4 is required."));
    String indication =
        reasonCodes(request, INDICATION).findFirst().orElse(test.substring(0, test.indexOf('.')));
    List<String> hpo = reasonCodes(request, HPO).toList();
    String laboratory =
        request
            .path("performer")
            .path(0)
            .path("display")
            .asString(
                request.path("performer").path(0).path("identifier").path("value").asString(null));
    if (laboratory == null) {
      throw new GmsException(where + ".performer[0].display: the laboratory to test is required.");
    }
    String priority = request.path("priority").asString("routine").toLowerCase(Locale.ROOT);
    return new NewOrder(
        key,
        patient,
        indication,
        test,
        laboratory,
        priority.equals("routine") ? Urgency.ROUTINE : Urgency.URGENT,
        hpo,
        family(request, where),
        choice(request, RESEARCH, where),
        choice(request, RECONTACT, where),
        text(request, ORDER_ANYWAY),
        answer(request, ELIGIBILITY_MET),
        text(request, ELIGIBILITY_NOTE));
  }

  /**
   * An extension's valueString, or null: why a test the patient has an open order for is ordered
   * again ({@value #ORDER_ANYWAY}), why a patient outside the criteria is tested ({@value
   * #ELIGIBILITY_NOTE}).
   */
  private static String text(JsonNode request, String url) {
    for (JsonNode extension : request.path("extension")) {
      if (url.equals(extension.path("url").asString(""))) {
        return extension.path("valueString").asString(null);
      }
    }
    return null;
  }

  /** An extension's valueBoolean, or null when absent (the eligibility answer, not asked). */
  private static Boolean answer(JsonNode request, String url) {
    for (JsonNode extension : request.path("extension")) {
      if (url.equals(extension.path("url").asString(""))
          && extension.path("valueBoolean").isBoolean()) {
        return extension.path("valueBoolean").asBoolean();
      }
    }
    return null;
  }

  /**
   * Relatives to test, each an extension {@value #FAMILY_MEMBER} with sub-extensions {@code
   * nhsNumber} (valueString), {@code relationship} (valueCode: mother, father, sibling, child,
   * other) and optionally {@code affected} (valueBoolean).
   */
  private static List<FamilyMember> family(JsonNode request, String where) {
    List<FamilyMember> family = new ArrayList<>();
    int index = 0;
    for (JsonNode extension : request.path("extension")) {
      if (!FAMILY_MEMBER.equals(extension.path("url").asString(""))) {
        continue;
      }
      String at = where + ".extension(" + FAMILY_MEMBER + ")[" + index++ + "]";
      String nhs = null;
      String relationship = null;
      boolean affected = false;
      for (JsonNode part : extension.path("extension")) {
        switch (part.path("url").asString("")) {
          case "nhsNumber" -> nhs = part.path("valueString").asString(null);
          case "relationship" -> relationship = part.path("valueCode").asString(null);
          case "affected" -> affected = part.path("valueBoolean").asBoolean(false);
          default -> {}
        }
      }
      if (nhs == null || relationship == null) {
        throw new GmsException(
            at + ": nhsNumber (valueString) and relationship (valueCode) are required.");
      }
      Relationship kind;
      try {
        kind = Relationship.valueOf(relationship.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new GmsException(
            at
                + ": relationship '"
                + relationship
                + "' is not mother, father, sibling, child or other.");
      }
      family.add(new FamilyMember(new NhsNumber(nhs), kind, affected));
    }
    return family;
  }

  private static boolean choice(JsonNode request, String url, String where) {
    for (JsonNode extension : request.path("extension")) {
      if (url.equals(extension.path("url").asString(""))
          && extension.path("valueBoolean").isBoolean()) {
        return extension.path("valueBoolean").asBoolean();
      }
    }
    throw new GmsException(
        where
            + ".extension: the patient's recorded choice '"
            + url
            + "' (valueBoolean) is required.");
  }

  /**
   * The codes of the request's reasons (indication, HPO terms) that match the pattern, in order.
   */
  private static Stream<String> reasonCodes(JsonNode request, Pattern pattern) {
    return request
        .path("reasonCode")
        .valueStream()
        .flatMap(r -> codes(r).stream())
        .filter(c -> pattern.matcher(c).matches());
  }

  private static List<String> codes(JsonNode concept) {
    List<String> codes = new ArrayList<>();
    concept.path("coding").forEach(c -> codes.add(c.path("code").asString("").strip()));
    return codes;
  }

  private static Optional<NhsNumber> nhsNumber(JsonNode identifiers) {
    List<JsonNode> list = new ArrayList<>();
    if (identifiers.isArray()) {
      identifiers.forEach(list::add);
    } else if (identifiers.isObject()) {
      list.add(identifiers);
    }
    return list.stream()
        .filter(i -> FhirJson.NHS_NUMBER.equals(i.path("system").asString("")))
        .map(i -> new NhsNumber(i.path("value").asString("")))
        .findFirst();
  }

  private static ObjectNode asServiceRequest(TestOrder order) {
    ObjectNode node = JSON.createObjectNode();
    node.put("resourceType", "ServiceRequest");
    node.put("id", Long.toString(order.id()));
    node.put("status", "active");
    node.put("intent", "order");
    node.putArray("identifier").addObject().put("value", order.requestKey());
    node.putObject("code").putArray("coding").addObject().put("code", order.test());
    node.putObject("subject")
        .putObject("identifier")
        .put("system", FhirJson.NHS_NUMBER)
        .put("value", order.patient().value());
    node.put("priority", order.urgency() == Urgency.URGENT ? "urgent" : "routine");
    node.put("authoredOn", order.requestedAt().toString());
    node.putArray("performer").addObject().put("display", order.laboratory());
    node.putArray("note")
        .addObject()
        .put("text", "State " + order.state() + "; result expected by " + order.expectedBy());
    return node;
  }
}
