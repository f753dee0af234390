package org.gms.server.research.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gms.genomics.phenotype.HpoTermId;
import org.gms.genomics.phenotype.PhenotypeKnowledge;
import org.gms.server.ApiClient;
import org.gms.server.ApiTest;
import org.gms.server.account.Role;
import org.gms.server.consent.Consents;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.Patient;
import org.gms.server.record.Patients;
import org.gms.server.record.Sex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The phenotype index behind individuals queries keeps up with what changes after it was read: a
 * phenotype added by a new order (through the API, or written by another server straight to the
 * table), someone new agreeing to research, and a withdrawal all show in the next query.
 */
class PhenotypeIndexTest extends ApiTest {

  private static final String COUNT = "framework/json/responses/beaconCountResponse.json";
  private static final String BOOLEAN = "framework/json/responses/beaconBooleanResponse.json";

  /** Nystagmus, blindness and reduced visual acuity (blindness's parent): no other test's. */
  private static final String FIRST = "HP:0000639";

  private static final String ADDED = "HP:0000618";
  private static final String ADDED_PARENT = "HP:0007663";

  @Autowired Patients patients;
  @Autowired Consents consents;
  @Autowired PhenotypeIndex index;
  @Autowired JdbcClient jdbc;

  @Test
  void nextQueryCountsPhenotypesAddedAndConsentChangedAfterTheIndexWasRead() throws Exception {
    assertThat(
            PhenotypeKnowledge.bundled()
                .ontology()
                .isSubsumedBy(HpoTermId.parse(ADDED), HpoTermId.parse(ADDED_PARENT)))
        .isTrue();
    directory.importBundledIfMissing();
    ApiClient clinician = client("dr-index", Role.CLINICIAN, "Index Test");
    ApiClient researcher = client("rita-index", Role.RESEARCHER, "Index Test");
    List<NhsNumber> people = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      people.add(BeaconApiTest.nhs(500 + i));
      order(clinician, people.get(i), FIRST, i < 5);
    }
    assertThat(count(researcher, FIRST)).isEqualTo(5);
    assertThat(exists(researcher, ADDED)).isFalse();
    // unchanged orders and decisions: the same index, not re-read
    PhenotypeIndex.Consented before = index.consented(consents.researchParticipants());
    assertThat(index.consented(consents.researchParticipants()).cohort()).isSameAs(before.cohort());

    // a phenotype added after the index was read, by a new order of each consented patient
    for (NhsNumber person : people.subList(0, 5)) {
      order(clinician, person, ADDED, true);
    }
    assertThat(count(researcher, ADDED)).isEqualTo(5);
    assertThat(count(researcher, ADDED_PARENT)).as("found through its ancestor").isEqualTo(5);
    assertThat(count(researcher, FIRST + "," + ADDED)).isEqualTo(5);

    // the sixth agrees to research: counted from the next query
    order(clinician, people.get(5), ADDED, true);
    assertThat(count(researcher, ADDED)).isEqualTo(6);

    // an order another server stored, straight in the table, is seen too
    jdbc.sql(
            """
            INSERT INTO test_order (request_key, patient_nhs_number, indication, indication_name,
              test_code, test_method, directory_version, requester, requester_organisation,
              laboratory, urgency, hpo_terms, research_participation, recontact, state,
              expected_by)
            SELECT 'index-elsewhere-' || patient_nhs_number, patient_nhs_number, indication,
              indication_name, test_code, test_method, directory_version, requester,
              requester_organisation, laboratory, urgency, ARRAY['HP:0000505'],
              research_participation, recontact, state, expected_by
            FROM test_order WHERE patient_nhs_number = ANY(CAST(:nhs AS bpchar[]))
              AND CAST(:first AS text) = ANY(hpo_terms)
            """)
        .param("nhs", people.stream().map(NhsNumber::value).toArray(String[]::new))
        .param("first", FIRST)
        .update();
    assertThat(count(researcher, "HP:0000505")).isEqualTo(6);

    // a withdrawal: not counted by the next query (five left: one more and it is a boolean)
    withdrawFromResearch(clinician, people.get(0).value());
    assertThat(count(researcher, ADDED)).isEqualTo(5);
    withdrawFromResearch(clinician, people.get(1).value());
    JsonNode four =
        BeaconApiTest.get(
            researcher,
            "/beacon/v2/individuals?filters=" + ADDED + "&requestedGranularity=count",
            BOOLEAN);
    assertThat(four.at("/info/countSuppressed").asBoolean()).isTrue();
    assertThat(four.at("/responseSummary/exists").asBoolean()).isTrue();
  }

  private int count(ApiClient researcher, String filters) throws Exception {
    return BeaconApiTest.get(
            researcher,
            "/beacon/v2/individuals?filters=" + filters + "&requestedGranularity=count",
            COUNT)
        .at("/responseSummary/numTotalResults")
        .asInt();
  }

  private boolean exists(ApiClient researcher, String filters) throws Exception {
    return BeaconApiTest.get(researcher, "/beacon/v2/individuals?filters=" + filters, BOOLEAN)
        .at("/responseSummary/exists")
        .asBoolean();
  }

  private void order(ApiClient clinician, NhsNumber nhs, String term, boolean research)
      throws Exception {
    if (patients.find(nhs).isEmpty()) {
      patients.register(
          new Patient(nhs, "Index " + nhs.value(), LocalDate.of(1990, 1, 2), Sex.MALE));
    }
    HttpResponse<String> response =
        orderR29(
            clinician,
            "index-" + nhs.value() + "-" + term,
            nhs.value(),
            "Research Hub",
            term,
            research);
    assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
  }
}
