package org.gms.server.record.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gms.server.TrioOrders.FBXO11_TRIO;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gms.server.ApiClient;
import org.gms.server.ApiTest;
import org.gms.server.FhirValidation;
import org.gms.server.TrioOrders;
import org.gms.server.account.Role;
import org.gms.server.audit.AuditLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The patient's genomic healthcare record over HTTP, gathered from every feature: a child tested
 * twice as part of a trio (the de novo FBXO11 frameshift of PMID 30057029, individual 10, reported
 * pathogenic and then likely pathogenic), their consents and pharmacogenomic result; and a sibling
 * reported with the same variant, which the record keeps under the same key.
 */
class RecordApiTest extends ApiTest {

  private static final String CHILD = "9997300009";
  private static final String MOTHER = "9997300017";
  private static final String FATHER = "9997300025";
  private static final String SIBLING = "9997300033";
  private static final String HUB = "Record Test Hub";
  private static final String KEY = "GRCh38:2:47838939:AG:-";

  @Autowired JdbcClient jdbc;
  @Autowired AuditLog audit;

  ApiClient clinician;
  ApiClient scientist;
  TrioOrders trio;

  @BeforeEach
  void setUp() throws Exception {
    directory.importBundledIfMissing();
    clinician = ApiClient.as("dr-record", Role.CLINICIAN, "Record Test Hospital", accounts, port);
    scientist = ApiClient.as("lab-record", Role.LABORATORY_SCIENTIST, HUB, accounts, port);
    trio =
        TrioOrders.between(clinician, scientist, HUB)
            .parents(MOTHER, FATHER)
            .register(CHILD, "Rory Record", "male")
            .register(MOTHER, "Mary Record", "female")
            .register(FATHER, "Frank Record", "male")
            .register(SIBLING, "Sally Record", "female");
  }

  @Test
  void theRecordGathersTestsReportsReclassificationConsentsAndPgxInTimeOrder() throws Exception {
    long first = reportedOrder(CHILD, "record-1", "\"HP:0001263\", \"HP:0001249\"", "P");
    long second = reportedOrder(CHILD, "record-2", "\"HP:0001249\", \"HP:0000218\"", "LP");
    long sibling = reportedOrder(SIBLING, "record-3", "\"HP:0001263\"", "VUS");
    assertThat(
            clinician
                .post(
                    "/api/patients/" + CHILD + "/consents",
                    "application/json",
                    "{\"kind\": \"research_participation\", \"decision\": \"given\"}")
                .statusCode())
        .isEqualTo(201);
    try (InputStream vcf =
        getClass().getResourceAsStream("/org/gms/server/analysis/demo/pharmcat.example2.vcf.gz")) {
      HttpResponse<String> pgx =
          scientist.post("/api/patients/" + CHILD + "/pgx", "application/gzip", vcf.readAllBytes());
      assertThat(pgx.statusCode()).as(pgx.body()).isEqualTo(201);
    }

    // as curl asks, accepting anything: the record's JSON (FHIR is asked for by name)
    HttpResponse<String> response = clinician.get("/api/patients/" + CHILD + "/record", "*/*");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode record = JSON.readTree(response.body());
    assertThat(record.at("/patient/name").asString()).isEqualTo("Rory Record");
    assertThat(record.get("family").valueStream().map(r -> r.get("relationship").asString()))
        .containsExactlyInAnyOrder("MOTHER", "FATHER");
    List<JsonNode> timeline = record.get("timeline").valueStream().toList();
    List<Instant> times =
        timeline.stream().map(e -> Instant.parse(e.get("at").asString())).toList();
    assertThat(times).isSorted();
    assertThat(timeline.stream().map(e -> e.get("kind").asString()))
        .contains(
            "patient-registered",
            "family-linked",
            "order-placed",
            "sample-received",
            "order-state",
            "analysis-started",
            "analysis-finished",
            "report-authorised",
            "variant-classified",
            "variant-reclassified",
            "consent-given",
            "consent-declined",
            "pgx-result");
    // the story in order: first order placed, its report, the second report, the PGx result
    int placed = index(timeline, "order-placed", first);
    int firstReport = index(timeline, "report-authorised", first);
    int secondReport = index(timeline, "report-authorised", second);
    int pgx = index(timeline, "pgx-result", null);
    assertThat(placed).isLessThan(firstReport);
    assertThat(firstReport).isLessThan(secondReport);
    assertThat(secondReport).isLessThan(pgx);
    assertThat(timeline.get(firstReport).get("link").asString())
        .isEqualTo("/api/orders/" + first + "/report");
    assertThat(record.get("sections").propertyNames())
        .contains("patient", "family", "tests", "reports", "variants", "consents", "pgx");
    assertThat(timeline.stream().filter(e -> e.get("kind").asString().startsWith("order-placed")))
        .allSatisfy(e -> assertThat(e.get("section").asString()).isEqualTo("tests"))
        .hasSize(2);

    // one variant, its two classifications in order, who and on what evidence
    JsonNode variants = record.get("variants");
    assertThat(variants).hasSize(1);
    JsonNode variant = variants.get(0);
    assertThat(variant.get("key").asString()).isEqualTo(KEY);
    assertThat(variant.get("build").asString()).isEqualTo("GRCh38");
    assertThat(variant.get("gene").asString()).isEqualTo("FBXO11");
    assertThat(variant.get("current").asString()).isEqualTo("LP");
    assertThat(variant.get("reclassified").asBoolean()).isTrue();
    assertThat(variant.get("classifications").valueStream().map(c -> c.get("acmgClass").asString()))
        .containsExactly("P", "LP");
    JsonNode firstClass = variant.at("/classifications/0");
    assertThat(firstClass.get("by").asString()).isEqualTo("lab-record");
    assertThat(firstClass.get("orderId").asLong()).isEqualTo(first);
    assertThat(firstClass.get("evidence").toString()).contains("PVS1");
    assertThat(firstClass.get("source").asString()).isEqualTo("REPORT");
    // where the scientist's class differs from the class the run computed, the record says both
    // (the run computes LP from the trio alone; after a ClinVar import calling the frameshift
    // pathogenic, as the re-analysis tests make in the shared test database, it computes P)
    assertClassifierNote(firstClass.get("classifier").asString(), computed.get(first), "P");
    assertClassifierNote(
        variant.at("/classifications/1/classifier").asString(), computed.get(second), "LP");

    // HPO terms over time: the term first given on the second order dates from it
    JsonNode terms = record.get("hpoTerms");
    assertThat(terms.valueStream().map(t -> t.get("id").asString()))
        .containsExactly("HP:0001263", "HP:0001249", "HP:0000218");
    assertThat(terms.at("/2/name").asString()).isNotEmpty();
    assertThat(Instant.parse(terms.at("/2/firstRecorded").asString()))
        .isAfter(Instant.parse(terms.at("/0/firstRecorded").asString()));
    assertThat(terms.at("/2/link").asString()).isEqualTo("/api/orders/" + second);

    assertThat(
            record
                .at("/pgx/genes")
                .valueStream()
                .filter(g -> g.get("gene").asString().equals("CYP2C19"))
                .map(g -> g.get("phenotype").asString()))
        .containsExactly("Poor Metabolizer");
    assertThat(record.at("/pgx/recommendations").valueStream().map(r -> r.get("drug").asString()))
        .contains("clopidogrel");

    // the sibling's record holds the same variant under the same key, with their own class
    JsonNode theirs = JSON.readTree(clinician.get("/api/patients/" + SIBLING + "/record").body());
    assertThat(theirs.at("/variants/0/key").asString()).isEqualTo(KEY);
    assertThat(theirs.at("/variants/0/current").asString()).isEqualTo("VUS");
    assertThat(theirs.at("/variants/0/classifications/0/orderId").asLong()).isEqualTo(sibling);

    // the mother's record says she was tested for her children's orders, not what was found
    JsonNode mother = JSON.readTree(clinician.get("/api/patients/" + MOTHER + "/record").body());
    assertThat(
            mother
                .at("/sections/tests")
                .valueStream()
                .filter(e -> e.get("kind").asString().equals("tested-as-relative"))
                .map(e -> e.at("/details/orderId").asLong()))
        .contains(first, second, sibling);
    assertThat(mother.get("variants")).isEmpty();
    assertThat(mother.get("hpoTerms")).isEmpty();
    assertThat(mother.get("sections").has("reports")).isFalse();

    // the record's read is audited (linked into the chain now rather than within 100 ms)
    audit.flush();
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE entity_type = 'patient_record'"
                        + " AND entity_id = :nhs AND actor = 'dr-record'")
                .param("nhs", CHILD)
                .query(Long.class)
                .single())
        .isPositive();

    // the whole record as FHIR: valid, every reference resolved inside the bundle
    HttpResponse<String> fhir =
        clinician.get("/api/patients/" + CHILD + "/record", "application/fhir+json");
    assertThat(fhir.statusCode()).as(fhir.body()).isEqualTo(200);
    assertThat(fhir.headers().firstValue("Content-Type").orElse("")).contains("fhir+json");
    JsonNode bundle = JSON.readTree(fhir.body());
    assertThat(bundle.get("type").asString()).isEqualTo("collection");
    List<JsonNode> resources =
        bundle.get("entry").valueStream().map(e -> e.get("resource")).toList();
    assertThat(resources.stream().map(r -> r.get("resourceType").asString()))
        .contains(
            "Patient",
            "RelatedPerson",
            "ServiceRequest",
            "DiagnosticReport",
            "Observation",
            "Consent")
        .containsOnlyOnce("Patient");
    assertThat(
            resources.stream()
                .filter(r -> r.get("resourceType").asString().equals("DiagnosticReport")))
        .hasSize(3); // two reports and the PGx result
    Set<String> fullUrls = new HashSet<>();
    bundle.get("entry").forEach(e -> fullUrls.add(e.get("fullUrl").asString()));
    assertThat(fullUrls).hasSize(bundle.get("entry").size());
    assertThat(references(bundle, new java.util.ArrayList<>())).isNotEmpty().isSubsetOf(fullUrls);
    assertThat(fhir.body()).contains("c.506_507del", "LA26332-9", "CYP2C19", "OPTIN", "MTH");
    assertThat(FhirValidation.errors(fhir.body())).isEmpty();
    assertThat(
            clinician
                .get("/api/patients/" + CHILD + "/record/fhir", "application/fhir+json")
                .body())
        .contains("\"RelatedPerson\"");
  }

  @Test
  void researchersMayNotReadIdentifiableRecordsAndUnknownPatientsAreNotFound() throws Exception {
    ApiClient researcher =
        ApiClient.as("res-record", Role.RESEARCHER, "Record Research Network", accounts, port);

    HttpResponse<String> refused = researcher.get("/api/patients/" + CHILD + "/record");
    HttpResponse<String> refusedFhir =
        researcher.get("/api/patients/" + CHILD + "/record", "application/fhir+json");
    HttpResponse<String> unknown = clinician.get("/api/patients/9997300041/record");
    HttpResponse<String> invalid = clinician.get("/api/patients/1234567890/record");

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).doesNotContain("Rory");
    assertThat(refusedFhir.statusCode()).isEqualTo(403);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("No patient with NHS number 999 730 0041 is registered");
    assertThat(invalid.statusCode()).isEqualTo(400);
  }

  private static List<String> references(JsonNode node, List<String> found) {
    if (node.isObject()) {
      if (node.get("reference") != null && node.get("reference").isString()) {
        found.add(node.get("reference").asString());
      }
      node.forEach(child -> references(child, found));
    } else if (node.isArray()) {
      node.forEach(child -> references(child, found));
    }
    return found;
  }

  private static int index(List<JsonNode> timeline, String kind, Long orderId) {
    for (int i = 0; i < timeline.size(); i++) {
      JsonNode e = timeline.get(i);
      if (e.get("kind").asString().equals(kind)
          && (orderId == null || e.at("/details/orderId").asLong() == orderId)) {
        return i;
      }
    }
    throw new AssertionError("No " + kind + " entry for order " + orderId + " in the timeline");
  }

  /** The class each order's run computed for its first candidate (the FBXO11 frameshift). */
  private final java.util.Map<Long, String> computed = new java.util.HashMap<>();

  /** The recorded classifier names the computed class only where the scientist's differs. */
  private static void assertClassifierNote(String classifier, String computed, String reported) {
    assertThat(computed).isIn("P", "LP", "VUS", "LB", "B");
    if (computed.equals(reported)) {
      assertThat(classifier).doesNotContain("scientist's class");
    } else {
      assertThat(classifier).contains("; computed " + computed + ", scientist's class " + reported);
    }
  }

  /** An order for the patient with their parents, analysed and reported with the class given. */
  private long reportedOrder(String patient, String key, String terms, String finalClass)
      throws Exception {
    long order = trio.sequencedOrder(key, patient, terms, "R-" + key);
    long run = trio.started(order, trio.upload(FBXO11_TRIO), patient);
    trio.awaitSucceeded(run);
    JsonNode result = TrioOrders.json(scientist.get("/api/analyses/" + run + "/result"));
    for (JsonNode candidate : result.path("candidates")) {
      if (candidate.path("rank").asInt() == 1) {
        computed.put(order, candidate.at("/variants/0/acmg/class").asString());
      }
    }
    assertThat(computed).as("the run's first candidate").containsKey(order);
    trio.authorised(
        run,
        """
        {"conclusion": "The FBXO11 frameshift, class %s.",
         "variants": [{"rank": 1, "finalClass": "%s", "comment": "Order %s."}]}
        """
            .formatted(finalClass, finalClass, key));
    return order;
  }
}
