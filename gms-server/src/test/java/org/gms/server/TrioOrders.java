package org.gms.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The trio order flow of the API tests, over HTTP: a clinician registers the family and orders the
 * R29.4 trio test from a laboratory, whose scientist receives the sample, moves the order to
 * sequencing, uploads the family's VCF, starts the analysis, awaits it and authorises the report.
 * Every step asserts the status the API answers with, so a broken step fails the test where it
 * broke.
 */
public final class TrioOrders {

  /** The header of a trio VCF whose samples are c1 (the child), m1 (mother) and f1 (father). */
  public static final String VCF_HEADER =
      """
      ##fileformat=VCFv4.2
      ##contig=<ID=chr2,length=242193529>
      ##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">
      #CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tc1\tm1\tf1
      """;

  /**
   * A trio carrying, de novo in the child, the FBXO11 frameshift of a published case (PMID
   * 30057029, individual 10: chr2:47838938 AAG>A, NM_001190274.2:c.506_507del).
   */
  public static final String FBXO11_TRIO =
      VCF_HEADER + "chr2\t47838938\t.\tAAG\tA\t500\tPASS\t.\tGT\t0/1\t0/0\t0/0\n";

  /** The child's observed features in that publication (PMID 30057029, individual 10). */
  public static final List<String> FBXO11_FEATURES =
      List.of(
          "HP:0001252",
          "HP:0031354",
          "HP:0001263",
          "HP:0001249",
          "HP:0000218",
          "HP:0004467",
          "HP:0000431",
          "HP:0010296");

  /** Those features as the items of a JSON array ({@code "HP:0001252", "HP:0031354", ...}). */
  public static final String FBXO11_FEATURES_JSON =
      String.join(", ", FBXO11_FEATURES.stream().map(t -> "\"" + t + "\"").toList());

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ApiClient clinician;
  private final ApiClient scientist;
  private final String laboratory;
  private String mother;
  private String father;

  private TrioOrders(ApiClient clinician, ApiClient scientist, String laboratory) {
    this.clinician = clinician;
    this.scientist = scientist;
    this.laboratory = laboratory;
  }

  /** Orders placed by the clinician with the laboratory, handled there by the scientist. */
  public static TrioOrders between(ApiClient clinician, ApiClient scientist, String laboratory) {
    return new TrioOrders(clinician, scientist, laboratory);
  }

  /** The parents of every order's patient, tested with them (samples m1 and f1). */
  public TrioOrders parents(String mother, String father) {
    this.mother = mother;
    this.father = father;
    return this;
  }

  /**
   * The family of every order: registers the child (of the sex given) and the mother and father
   * (tested with the child, samples m1 and f1), each as "Patient (NHS number)", unless already
   * registered.
   */
  public TrioOrders family(String child, String childSex, String mother, String father)
      throws Exception {
    return parents(mother, father)
        .register(child, childSex)
        .register(mother, "female")
        .register(father, "male");
  }

  /** Registers the patient as "Patient (NHS number)" unless already registered. */
  public TrioOrders register(String nhs, String sex) throws Exception {
    return register(nhs, "Patient " + nhs, sex);
  }

  /** Registers the patient unless already registered. */
  public TrioOrders register(String nhs, String name, String sex) throws Exception {
    clinician.registerUnlessRegistered(nhs, name, "2016-02-02", sex);
    return this;
  }

  /**
   * Places the R29.4 trio order for the patient with the HPO terms (JSON strings, comma separated),
   * has the laboratory receive its blood sample under the barcode and moves it to sequencing;
   * returns the order's id.
   */
  public long sequencedOrder(String requestKey, String patient, String hpoTerms, String barcode)
      throws Exception {
    HttpResponse<String> submitted =
        clinician.post(
            "/api/orders",
            "application/json",
            """
            {"requestKey": "%s", "patient": "%s", "indication": "R29", "test": "R29.4",
             "laboratory": "%s", "hpoTerms": [%s],
             "family": [{"nhsNumber": "%s", "relationship": "mother"},
                        {"nhsNumber": "%s", "relationship": "father"}],
             "researchParticipation": false, "recontact": true,
             "orderAnywayReason": "test case %s"}
            """
                .formatted(requestKey, patient, laboratory, hpoTerms, mother, father, requestKey));
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
    long order = json(submitted).get("id").asLong();
    assertThat(
            scientist
                .post(
                    "/api/orders/" + order + "/samples",
                    "application/json",
                    "{\"barcode\": \"" + barcode + "\", \"type\": \"blood\"}")
                .statusCode())
        .isEqualTo(201);
    assertThat(
            scientist
                .post(
                    "/api/orders/" + order + "/transitions",
                    "application/json",
                    "{\"to\": \"sequencing\"}")
                .statusCode())
        .isEqualTo(200);
    return order;
  }

  /** Uploads the VCF as the scientist; returns its name in the analysis data directory. */
  public String upload(String vcf) throws Exception {
    HttpResponse<String> stored =
        scientist.post("/api/vcf-files?filename=trio.vcf", "text/plain", vcf);
    assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
    return json(stored).get("vcf").asString();
  }

  /** Asks to start the analysis of the uploaded VCF: c1 is the patient, m1 and f1 the parents. */
  public HttpResponse<String> start(long order, String vcf, String patient) throws Exception {
    return scientist.post(
        "/api/orders/" + order + "/analyses",
        "application/json",
        """
        {"vcf": "%s", "samples": {"%s": "c1", "%s": "m1", "%s": "f1"}}
        """
            .formatted(vcf, patient, mother, father));
  }

  /** Starts the analysis, which must be accepted; returns the run's id. */
  public long started(long order, String vcf, String patient) throws Exception {
    HttpResponse<String> started = start(order, vcf, patient);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    return json(started).get("id").asLong();
  }

  /** The run's state once it has SUCCEEDED or FAILED, waiting up to 3 minutes. */
  public JsonNode awaitFinished(long run) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline)) {
      JsonNode state = json(scientist.get("/api/analyses/" + run));
      if (List.of("SUCCEEDED", "FAILED").contains(state.get("state").asString())) {
        return state;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("run " + run + " did not finish in 3 minutes");
  }

  /** Waits for the run to finish, which it must do SUCCEEDED. */
  public void awaitSucceeded(long run) throws Exception {
    JsonNode finished = awaitFinished(run);
    assertThat(finished.get("state").asString()).as(finished.toString()).isEqualTo("SUCCEEDED");
  }

  /** Asks, as the scientist, to authorise the run's report with the JSON body. */
  public HttpResponse<String> authorise(long run, String report) throws Exception {
    return scientist.post("/api/analyses/" + run + "/report", "application/json", report);
  }

  /** Authorises the run's report, which must be accepted. */
  public void authorised(long run, String report) throws Exception {
    HttpResponse<String> authorised = authorise(run, report);
    assertThat(authorised.statusCode()).as(authorised.body()).isEqualTo(201);
  }

  /** The response's body as JSON. */
  public static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }
}
