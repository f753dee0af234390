package org.gms.server.research.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.gms.genomics.reference.GenomeBuild;
import org.gms.genomics.variant.VariantKey;
import org.gms.server.ApiClient;
import org.gms.server.ApiTest;
import org.gms.server.account.Role;
import org.gms.server.analysis.RunSucceeded;
import org.gms.server.audit.AuditLog;
import org.gms.server.directory.GeneLocations;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.Patient;
import org.gms.server.record.Patients;
import org.gms.server.record.Sex;
import org.gms.server.research.ResearchGenotypes;
import org.gms.server.research.VariantCarriers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * GA4GH Beacon v2 over HTTP: answers follow the patients' current research decisions at once,
 * granularity follows the caller's access, small counts are given as booleans, no direct
 * identifiers, and every response validates against the published Beacon v2 schemas.
 */
class BeaconApiTest extends ApiTest {

  private static final String RESULTSETS = "framework/json/responses/beaconResultsetsResponse.json";
  private static final String COUNT = "framework/json/responses/beaconCountResponse.json";
  private static final String BOOLEAN = "framework/json/responses/beaconBooleanResponse.json";
  private static final String VARIANT_MODEL =
      "models/json/beacon-v2-default-model/genomicVariations/defaultSchema.json";
  private static final String INDIVIDUAL_MODEL =
      "models/json/beacon-v2-default-model/individuals/defaultSchema.json";

  /** Atrial septal defect: used by no other test. */
  private static final String TERM = "HP:0001631";

  /** Abnormal cardiac septum morphology, an ancestor of {@link #TERM}. */
  private static final String PARENT_TERM = "HP:0001671";

  @Autowired Patients patients;
  @Autowired ResearchGenotypes genotypes;
  @Autowired GenotypeStore store;
  @Autowired GeneLocations genes;
  @Autowired AuditLog audit;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transactions;

  /** A valid NHS number in a range only the Beacon tests use. */
  static NhsNumber nhs(int n) {
    return NhsNumber.firstValidFrom(999_700_000L + n * 2L);
  }

  @Test
  void variantAnswersFollowConsentAndAccess() throws Exception {
    directory.importBundledIfMissing();
    ApiClient clinician = client("dr-beacon", Role.CLINICIAN, "Beacon Test");
    ApiClient researcher = client("rita-beacon", Role.RESEARCHER, "Beacon Test");
    ApiClient anonymous = ApiClient.anonymous(port);
    List<NhsNumber> people = List.of(nhs(1), nhs(2), nhs(3), nhs(4), nhs(5), nhs(6));
    for (int i = 0; i < people.size(); i++) {
      order(clinician, people.get(i), i < 5, "HP:0001250", Sex.FEMALE);
    }
    NhsNumber declined = people.get(5);
    Set<NhsNumber> consenting = Set.copyOf(people.subList(0, 5));
    VariantKey shared = key("22", 20_000_001, "G", "A");
    VariantKey rare = key("22", 20_000_101, "C", "T");
    VariantKey declinedOnly = key("22", 20_000_201, "T", "G");
    GeneLocations.GeneLocation brca1 = genes.locate("BRCA1").orElseThrow();
    VariantKey inGene = key(brca1.contig(), brca1.start() + 1000, "A", "C");
    genotypes.load(
        "beacon api test",
        List.of(
            new VariantCarriers(shared, consenting, Set.of(declined)),
            new VariantCarriers(rare, Set.of(people.get(0), declined), Set.of()),
            new VariantCarriers(declinedOnly, Set.of(), Set.of(declined)),
            new VariantCarriers(inGene, consenting, Set.of())));

    // anyone: boolean only
    JsonNode seen = get(anonymous, position(shared, "count"), BOOLEAN);
    assertThat(seen.at("/responseSummary/exists").asBoolean()).isTrue();
    assertThat(seen.at("/meta/returnedGranularity").asString()).isEqualTo("boolean");
    assertThat(seen.at("/responseSummary").has("numTotalResults")).isFalse();
    assertThat(
            get(anonymous, position(declinedOnly, null), BOOLEAN)
                .at("/responseSummary/exists")
                .asBoolean())
        .as("only a patient who declined carries it")
        .isFalse();
    assertThat(
            get(clinician, position(shared, "record"), BOOLEAN)
                .at("/meta/returnedGranularity")
                .asString())
        .as("a logged-in user who is not a researcher")
        .isEqualTo("boolean");

    // researchers: count and record
    JsonNode counted = get(researcher, position(shared, "count"), COUNT);
    assertThat(counted.at("/responseSummary/numTotalResults").asInt()).isEqualTo(1);
    assertThat(counted.at("/info/consentedCarriers").asInt()).isEqualTo(5);
    JsonNode suppressed = get(researcher, position(rare, "count"), BOOLEAN);
    assertThat(suppressed.at("/meta/returnedGranularity").asString()).isEqualTo("boolean");
    assertThat(suppressed.at("/info/countSuppressed").asBoolean()).isTrue();
    assertThat(suppressed.at("/responseSummary/exists").asBoolean()).isTrue();

    String range =
        "/beacon/v2/g_variants?referenceName=22&start=20000000&end=20000300"
            + "&requestedGranularity=record&limit=100";
    JsonNode records = get(researcher, range, RESULTSETS);
    List<String> ids = ids(records, "variantInternalId");
    assertThat(ids).containsExactly(shared.toString(), rare.toString());
    for (JsonNode result : records.at("/response/resultSets/0/results")) {
      BeaconSchemas.assertValid(result.toString(), VARIANT_MODEL);
    }
    assertThat(
            records
                .at(
                    "/response/resultSets/0/results/0/frequencyInPopulations/0/frequencies/0/alleleFrequency")
                .asDouble())
        .isPositive();
    assertThat(records.at("/response/resultSets/0/results/1").has("frequencyInPopulations"))
        .as("one consented carrier: no frequency")
        .isFalse();
    String body = researcher.get(range).body();
    people.forEach(p -> assertThat(body).doesNotContain(p.value()));

    JsonNode byGene =
        get(
            researcher,
            "/beacon/v2/g_variants?geneId=BRCA1&requestedGranularity=record&limit=1000",
            RESULTSETS);
    assertThat(ids(byGene, "variantInternalId")).contains(inGene.toString());
    JsonNode exact =
        get(
            researcher,
            "/beacon/v2/g_variants?referenceName=chr22&start=20000000&referenceBases=G&alternateBases=A"
                + "&requestedGranularity=count",
            COUNT);
    assertThat(exact.at("/responseSummary/numTotalResults").asInt()).isEqualTo(1);

    // a withdrawal counts from the next query
    withdrawFromResearch(clinician, people.get(0).value());
    assertThat(
            get(researcher, position(shared, "count"), BOOLEAN)
                .at("/info/countSuppressed")
                .asBoolean())
        .isTrue();
    assertThat(
            get(anonymous, position(rare, null), BOOLEAN).at("/responseSummary/exists").asBoolean())
        .as("its only consented carrier withdrew")
        .isFalse();

    audit.flush();
    assertThat(audit.recent(500))
        .anySatisfy(
            e -> {
              assertThat(e.entityType()).isEqualTo("beacon");
              assertThat(e.actor()).isEqualTo("rita-beacon");
            });
  }

  @Test
  void individualsByPhenotypeAndSex() throws Exception {
    directory.importBundledIfMissing();
    ApiClient clinician = client("dr-beacon", Role.CLINICIAN, "Beacon Test");
    ApiClient researcher = client("rita-beacon", Role.RESEARCHER, "Beacon Test");
    List<NhsNumber> people = List.of(nhs(11), nhs(12), nhs(13), nhs(14), nhs(15), nhs(16));
    for (int i = 0; i < people.size(); i++) {
      order(clinician, people.get(i), i < 5, TERM, i < 5 ? Sex.FEMALE : Sex.MALE);
    }
    String female = "/beacon/v2/individuals?filters=" + TERM + ",NCIT:C16576";
    JsonNode count = get(researcher, female + "&requestedGranularity=count", COUNT);
    assertThat(count.at("/responseSummary/numTotalResults").asInt()).isEqualTo(5);
    JsonNode records = get(researcher, female + "&requestedGranularity=record", RESULTSETS);
    assertThat(records.at("/response/resultSets/0/results").size()).isEqualTo(5);
    for (JsonNode individual : records.at("/response/resultSets/0/results")) {
      BeaconSchemas.assertValid(individual.toString(), INDIVIDUAL_MODEL);
      assertThat(individual.get("id").asString()).matches("R[0-9a-f]{24}");
      assertThat(individual.at("/sex/id").asString()).isEqualTo("NCIT:C16576");
    }
    assertThat(
            get(
                    researcher,
                    "/beacon/v2/individuals?filters=" + PARENT_TERM + "&requestedGranularity=count",
                    COUNT)
                .at("/responseSummary/numTotalResults")
                .asInt())
        .as("a term's ancestor finds it")
        .isEqualTo(5);
    assertThat(
            get(researcher, "/beacon/v2/individuals?filters=" + TERM + ",NCIT:C20197", BOOLEAN)
                .at("/responseSummary/exists")
                .asBoolean())
        .as("the only male declined")
        .isFalse();
    JsonNode anonymous =
        get(ApiClient.anonymous(port), "/beacon/v2/individuals?filters=" + TERM, BOOLEAN);
    assertThat(anonymous.at("/responseSummary/exists").asBoolean()).isTrue();
    assertThat(anonymous.at("/meta/returnedGranularity").asString()).isEqualTo("boolean");

    withdrawFromResearch(clinician, people.get(0).value());
    JsonNode four = get(researcher, female + "&requestedGranularity=record", BOOLEAN);
    assertThat(four.at("/info/countSuppressed").asBoolean()).isTrue();
    assertThat(four.has("response")).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "/beacon/v2, framework/json/responses/beaconInfoResponse.json",
    "/beacon/v2/info, framework/json/responses/beaconInfoResponse.json",
    "/beacon/v2/service-info, framework/json/responses/ga4gh-service-info-1-0-0-schema.json",
    "/beacon/v2/configuration, framework/json/responses/beaconConfigurationResponse.json",
    "/beacon/v2/map, framework/json/responses/beaconMapResponse.json",
    "/beacon/v2/entry_types, framework/json/responses/beaconEntryTypesResponse.json",
    "/beacon/v2/filtering_terms, framework/json/responses/beaconFilteringTermsResponse.json",
    "/beacon/v2/g_variants?geneId=NOT-A-GENE, framework/json/responses/beaconErrorResponse.json",
    "/beacon/v2/g_variants?referenceName=1, framework/json/responses/beaconErrorResponse.json",
    "/beacon/v2/individuals?filters=XYZ:1, framework/json/responses/beaconErrorResponse.json"
  })
  void informationalAnswersAndErrorsFollowTheSchemas(String path, String schema) throws Exception {
    HttpResponse<String> response = ApiClient.anonymous(port).get(path);
    assertThat(response.statusCode())
        .as(response.body())
        .isEqualTo(schema.contains("Error") ? (path.contains("NOT-A-GENE") ? 404 : 400) : 200);
    BeaconSchemas.assertValid(response.body(), schema);
  }

  @Test
  void theGenotypesOfASucceededRunAreLoadedOnce(@TempDir Path dir) throws Exception {
    Path vcf = dir.resolve("family.vcf");
    Files.writeString(
        vcf,
        """
        ##fileformat=VCFv4.2
        ##contig=<ID=chr21,length=46709983>
        ##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">
        #CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tKID\tMUM
        chr21\t30000001\t.\tA\tG\t50\tPASS\t.\tGT\t0/1\t1/1
        chr21\t30000011\t.\tCA\tC,CAA\t50\t.\t.\tGT\t1/2\t0/0
        chr21\t30000021\t.\tT\tC\t50\tLowQual\t.\tGT\t1/1\t1/1
        """);
    NhsNumber kid = nhs(21);
    NhsNumber mum = nhs(22);
    RunSucceeded run =
        new RunSucceeded(
            987_654_321L,
            1L,
            vcf,
            Map.of(kid.value(), "KID", mum.value(), "MUM", nhs(23).value(), "DAD"));
    transactions.executeWithoutResult(status -> events.publishEvent(run));

    GenotypeStore.Snapshot snapshot = store.snapshot();
    Map<String, Integer> index = snapshot.indexByNhs();
    List<GenotypeStore.Row> rows =
        store.overlapping(snapshot, GenomeBuild.GRCh38, "21", 30_000_001, 30_000_030);
    assertThat(rows)
        .extracting(r -> r.key().toString())
        .containsExactly(
            "GRCh38:21:30000001:A:G", "GRCh38:21:30000012:-:A", "GRCh38:21:30000012:A:-");
    assertThat(rows.get(0).het()).containsExactly(index.get(kid.value()));
    assertThat(rows.get(0).hom()).containsExactly(index.get(mum.value()));
    assertThat(rows.get(1).het()).containsExactly(index.get(kid.value()));
    assertThat(index).doesNotContainKey(nhs(23).value());
    assertThat(genotypes.loadVcf("analysis run 987654321", vcf, Map.of(kid, "KID")).alreadyLoaded())
        .isTrue();
  }

  static VariantKey key(String contig, long position, String ref, String alt) {
    return new VariantKey(GenomeBuild.GRCh38, contig, position, ref, alt);
  }

  static String position(VariantKey key, String granularity) {
    return "/beacon/v2/g_variants?referenceName="
        + key.contig()
        + "&start="
        + (key.position() - 1)
        + (granularity == null ? "" : "&requestedGranularity=" + granularity);
  }

  static List<String> ids(JsonNode response, String field) {
    return StreamSupport.stream(response.at("/response/resultSets/0/results").spliterator(), false)
        .map(r -> r.get(field).asString())
        .toList();
  }

  /** GETs the path, asserts 200 and validity against the schema, returns the body. */
  static JsonNode get(ApiClient client, String path, String schema) throws Exception {
    HttpResponse<String> response = client.get(path);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    if (Files.isDirectory(BeaconSchemas.ROOT)) {
      BeaconSchemas.assertValid(response.body(), schema);
    }
    return JSON.readTree(response.body());
  }

  private void order(ApiClient clinician, NhsNumber nhs, boolean research, String term, Sex sex)
      throws Exception {
    if (patients.find(nhs).isEmpty()) {
      patients.register(
          new Patient(nhs, "Beacon Patient " + nhs.value(), LocalDate.of(1980, 5, 6), sex));
    }
    HttpResponse<String> response =
        orderR29(
            clinician,
            "beacon-" + nhs.value() + "-" + term,
            nhs.value(),
            "Research Hub",
            term,
            research);
    assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
  }
}
