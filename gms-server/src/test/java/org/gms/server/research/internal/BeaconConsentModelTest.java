package org.gms.server.research.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.gms.genomics.variant.VariantKey;
import org.gms.server.ApiClient;
import org.gms.server.ApiTest;
import org.gms.server.account.Role;
import org.gms.server.consent.ConsentKind;
import org.gms.server.consent.Consents;
import org.gms.server.consent.Decision;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.Patient;
import org.gms.server.record.Patients;
import org.gms.server.record.Sex;
import org.gms.server.research.ResearchGenotypes;
import org.gms.server.research.ResearchView;
import org.gms.server.research.VariantCarriers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;

/**
 * A model test of Beacon and consent: random sequences of research decisions (given, declined,
 * withdrawn) for eight patients with random genotypes, with Beacon g_variants and individuals
 * queries (boolean, count and record, as an anonymous caller and as a researcher) after every step.
 * No answer may ever reflect a patient whose current decision is not GIVEN: existence, counts,
 * carrier numbers, the variants listed and the research ids listed are each compared with the
 * model's consented set, and counts below five must be given as booleans.
 */
class BeaconConsentModelTest extends ApiTest {

  /**
   * A phenotype per seed, none an ancestor of another and used by no other test, so that each
   * seed's individuals are its own.
   */
  private static final Map<Long, String> TERMS =
      Map.of(
          11L,
          "HP:0000501",
          12L,
          "HP:0000486",
          13L,
          "HP:0000072",
          14L,
          "HP:0002650",
          15L,
          "HP:0001382",
          16L,
          "HP:0000280");

  private static final int PEOPLE = 8;
  private static final int VARIANTS = 12;

  @Autowired Patients patients;
  @Autowired Consents consents;
  @Autowired ResearchGenotypes genotypes;
  @Autowired Pseudonyms pseudonyms;

  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13, 14, 15, 16})
  void noAnswerEverReflectsAPatientWhoIsNotConsented(long seed) throws Exception {
    directory.importBundledIfMissing();
    Random random = new Random(seed);
    String term = TERMS.get(seed);
    List<NhsNumber> people = new ArrayList<>();
    for (int i = 0; i < PEOPLE; i++) {
      people.add(BeaconApiTest.nhs((int) (100 + seed * 20 + i)));
    }
    ApiClient clinician = client("dr-beacon-model", Role.CLINICIAN, "Beacon Model");
    ApiClient researcher = client("rita-beacon-model", Role.RESEARCHER, "Beacon Model");
    ApiClient anonymous = ApiClient.anonymous(port);
    for (NhsNumber person : people) {
      if (patients.find(person).isEmpty()) {
        patients.register(
            new Patient(
                person,
                "Model " + person.value(),
                java.time.LocalDate.of(1970, 1, 1),
                Sex.UNKNOWN));
      }
      // the order gives the phenotype and a first decision: declined
      var response =
          orderR29(
              clinician,
              "beacon-model-" + person.value(),
              person.value(),
              "Research Hub",
              term,
              false);
      assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
    }
    // random genotypes on a contig stretch of this seed's own
    Map<VariantKey, Set<NhsNumber>> carriers = new HashMap<>();
    List<VariantCarriers> load = new ArrayList<>();
    long base = 40_000_000L + seed * 10_000;
    for (int v = 0; v < VARIANTS; v++) {
      VariantKey key = BeaconApiTest.key("20", base + v * 10, "C", "T");
      Set<NhsNumber> het = new HashSet<>();
      Set<NhsNumber> hom = new HashSet<>();
      for (NhsNumber person : people) {
        int draw = random.nextInt(10);
        if (draw < 4) {
          het.add(person);
        } else if (draw < 5) {
          hom.add(person);
        }
      }
      Set<NhsNumber> all = new HashSet<>(het);
      all.addAll(hom);
      carriers.put(key, all);
      load.add(new VariantCarriers(key, het, hom));
    }
    genotypes.load("beacon model test " + seed, load);
    Map<String, NhsNumber> byResearchId =
        people.stream().collect(Collectors.toMap(pseudonyms::of, p -> p));

    Map<NhsNumber, Decision> model = new HashMap<>();
    people.forEach(p -> model.put(p, Decision.DECLINED));
    for (int step = 0; step < 30; step++) {
      NhsNumber person = people.get(random.nextInt(PEOPLE));
      Decision decision =
          model.get(person) == Decision.GIVEN
              ? (random.nextBoolean() ? Decision.WITHDRAWN : Decision.DECLINED)
              : (random.nextInt(3) > 0 ? Decision.GIVEN : Decision.DECLINED);
      decide(person, decision);
      model.put(person, decision);
      Set<NhsNumber> consented =
          people.stream().filter(p -> model.get(p) == Decision.GIVEN).collect(Collectors.toSet());
      String context = "seed " + seed + " step " + step + " consented " + consented.size();

      // one variant: exists and (as a researcher) its consented carriers
      VariantKey key = load.get(random.nextInt(VARIANTS)).key();
      Set<NhsNumber> expected = new HashSet<>(carriers.get(key));
      expected.retainAll(consented);
      JsonNode open = json(anonymous, BeaconApiTest.position(key, null));
      assertThat(open.at("/responseSummary/exists").asBoolean())
          .as(context)
          .isEqualTo(!expected.isEmpty());
      JsonNode counted = json(researcher, BeaconApiTest.position(key, "count"));
      checkCount(counted, expected.size(), context + " " + key);
      if (expected.size() >= ResearchView.SMALLEST_COUNT) {
        assertThat(counted.at("/info/consentedCarriers").asInt())
            .as(context)
            .isEqualTo(expected.size());
      }

      // the whole stretch as records: only variants a consented patient carries
      JsonNode records =
          json(
              researcher,
              "/beacon/v2/g_variants?referenceName=20&start="
                  + (base - 1)
                  + "&end="
                  + (base + VARIANTS * 10)
                  + "&requestedGranularity=record&limit=1000");
      Set<NhsNumber> anyCarrier = new HashSet<>();
      Set<String> carried = new HashSet<>();
      carriers.forEach(
          (k, who) -> {
            Set<NhsNumber> in = new HashSet<>(who);
            in.retainAll(consented);
            if (!in.isEmpty()) {
              carried.add(k.toString());
              anyCarrier.addAll(in);
            }
          });
      checkCount(records, anyCarrier.size(), context + " stretch");
      if (records.has("response")) {
        assertThat(BeaconApiTest.ids(records, "variantInternalId"))
            .as(context)
            .containsExactlyInAnyOrderElementsOf(carried);
      }

      // individuals with the phenotype: exactly the consented, by research id
      JsonNode individuals =
          json(
              researcher,
              "/beacon/v2/individuals?filters=" + term + "&requestedGranularity=record&limit=1000");
      checkCount(individuals, consented.size(), context + " individuals");
      if (individuals.has("response")) {
        Set<NhsNumber> listed =
            BeaconApiTest.ids(individuals, "id").stream()
                .map(byResearchId::get)
                .collect(Collectors.toSet());
        assertThat(listed).as(context).isEqualTo(consented);
      }
      assertThat(
              json(anonymous, "/beacon/v2/individuals?filters=" + term)
                  .at("/responseSummary/exists")
                  .asBoolean())
          .as(context)
          .isEqualTo(!consented.isEmpty());
    }
  }

  /** Existence always; the count only from the smallest count given, else a boolean answer. */
  private static void checkCount(JsonNode response, int expected, String context) {
    assertThat(response.at("/responseSummary/exists").asBoolean())
        .as(context)
        .isEqualTo(expected > 0);
    if (expected > 0 && expected < ResearchView.SMALLEST_COUNT) {
      assertThat(response.at("/meta/returnedGranularity").asString())
          .as(context)
          .isEqualTo("boolean");
      assertThat(response.at("/responseSummary").has("numTotalResults")).as(context).isFalse();
      assertThat(response.has("response")).as(context).isFalse();
    } else {
      assertThat(response.at("/meta/returnedGranularity").asString())
          .as(context)
          .isNotEqualTo("boolean");
    }
  }

  private void decide(NhsNumber person, Decision decision) {
    SecurityContextHolder.getContext()
        .setAuthentication(
            new UsernamePasswordAuthenticationToken("dr-beacon-model", "n/a", List.of()));
    try {
      consents.record(person, ConsentKind.RESEARCH_PARTICIPATION, decision, "model test", "");
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private static JsonNode json(ApiClient client, String path) throws Exception {
    var response = client.get(path);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }
}
