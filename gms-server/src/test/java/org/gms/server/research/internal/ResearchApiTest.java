package org.gms.server.research.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.gms.genomics.interpretation.acmg.AcmgClass;
import org.gms.genomics.variant.VariantKey;
import org.gms.server.ApiClient;
import org.gms.server.ApiTest;
import org.gms.server.TrioOrders;
import org.gms.server.account.Role;
import org.gms.server.record.ClassificationSource;
import org.gms.server.record.NewClassification;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.Patient;
import org.gms.server.record.Patients;
import org.gms.server.record.RecordedVariant;
import org.gms.server.record.Sex;
import org.gms.server.record.VariantClassifications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The research view over HTTP: only consented patients, no direct identifiers, small counts
 * suppressed, and a withdrawal effective at the next query. The patients' choices come from their
 * test requests, as in the service.
 */
class ResearchApiTest extends ApiTest {

  /** Respiratory insufficiency: used by no other test, so the counts here are this test's. */
  private static final String TERM = "HP:0002093";

  private static final List<String> CONSENTING =
      List.of("9991000305", "9991000313", "9991000321", "9991000348", "9991000356");
  private static final String DECLINING = "9991000364";

  @Autowired Patients patients;
  @Autowired VariantClassifications classifications;
  @Autowired org.gms.server.ordering.OrderCases orders;
  @Autowired org.gms.server.audit.AuditLog audit;

  @Test
  void onlyConsentedPatientsPseudonymisedAndSmallCountsSuppressed() throws Exception {
    directory.importBundledIfMissing();
    ApiClient clinician = client("dr-research", Role.CLINICIAN, "Research Hospital");
    ApiClient researcher = client("rita-research", Role.RESEARCHER, "Research Network");
    for (String nhs : CONSENTING.subList(0, 4)) {
      order(clinician, nhs, true);
    }
    order(clinician, DECLINING, false);

    assertThat(count(researcher).get("suppressed").asBoolean()).isTrue();
    assertThat(count(researcher).get("count").isNull()).isTrue();

    order(clinician, CONSENTING.get(4), true);
    assertThat(count(researcher).get("count").asLong()).isEqualTo(5);

    HttpResponse<String> individuals = researcher.get("/api/research/individuals");
    assertThat(individuals.statusCode()).isEqualTo(200);
    assertThat(individuals.body())
        .doesNotContain(CONSENTING.get(0), "Research Patient", "2012-03-04", DECLINING);
    JsonNode mine =
        JSON.readTree(individuals.body())
            .valueStream()
            .filter(i -> i.get("phenotypes").toString().contains(TERM))
            .collect(
                java.util.stream.Collectors.collectingAndThen(
                    java.util.stream.Collectors.toList(), JSON::valueToTree));
    assertThat(mine.size()).isEqualTo(5);
    assertThat(mine.get(0).get("yearOfBirth").asInt()).isEqualTo(2012);
    assertThat(JSON.readTree(researcher.get("/api/research/individuals").body()).toString())
        .contains(mine.get(0).get("id").asString());

    HttpResponse<String> packets = researcher.get("/api/research/phenopackets");
    assertThat(packets.statusCode()).isEqualTo(200);
    assertThat(packets.body()).doesNotContain(CONSENTING.get(1), "Research Patient", DECLINING);
    int withTerm = 0;
    for (JsonNode packet : JSON.readTree(packets.body())) {
      // the schema's own parser refuses anything that is not a Phenopacket v2
      org.phenopackets.schema.v2.Phenopacket.Builder parsed =
          org.phenopackets.schema.v2.Phenopacket.newBuilder();
      com.google.protobuf.util.JsonFormat.parser().merge(packet.toString(), parsed);
      assertThat(parsed.getMetaData().getPhenopacketSchemaVersion()).isEqualTo("2.0");
      assertThat(parsed.getMetaData().getResourcesList()).extracting(r -> r.getId()).contains("hp");
      if (parsed.getPhenotypicFeaturesList().stream()
          .anyMatch(f -> f.getType().getId().equals(TERM))) {
        withTerm++;
        assertThat(parsed.getSubject().getSex().name()).isEqualTo("FEMALE");
        assertThat(parsed.getPhenotypicFeatures(0).getType().getLabel())
            .isEqualTo("Respiratory insufficiency");
      }
    }
    assertThat(withTerm).isEqualTo(5);

    withdrawFromResearch(clinician, CONSENTING.get(0));
    assertThat(count(researcher).get("suppressed").asBoolean()).isTrue();

    assertThat(clinician.get("/api/research/individuals").statusCode()).isEqualTo(403);
  }

  /**
   * A consented, solved case: the FBXO11 frameshift of PMID 30057029 individual 10 reported
   * pathogenic, with that individual's observed HPO terms. GA4GH phenopacket-store's phenopacket of
   * that case names the diagnosis OMIM:618089 and the gene HGNC:13590; the export must agree.
   */
  @Test
  void aSolvedCaseCarriesItsVariantAndDiagnosisInItsPhenopacket() throws Exception {
    directory.importBundledIfMissing();
    ApiClient clinician = client("dr-research-2", Role.CLINICIAN, "Research Hospital");
    ApiClient researcher = client("rita-research-2", Role.RESEARCHER, "Research Network");
    String nhs = "9991000909";
    patients.register(
        new Patient(new NhsNumber(nhs), "Solved Case", LocalDate.of(2015, 6, 1), Sex.MALE));
    HttpResponse<String> ordered =
        clinician.post(
            "/api/orders",
            "application/json",
            """
            {"requestKey": "research-solved", "patient": "%s", "indication": "R29",
             "test": "R29.4", "laboratory": "Research Hub", "researchParticipation": true,
             "recontact": false, "hpoTerms": [%s]}
            """
                .formatted(nhs, TrioOrders.FBXO11_FEATURES_JSON));
    assertThat(ordered.statusCode()).as(ordered.body()).isEqualTo(201);
    classifications.record(
        new NewClassification(
            new NhsNumber(nhs),
            null,
            new RecordedVariant(
                VariantKey.parse("GRCh38:2:47838939:AG:-"),
                "FBXO11",
                "ENST00000403359.8",
                "c.506_507del",
                "p.(Ser169LeufsTer9)"),
            "0/1",
            AcmgClass.PATHOGENIC,
            "[]",
            "ACGS 2020",
            "",
            ClassificationSource.REPORT));

    JsonNode solved = null;
    for (JsonNode packet : JSON.readTree(researcher.get("/api/research/phenopackets").body())) {
      if (packet.toString().contains("FBXO11")) {
        solved = packet;
      }
    }

    assertThat(solved).as("the solved case's phenopacket").isNotNull();
    org.phenopackets.schema.v2.Phenopacket.Builder parsed =
        org.phenopackets.schema.v2.Phenopacket.newBuilder();
    com.google.protobuf.util.JsonFormat.parser().merge(solved.toString(), parsed);
    var interpretation = parsed.getInterpretations(0);
    assertThat(interpretation.getProgressStatus().name()).isEqualTo("SOLVED");
    assertThat(interpretation.getDiagnosis().getDisease().getId()).isEqualTo("OMIM:618089");
    var genomic = interpretation.getDiagnosis().getGenomicInterpretations(0);
    assertThat(genomic.getSubjectOrBiosampleId()).isEqualTo(parsed.getSubject().getId());
    assertThat(genomic.getInterpretationStatus().name()).isEqualTo("CAUSATIVE");
    var variant = genomic.getVariantInterpretation();
    assertThat(variant.getAcmgPathogenicityClassification().name()).isEqualTo("PATHOGENIC");
    assertThat(variant.getVariationDescriptor().getGeneContext().getValueId())
        .isEqualTo("HGNC:13590");
    assertThat(variant.getVariationDescriptor().getExpressionsList())
        .extracting(e -> e.getSyntax() + " " + e.getValue())
        .contains("spdi NC_000002.12:47838938:AG:", "hgvs.c ENST00000403359.8:c.506_507del");
    assertThat(variant.getVariationDescriptor().getAllelicState().getLabel())
        .isEqualTo("heterozygous");
    assertThat(solved.toString()).doesNotContain(nhs, "Solved Case");
  }

  /**
   * The bulk reads behind the research views give what the one-by-one reads give (unregistered
   * numbers and patients without requests left out, the terms of all of a patient's requests), and
   * a bulk read of patients is one audit event.
   */
  @Test
  void bulkReadsAgreeWithOneByOneReadsAndAreAuditedOnce() throws Exception {
    directory.importBundledIfMissing();
    ApiClient clinician = client("dr-research-3", Role.CLINICIAN, "Research Hospital");
    List<NhsNumber> numbers =
        List.of("9991002006", "9991002014", "9991002022", "9991002030", "9991002049").stream()
            .map(NhsNumber::new)
            .toList();
    for (NhsNumber nhs : numbers.subList(0, 4)) {
      if (patients.find(nhs).isEmpty()) {
        patients.register(new Patient(nhs, "Bulk Patient", LocalDate.of(1990, 1, 2), Sex.MALE));
      }
    }
    String[][] requests = {
      {"9991002006", "a", "HP:0001250"},
      {"9991002006", "b", "HP:0001263\", \"HP:0001250"},
      {"9991002014", "a", "HP:0000365"},
      {"9991002022", "a", "HP:0001631"}
    };
    for (String[] request : requests) {
      HttpResponse<String> response =
          orderR29(
              clinician,
              "bulk-" + request[0] + "-" + request[1],
              request[0],
              "Research Hub",
              request[2],
              false);
      assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
    }

    List<Patient> found = patients.findAll(numbers, "the bulk read test");

    assertThat(found)
        .containsExactlyElementsOf(
            numbers.stream().flatMap(n -> patients.find(n).stream()).toList());
    assertThat(found)
        .extracting(Patient::nhsNumber)
        .containsExactlyElementsOf(numbers.subList(0, 4));
    audit.flush();
    assertThat(audit.recent(20))
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo("read");
              assertThat(e.entityType()).isEqualTo("patient");
              assertThat(e.entityId()).isEqualTo("*");
              assertThat(e.detail())
                  .isEqualTo("4 of 5 patients in one read, for the bulk read test");
            });
    var terms = orders.phenotypesOf(numbers);
    assertThat(terms.keySet()).containsExactlyInAnyOrderElementsOf(numbers.subList(0, 3));
    for (NhsNumber nhs : numbers.subList(0, 3)) {
      assertThat(terms.get(nhs)).containsExactlyElementsOf(orders.phenotypesOf(nhs));
    }
    assertThat(terms.get(numbers.get(0))).containsExactly("HP:0001250", "HP:0001263");
    assertThat(patients.findAll(List.of(), "nothing")).isEmpty();
    assertThat(orders.phenotypesOf(List.<NhsNumber>of())).isEmpty();
  }

  private JsonNode count(ApiClient researcher) throws Exception {
    HttpResponse<String> response = researcher.get("/api/research/counts?hpo=" + TERM);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private void order(ApiClient clinician, String nhs, boolean research) throws Exception {
    if (patients.find(new NhsNumber(nhs)).isEmpty()) {
      patients.register(
          new Patient(
              new NhsNumber(nhs), "Research Patient " + nhs, LocalDate.of(2012, 3, 4), Sex.FEMALE));
    }
    HttpResponse<String> response =
        orderR29(clinician, "research-" + nhs, nhs, "Research Hub", TERM, research);
    assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
  }
}
