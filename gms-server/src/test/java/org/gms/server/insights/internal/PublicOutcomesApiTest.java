package org.gms.server.insights.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gms.server.ApiClient;
import org.gms.server.ApiTest;
import org.gms.server.FhirValidation;
import org.gms.server.account.Role;
import org.gms.server.decisionsupport.PgxChecked;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import tools.jackson.databind.JsonNode;

/**
 * The outcomes of 2017 in public: pharmacogenomic checks of that year (no other test uses it), as
 * in {@link OutcomeSuppressionTest}: clopidogrel 20 checks, 3 with a card (one each); simvastatin
 * 10, 6 with cards (8 cards); warfarin 7, none. Published: clopidogrel's and simvastatin's checks
 * with cards and cards hidden, their checks shown; warfarin and the service in full.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicOutcomesApiTest extends ApiTest {

  private static final String YEAR = "/api/public/insights/2017";

  @Autowired ApplicationEventPublisher events;

  @BeforeAll
  void checks() {
    Instant at = Instant.parse("2017-05-10T10:00:00Z");
    for (int i = 0; i < 20; i++) {
      events.publishEvent(new PgxChecked("order-sign", Map.of("clopidogrel", i < 3 ? 1 : 0), at));
    }
    for (int i = 0; i < 10; i++) {
      int cards = i < 2 ? 2 : i < 6 ? 1 : 0;
      events.publishEvent(new PgxChecked("order-sign", Map.of("simvastatin", cards), at));
    }
    for (int i = 0; i < 7; i++) {
      events.publishEvent(new PgxChecked("order-sign", Map.of("warfarin", 0), at));
    }
  }

  @Test
  void theOutcomesArePublishedWithSmallNumbersSuppressed() throws Exception {
    HttpResponse<String> response = ApiClient.anonymous(port).get(YEAR + "/outcomes");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode outcomes = JSON.readTree(response.body());

    List<String> pgx = new ArrayList<>();
    for (JsonNode row : outcomes.get("pgx")) {
      pgx.add(
          row.get("drug").asString()
              + " "
              + row.get("checks")
              + " "
              + row.get("withCards")
              + " "
              + row.get("cards"));
    }
    assertThat(pgx)
        .containsExactly(
            "clopidogrel 20 null null",
            "simvastatin 10 null null",
            "warfarin 7 0 0",
            "All 37 9 11");
    JsonNode cancer = outcomes.get("cancer");
    assertThat(cancer.get(cancer.size() - 1).get("tumourType").asString()).isEqualTo("All");
    for (JsonNode n : outcomes.findValues("reported")) {
      assertThat(n.isNull() || n.asLong() == 0 || n.asLong() >= 5).as(n.toString()).isTrue();
    }

    HttpResponse<String> csv =
        ApiClient.anonymous(port).get(YEAR + "/outcomes/csv?table=pgx", "text/csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body())
        .contains("drug,checks,with_cards,cards\n")
        .contains("\"clopidogrel\",20,[c],[c]\n")
        .contains("\"All\",37,9,11\n");
    assertThat(
            ApiClient.anonymous(port).get(YEAR + "/outcomes/csv?table=cancer", "text/csv").body())
        .contains("tumour_type,reported,actionable,with_therapy\n");
    HttpResponse<String> unknown =
        ApiClient.anonymous(port).get(YEAR + "/outcomes/csv?table=drugs", "text/csv");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("use table=cancer or table=pgx");

    assertThat(ApiClient.anonymous(port).get("/v3/api-docs").body())
        .contains("/api/public/insights/{year}/outcomes")
        .contains("/api/public/insights/{year}/outcomes/csv");
  }

  @Test
  void theFhirBundleHasAMeasureReportPerOutcomeFigureMaskedAsTheJson() throws Exception {
    HttpResponse<String> response =
        ApiClient.anonymous(port).get(YEAR + "/fhir", "application/fhir+json");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(FhirValidation.errors(response.body())).isEmpty();
    JsonNode bundle = JSON.readTree(response.body());

    for (String id :
        List.of(
            "gms-cancer-actionable",
            "gms-cancer-targeted-therapy",
            "gms-pgx-checks-with-cards",
            "gms-pgx-cards")) {
      assertThat(resource(bundle, "Measure", "url", "urn:gms:measure:" + id)).isNotNull();
    }
    JsonNode checks =
        resource(bundle, "MeasureReport", "measure", "urn:gms:measure:gms-pgx-checks-with-cards");
    assertThat(checks.at("/group/0/population/0/count").asLong()).isEqualTo(37);
    assertThat(checks.at("/group/0/population/1/count").asLong()).isEqualTo(9);
    JsonNode clopidogrel = checks.at("/group/0/stratifier/0/stratum/0");
    assertThat(clopidogrel.at("/value/text").asString()).isEqualTo("clopidogrel");
    assertThat(clopidogrel.at("/population/0/count").asLong()).isEqualTo(20);
    assertThat(clopidogrel.at("/population/1").has("count")).isFalse();
    assertThat(clopidogrel.at("/population/1/_count/extension/0/valueCode").asString())
        .isEqualTo("masked");
    assertThat(clopidogrel.at("/measureScore/extension/0/valueCode").asString())
        .isEqualTo("masked");
    for (JsonNode count : bundle.findValues("count")) {
      assertThat(count.asLong() >= 1 && count.asLong() <= 4).as("count " + count).isFalse();
    }

    HttpResponse<String> managers =
        ApiClient.as(Role.SERVICE_MANAGER, accounts, port)
            .get("/api/insights/fhir/2017", "application/fhir+json");
    assertThat(FhirValidation.errors(managers.body())).isEmpty();
    JsonNode unsuppressed =
        resource(
            JSON.readTree(managers.body()),
            "MeasureReport",
            "measure",
            "urn:gms:measure:gms-pgx-cards");
    assertThat(unsuppressed.at("/group/0/stratifier/0/stratum/0/population/0/count").asLong())
        .as("clopidogrel's 3 cards, unsuppressed for managers")
        .isEqualTo(3);
  }

  private static JsonNode resource(JsonNode bundle, String type, String field, String value) {
    for (JsonNode entry : bundle.get("entry")) {
      JsonNode r = entry.get("resource");
      if (r.get("resourceType").asString().equals(type) && r.path(field).asString().equals(value)) {
        return r;
      }
    }
    throw new AssertionError("no " + type + " with " + field + " " + value);
  }
}
