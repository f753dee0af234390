package org.gms.server.ordering.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gms.server.FhirJson;
import org.gms.server.audit.AuditLog;
import org.gms.server.ordering.FamilyMember;
import org.gms.server.ordering.OrderCases;
import org.gms.server.ordering.OrderState;
import org.gms.server.ordering.OrderTransition;
import org.gms.server.ordering.Sample;
import org.gms.server.ordering.TestOrder;
import org.gms.server.ordering.Urgency;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.RecordEntry;
import org.gms.server.record.RecordSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The patient's tests for their record: each order as requested (with the HPO terms it gave, the
 * family tested with the patient and the date the result is expected), each change of its state and
 * each sample received; as FHIR, one ServiceRequest per order.
 */
@Component
class OrderRecordSource implements RecordSource {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String HPO = "http://purl.obolibrary.org/obo/hp.owl";

  private final OrderCases orders;
  private final OrderRows rows;
  private final AuditLog audit;

  OrderRecordSource(OrderCases orders, OrderRows rows, AuditLog audit) {
    this.orders = orders;
    this.rows = rows;
    this.audit = audit;
  }

  @Override
  public String section() {
    return "tests";
  }

  @Override
  public List<RecordEntry> entries(NhsNumber patient) {
    List<TestOrder> all = orders.ofPatient(patient);
    audit.record(
        "read", JdbcTestOrders.ENTITY, patient.value(), "orders of the patient for the record");
    List<RecordEntry> entries = new ArrayList<>();
    for (TestOrder order : all) {
      String link = "/api/orders/" + order.id();
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("orderId", order.id());
      details.put("test", order.test());
      details.put("testMethod", order.testMethod());
      details.put("indication", order.indication());
      details.put("indicationName", order.indicationName());
      details.put("urgency", order.urgency().name());
      details.put("requester", order.requester());
      details.put("requesterOrganisation", order.requesterOrganisation());
      details.put("laboratory", order.laboratory());
      details.put("state", order.state().name());
      details.put("expectedBy", order.expectedBy().toString());
      details.put("overdue", order.overdue());
      details.put(RecordEntry.HPO_TERMS, order.hpoTerms());
      details.put(
          "family",
          order.family().stream()
              .map(
                  m ->
                      Map.of(
                          "nhsNumber", m.nhsNumber().value(),
                          "relationship", m.relationship().name(),
                          "affected", m.affected()))
              .toList());
      entries.add(
          new RecordEntry(
              order.requestedAt(),
              "order-placed",
              "Order #"
                  + order.id()
                  + ": "
                  + order.test()
                  + " "
                  + order.indicationName()
                  + " ("
                  + order.testMethod()
                  + (order.urgency() == Urgency.URGENT ? ", urgent" : "")
                  + ") requested by "
                  + order.requester()
                  + ", "
                  + order.requesterOrganisation()
                  + ", from "
                  + order.laboratory()
                  + "; result expected by "
                  + order.expectedBy()
                  + (order.overdue() ? " (overdue)" : "")
                  + family(order),
              details,
              link));
      for (OrderTransition t : order.history()) {
        if (t.from() == null) {
          continue;
        }
        Map<String, Object> moved = new LinkedHashMap<>();
        moved.put("orderId", order.id());
        moved.put("from", t.from().name());
        moved.put("to", t.to().name());
        moved.put("by", t.by());
        if (t.reason() != null && !t.reason().isBlank()) {
          moved.put("reason", t.reason());
        }
        entries.add(
            new RecordEntry(
                t.at(),
                "order-state",
                "Order #"
                    + order.id()
                    + " moved from "
                    + label(t.from())
                    + " to "
                    + label(t.to())
                    + " by "
                    + t.by()
                    + (t.reason() == null || t.reason().isBlank() ? "" : ": " + t.reason()),
                moved,
                link));
      }
      for (Sample s : order.samples()) {
        entries.add(
            new RecordEntry(
                s.receivedAt(),
                "sample-received",
                "Sample "
                    + s.barcode()
                    + " ("
                    + s.type().name().toLowerCase(Locale.ROOT)
                    + ") received for order #"
                    + order.id()
                    + " by "
                    + s.receivedBy(),
                Map.of(
                    "orderId", order.id(),
                    "barcode", s.barcode(),
                    "type", s.type().name(),
                    "by", s.receivedBy()),
                link));
      }
    }
    // tested for a relative's order: that the patient was tested, never the relative's result
    for (TestOrder order : rows.withRelative(patient)) {
      for (FamilyMember m : order.family()) {
        if (!m.nhsNumber().equals(patient)) {
          continue;
        }
        String relationship = m.relationship().name().toLowerCase(Locale.ROOT);
        entries.add(
            new RecordEntry(
                order.requestedAt(),
                "tested-as-relative",
                "Tested as the "
                    + relationship
                    + (m.affected() ? " (affected)" : "")
                    + " of "
                    + order.patient().formatted()
                    + " for order #"
                    + order.id()
                    + ": "
                    + order.test()
                    + " "
                    + order.indicationName(),
                Map.of(
                    "orderId", order.id(),
                    "proband", order.patient().value(),
                    "relationship", m.relationship().name(),
                    "affected", m.affected()),
                "/api/orders/" + order.id()));
      }
    }
    entries.sort(java.util.Comparator.comparing(RecordEntry::at));
    return entries;
  }

  private static String family(TestOrder order) {
    if (order.family().isEmpty()) {
      return "";
    }
    List<String> members = new ArrayList<>();
    for (FamilyMember m : order.family()) {
      members.add(
          m.relationship().name().toLowerCase(Locale.ROOT) + " " + m.nhsNumber().formatted());
    }
    return "; tested with " + String.join(", ", members);
  }

  private static String label(OrderState state) {
    return state.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** Each order as a FHIR R4 ServiceRequest, its HPO terms as reason codes. */
  @Override
  public List<String> fhir(NhsNumber patient) {
    List<TestOrder> all = orders.ofPatient(patient);
    audit.record(
        "read",
        JdbcTestOrders.ENTITY,
        patient.value(),
        "orders of the patient for the record (FHIR)");
    return all.stream().map(order -> JSON.writeValueAsString(serviceRequest(order))).toList();
  }

  private static ObjectNode serviceRequest(TestOrder order) {
    ObjectNode node = JSON.createObjectNode();
    node.put("resourceType", "ServiceRequest");
    node.put("id", "order-" + order.id());
    node.putArray("identifier")
        .addObject()
        .put("system", "urn:gms:test-order")
        .put("value", Long.toString(order.id()));
    node.put(
        "status",
        switch (order.state()) {
          case REPORTED -> "completed";
          case CANCELLED, FAILED -> "revoked";
          case RESAMPLE_REQUESTED -> "on-hold";
          default -> "active";
        });
    node.put("intent", "order");
    ObjectNode code = node.putObject("code");
    FhirJson.coded(code, "urn:gms:test-directory", order.test(), order.indicationName());
    code.put("text", order.test() + " " + order.indicationName() + " (" + order.testMethod() + ")");
    node.putObject("subject").put("reference", "Patient/" + order.patient().value());
    node.put("priority", order.urgency() == Urgency.URGENT ? "urgent" : "routine");
    node.put("authoredOn", order.requestedAt().toString());
    node.putObject("requester")
        .put("display", order.requester() + ", " + order.requesterOrganisation());
    node.putArray("performer").addObject().put("display", order.laboratory());
    ArrayNode reasons = node.putArray("reasonCode");
    ObjectNode indication = reasons.addObject();
    FhirJson.coded(
        indication, "urn:gms:clinical-indication", order.indication(), order.indicationName());
    for (String term : order.hpoTerms()) {
      reasons.addObject().putArray("coding").addObject().put("system", HPO).put("code", term);
    }
    node.putArray("note")
        .addObject()
        .put(
            "text",
            "State "
                + label(order.state())
                + "; result expected by "
                + order.expectedBy()
                + family(order));
    return node;
  }
}
