package org.gms.server.decisionsupport.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gms.genomics.pgx.recommendation.GuidelineDrugs;
import org.gms.genomics.pgx.recommendation.GuidelineDrugs.GuidelineDrug;
import org.gms.server.FhirJson;
import org.gms.server.GmsException;
import org.gms.server.decisionsupport.internal.HookRequest.DraftOrder;
import org.gms.server.decisionsupport.internal.HookRequest.MedicationCoding;
import org.gms.server.record.PgxResult;
import org.gms.server.record.PgxResults;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/**
 * CDS Hooks 2.0 (https://cds-hooks.hl7.org/2.0/): the discovery document and the pharmacogenomic
 * order-select and order-sign services.
 *
 * <p>A call for a patient the service does not know, a patient without a pharmacogenomic result, or
 * a drug no guideline names is answered with no cards: the prescriber sees nothing, as for a
 * patient whose genes do not change the prescription. A call that is not a valid CDS Hooks request
 * is answered 400 with a problem detail.
 */
@RestController
class CdsHooksController {

  private static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";

  /** The services, by id, with the hook each answers. */
  static final Map<String, String> SERVICES =
      Map.of(
          "gms-pgx-order-select", "order-select",
          "gms-pgx-order-sign", "order-sign");

  private final PgxResults results;
  private final GuidelineDrugs drugs = GuidelineDrugs.bundled();
  private final org.springframework.context.ApplicationEventPublisher events;

  CdsHooksController(
      PgxResults results, org.springframework.context.ApplicationEventPublisher events) {
    this.results = results;
    this.events = events;
  }

  @GetMapping(value = "/cds-services", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> discovery() {
    List<Map<String, Object>> services = new ArrayList<>();
    services.add(
        service(
            "gms-pgx-order-select",
            "order-select",
            "Pharmacogenomic check when a medication is selected",
            "Checks each newly selected MedicationRequest against the patient's stored"
                + " pharmacogenomic result and returns the CPIC or DPWG recommendation when it asks"
                + " for another drug, a dose change or other guidance."));
    services.add(
        service(
            "gms-pgx-order-sign",
            "order-sign",
            "Pharmacogenomic check before medication orders are signed",
            "Checks every draft MedicationRequest against the patient's stored pharmacogenomic"
                + " result and returns the CPIC or DPWG recommendation when it asks for another"
                + " drug, a dose change or other guidance."));
    return Map.of("services", services);
  }

  private static Map<String, Object> service(
      String id, String hook, String title, String description) {
    Map<String, Object> service = new LinkedHashMap<>();
    service.put("hook", hook);
    service.put("title", title);
    service.put("description", description);
    service.put("id", id);
    service.put("prefetch", Map.of("patient", "Patient/{{context.patientId}}"));
    service.put("usageRequirements", usageRequirements());
    return service;
  }

  private static String usageRequirements() {
    return "context.patientId is the patient's NHS number, or the patient prefetch carries an"
        + " identifier with system "
        + FhirJson.NHS_NUMBER
        + ". Medications coded with RxNorm (ingredient CUI, or any RxNorm, SNOMED CT or dm+d"
        + " coding whose display names the drug). Authorization: a GMS bearer token of a"
        + " clinician (JWT client authentication is not yet supported).";
  }

  @PostMapping(
      value = "/cds-services/{id}",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> call(@PathVariable String id, @RequestBody String body) {
    String hook = SERVICES.get(id);
    if (hook == null) {
      throw new GmsException(
          GmsException.Kind.NOT_FOUND,
          "There is no CDS service '" + id + "': GET /cds-services lists them.");
    }
    HookRequest request = HookRequest.read(body, hook);
    List<ObjectNode> cards = new ArrayList<>();
    if (request.patient().isPresent() && !request.orders().isEmpty()) {
      Map<DraftOrder, Set<String>> drugsByOrder = new LinkedHashMap<>();
      Set<String> allDrugs = new LinkedHashSet<>();
      for (DraftOrder order : request.orders()) {
        Set<String> named = drugs(order);
        drugsByOrder.put(order, named);
        allDrugs.addAll(named);
      }
      if (!allDrugs.isEmpty()) {
        Optional<PgxResult> result = results.latestForDrugs(request.patient().get(), allDrugs);
        if (result.isPresent()) {
          Map<String, Integer> shown = new LinkedHashMap<>();
          drugsByOrder.forEach(
              (order, named) ->
                  named.forEach(
                      drug -> {
                        List<ObjectNode> forDrug =
                            PgxCards.forOrder(order.reference(), drug, result.get());
                        cards.addAll(forDrug);
                        shown.merge(drug, forDrug.size(), Integer::sum);
                      }));
          events.publishEvent(
              new org.gms.server.decisionsupport.PgxChecked(hook, shown, java.time.Instant.now()));
        }
      }
    }
    return Map.of("cards", cards);
  }

  /** The guideline drugs an order is for: by RxNorm ingredient CUI, else by name in any display. */
  private Set<String> drugs(DraftOrder order) {
    Set<String> named = new LinkedHashSet<>();
    for (MedicationCoding coding : order.codings()) {
      if (RXNORM.equals(coding.system()) && coding.code() != null) {
        drugs.byRxnorm(coding.code()).map(GuidelineDrug::name).ifPresent(named::add);
      }
    }
    if (named.isEmpty()) {
      for (MedicationCoding coding : order.codings()) {
        if (coding.display() != null) {
          drugs.namedIn(coding.display()).forEach(d -> named.add(d.name()));
        }
      }
    }
    return named;
  }
}
