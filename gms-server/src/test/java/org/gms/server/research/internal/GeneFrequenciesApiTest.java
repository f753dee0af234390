package org.gms.server.research.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.gms.server.ApiClient;
import org.gms.server.ApiTest;
import org.gms.server.account.Role;
import org.gms.server.consent.ConsentKind;
import org.gms.server.consent.Consents;
import org.gms.server.consent.Decision;
import org.gms.server.directory.GeneLocations;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.Patient;
import org.gms.server.record.Patients;
import org.gms.server.record.Sex;
import org.gms.server.research.ResearchGenotypes;
import org.gms.server.research.ResearchView;
import org.gms.server.research.VariantCarriers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;

/**
 * Sub-cohort allele frequencies of a gene over HTTP ({@code /api/research/frequencies}): every
 * variant's counts among the consented individuals with the filters' term and sex, compared with
 * counts made from the loaded carriers here; a variant fewer than five of them carry has no counts,
 * a sub-cohort under five gives none at all, a withdrawal counts from the next query, and only
 * researchers may ask.
 */
class GeneFrequenciesApiTest extends ApiTest {

  /** Arachnodactyly: used by no other test, so the sub-cohort is this test's people. */
  private static final String TERM = "HP:0001166";

  private static final String GENE = "PAH";
  private static final int WOMEN = 9;
  private static final int MEN = 5;

  @Autowired Patients patients;
  @Autowired Consents consents;
  @Autowired ResearchGenotypes genotypes;
  @Autowired GeneLocations genes;

  @Test
  void frequenciesFollowTheSubCohortAndConsent_andSmallCountsAreSuppressed() throws Exception {
    directory.importBundledIfMissing();
    ApiClient clinician = client("dr-frequencies", Role.CLINICIAN, "Frequencies");
    ApiClient researcher = client("rita-frequencies", Role.RESEARCHER, "Frequencies");
    List<NhsNumber> people = new ArrayList<>();
    Set<NhsNumber> women = new HashSet<>();
    for (int i = 0; i < WOMEN + MEN; i++) {
      NhsNumber person = BeaconApiTest.nhs(5_000 + i);
      people.add(person);
      Sex sex = i < WOMEN ? Sex.FEMALE : Sex.MALE;
      if (sex == Sex.FEMALE) {
        women.add(person);
      }
      if (patients.find(person).isEmpty()) {
        patients.register(
            new Patient(person, "Frequency " + i, java.time.LocalDate.of(1980, 1, 1), sex));
      }
      var ordered =
          orderR29(
              clinician,
              "frequencies-" + person.value(),
              person.value(),
              "Research Hub",
              TERM,
              true);
      assertThat(ordered.statusCode()).as(ordered.body()).isIn(200, 201);
      decide(person, Decision.GIVEN);
    }
    // variant 0: everyone carries it (so all are in the genotype index); 1: two people; the
    // rest drawn
    GeneLocations.GeneLocation gene = genes.locate(GENE).orElseThrow();
    Random random = new Random(17);
    List<VariantCarriers> load = new ArrayList<>();
    for (int v = 0; v < 8; v++) {
      Set<NhsNumber> het = new HashSet<>();
      Set<NhsNumber> hom = new HashSet<>();
      for (int i = 0; i < people.size(); i++) {
        boolean carries = v == 0 || (v == 1 ? i < 2 : random.nextInt(10) < 6);
        if (carries) {
          (random.nextInt(4) == 0 ? hom : het).add(people.get(i));
        }
      }
      load.add(
          new VariantCarriers(
              BeaconApiTest.key(gene.contig(), gene.start() + 100 + v * 37L, "C", "T"), het, hom));
    }
    genotypes.load("gene frequencies test", load);

    Set<NhsNumber> everyone = new HashSet<>(people);
    Set<NhsNumber> men = new HashSet<>(people);
    men.removeAll(women);
    expect(frequencies(researcher, TERM), load, everyone);
    expect(frequencies(researcher, TERM + ",NCIT:C16576"), load, women);
    expect(frequencies(researcher, TERM + ",NCIT:C20197"), load, men);

    // a man withdraws: the men are now four, below the smallest count given
    decide(people.get(WOMEN), Decision.WITHDRAWN);
    JsonNode fewer = frequencies(researcher, TERM + ",NCIT:C20197");
    assertThat(fewer.get("suppressed").asBoolean()).isTrue();
    assertThat(fewer.get("individuals").isNull()).isTrue();
    assertThat(fewer.get("variants").isEmpty()).isTrue();
    everyone.remove(people.get(WOMEN));
    expect(frequencies(researcher, TERM), load, everyone);
    decide(people.get(WOMEN), Decision.GIVEN);

    assertThat(clinician.get("/api/research/frequencies?gene=" + GENE).statusCode()).isEqualTo(403);
    assertThat(researcher.get("/api/research/frequencies?gene=NOT-A-GENE").statusCode())
        .isEqualTo(404);
    assertThat(researcher.get("/api/research/frequencies?gene=PAH&filters=HP:BAD").statusCode())
        .isEqualTo(400);
  }

  /** The answer against counts made from the carriers of the sub-cohort. */
  private static void expect(JsonNode answer, List<VariantCarriers> load, Set<NhsNumber> cohort) {
    int smallest = ResearchView.SMALLEST_COUNT;
    assertThat(answer.get("suppressed").asBoolean()).isFalse();
    assertThat(answer.get("individuals").asInt()).isEqualTo(cohort.size());
    assertThat(answer.get("alleleNumber").asInt()).isEqualTo(2 * cohort.size());
    Map<String, JsonNode> byVariant = new LinkedHashMap<>();
    answer.get("variants").forEach(v -> byVariant.put(v.get("variant").asString(), v));
    int suppressed = 0;
    for (VariantCarriers v : load) {
      long het = v.heterozygous().stream().filter(cohort::contains).count();
      long hom = v.homozygous().stream().filter(cohort::contains).count();
      JsonNode got = byVariant.get(v.key().toString());
      if (het + hom == 0) {
        assertThat(got).as(v.key() + " carried by no one of the sub-cohort").isNull();
      } else if (het + hom < smallest) {
        assertThat(got.get("suppressed").asBoolean()).as(v.key().toString()).isTrue();
        assertThat(got.get("alleleCount").isNull()).isTrue();
        suppressed++;
      } else {
        assertThat(got.get("suppressed").asBoolean()).isFalse();
        assertThat(got.get("heterozygous").asLong()).as(v.key().toString()).isEqualTo(het);
        assertThat(got.get("homozygous").asLong()).isEqualTo(hom);
        assertThat(got.get("alleleCount").asLong()).isEqualTo(het + 2 * hom);
        assertThat(got.get("alleleFrequency").asDouble())
            .isCloseTo(
                (het + 2.0 * hom) / (2.0 * cohort.size()),
                org.assertj.core.data.Offset.offset(1e-9));
      }
    }
    assertThat(suppressed).as("variant 1 is carried by two people at most").isPositive();
    assertThat(byVariant).hasSizeLessThanOrEqualTo(load.size());
  }

  private JsonNode frequencies(ApiClient client, String filters) throws Exception {
    String path = "/api/research/frequencies?gene=" + GENE + "&filters=" + filters;
    var response = client.get(path);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private void decide(NhsNumber person, Decision decision) {
    SecurityContextHolder.getContext()
        .setAuthentication(
            new UsernamePasswordAuthenticationToken("dr-frequencies", "n/a", List.of()));
    try {
      consents.record(person, ConsentKind.RESEARCH_PARTICIPATION, decision, "frequencies test", "");
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
