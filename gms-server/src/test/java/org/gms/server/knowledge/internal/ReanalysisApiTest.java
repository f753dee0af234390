package org.gms.server.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gms.server.TrioOrders.FBXO11_TRIO;
import static org.gms.server.TrioOrders.json;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.gms.genomics.interpretation.acmg.AcmgClass;
import org.gms.genomics.interpretation.acmg.AcmgClassifier;
import org.gms.genomics.variant.VariantKey;
import org.gms.server.ApiClient;
import org.gms.server.ApiTest;
import org.gms.server.TrioOrders;
import org.gms.server.account.Role;
import org.gms.server.directory.Confidence;
import org.gms.server.directory.GenePanels;
import org.gms.server.directory.PanelGene;
import org.gms.server.directory.PanelGeneList;
import org.gms.server.directory.TestDirectory;
import org.gms.server.directory.TestTarget;
import org.gms.server.knowledge.KnowledgeImport;
import org.gms.server.knowledge.KnowledgeImports;
import org.gms.server.record.ClassificationSource;
import org.gms.server.record.NewClassification;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.RecordEntry;
import org.gms.server.record.RecordSource;
import org.gms.server.record.RecordedVariant;
import org.gms.server.record.VariantClassification;
import org.gms.server.record.VariantClassifications;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Re-analysis over HTTP: a trio analysed and reported with the de novo FBXO11 frameshift (as in
 * AnalysisApiTest) called a VUS, then ClinVar releases and HPO annotation releases imported as
 * versions. The reported variant's key is GRCh38:2:47838939:AG:- (AAG>A at 47838938).
 */
class ReanalysisApiTest extends ApiTest {

  private static final String CHILD = "9992000007";
  private static final String MOTHER = "9992000015";
  private static final String FATHER = "9992000023";
  private static final String HUB = "Reanalysis Test Hub";
  private static final String KEY = "GRCh38:2:47838939:AG:-";

  @Autowired KnowledgeImports knowledge;
  @Autowired VariantClassifications classifications;
  @Autowired JdbcClient jdbc;
  @Autowired List<RecordSource> recordSources;
  @Autowired TestDirectory testDirectory;
  @Autowired GenePanels genePanels;
  @Autowired Reanalyser reanalyser;
  @TempDir Path dir;

  ApiClient clinician;
  ApiClient scientist;
  ApiClient otherLab;
  TrioOrders trio;

  @BeforeEach
  void setUp() throws Exception {
    directory.importBundledIfMissing();
    clinician =
        ApiClient.as("dr-reanalysis", Role.CLINICIAN, "Reanalysis Test Hospital", accounts, port);
    scientist = ApiClient.as("lab-reanalysis", Role.LABORATORY_SCIENTIST, HUB, accounts, port);
    otherLab =
        ApiClient.as("lab-elsewhere", Role.LABORATORY_SCIENTIST, "Another Hub", accounts, port);
    trio = TrioOrders.between(clinician, scientist, HUB).family(CHILD, "male", MOTHER, FATHER);
  }

  @Test
  void aReportedVusThatClinvarNowCallsPathogenicRaisesOneAlertForItsLaboratory() throws Exception {
    long order = reportedAsVus();

    KnowledgeImport before = clinvarSays("Uncertain_significance");
    assertThat(alertsOf(order)).isEmpty();
    KnowledgeImport now = clinvarSays("Pathogenic");

    assertThat(now.changes()).isEqualTo(1);
    assertThat(now.previous()).contains(before.version());
    assertThat(now.job()).get().satisfies(j -> assertThat(j.alerts()).isGreaterThanOrEqualTo(1));
    JsonNode alert = singleAlert(scientist, order);
    assertThat(alert.get("rule").asString()).isEqualTo("CLINVAR_NOW_PATHOGENIC");
    assertThat(alert.get("laboratory").asString()).isEqualTo(HUB);
    assertThat(alert.get("patient").asString()).isEqualTo(CHILD);
    assertThat(alert.get("variantKey").asString()).isEqualTo(KEY);
    assertThat(alert.get("gene").asString()).isEqualTo("FBXO11");
    assertThat(alert.get("oldEvidence").asString())
        .contains("Reported VUS", "lab-reanalysis", "Uncertain significance");
    assertThat(alert.get("newEvidence").asString()).contains("Pathogenic", "variation 1234");
    assertThat(alert.get("knowledgeVersion").asLong()).isEqualTo(now.version().id());

    // the same release again is recognised by its checksum and changes nothing
    KnowledgeImport again = knowledge.importClinvar(file(now), null, true, line -> {});
    assertThat(again.alreadyImported()).isTrue();
    assertThat(again.job()).isEmpty();
    // a later release saying the same raises no second alert for the same cause
    clinvarSays("Pathogenic");
    assertThat(alertsOf(order)).hasSize(1);

    // another laboratory's scientist neither lists nor reads it; a clinician is refused
    long id = alert.get("id").asLong();
    assertThat(otherLab.get("/api/reanalysis/alerts").body()).doesNotContain(KEY);
    assertThat(otherLab.get("/api/reanalysis/alerts/" + id).statusCode()).isEqualTo(404);
    HttpResponse<String> byClinician = clinician.get("/api/reanalysis/alerts");
    assertThat(byClinician.statusCode()).isEqualTo(403);
    assertThat(byClinician.body()).contains("laboratory scientists");
    HttpResponse<String> dismissedElsewhere =
        decide(otherLab, id, "dismiss", "{\"reason\": \"not ours\"}");
    assertThat(dismissedElsewhere.statusCode()).isEqualTo(404);
  }

  @Test
  void acceptingIssuesAnAmendedReportAndAddsTheClassificationToTheHistory() throws Exception {
    long order = reportedAsVus();
    long id = vusNowPathogenicAlert(order);

    HttpResponse<String> noClass =
        decide(scientist, id, "accept", "{\"conclusion\": \"Now explains the phenotype.\"}");
    assertThat(noClass.statusCode()).isEqualTo(400);
    assertThat(noClass.body()).contains("finalClass is required", KEY);
    HttpResponse<String> accepted =
        decide(
            scientist,
            id,
            "accept",
            """
            {"finalClass": "P", "comment": "Reclassified after ClinVar's update.",
             "conclusion": "The de novo FBXO11 frameshift is pathogenic and explains the phenotype."}
            """);

    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
    JsonNode decided = json(accepted);
    assertThat(decided.get("state").asString()).isEqualTo("ACCEPTED");
    assertThat(decided.get("decision").asString()).contains("amended report version 2");
    assertThat(decided.get("decidedBy").asString()).isEqualTo("lab-reanalysis");
    JsonNode report = json(clinician.get("/api/orders/" + order + "/report"));
    assertThat(report.get("version").asInt()).isEqualTo(2);
    assertThat(report.get("amendmentReason").asString()).contains("re-analysis alert " + id);
    assertThat(report.get("variants").asString()).contains("\"finalClass\": \"P\"");
    assertThat(clinician.get("/api/orders/" + order + "/report", "text/html").body())
        .contains("Amended report (version 2)", "Pathogenic");
    assertThat(json(clinician.get("/api/orders/" + order)).get("state").asString())
        .isEqualTo("REPORTED");
    String first =
        jdbc.sql(
                "SELECT variants::text FROM result_report_superseded"
                    + " WHERE order_id = :o AND version = 1")
            .param("o", order)
            .query(String.class)
            .single();
    assertThat(first).as("the first report is kept as issued").contains("\"finalClass\": \"VUS\"");
    List<VariantClassification> history =
        classifications.forPatient(new NhsNumber(CHILD)).stream()
            .filter(c -> c.orderId() == order)
            .toList();
    assertThat(history)
        .extracting(VariantClassification::acmgClass, VariantClassification::source)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                AcmgClass.UNCERTAIN_SIGNIFICANCE, ClassificationSource.REPORT),
            org.assertj.core.groups.Tuple.tuple(
                AcmgClass.PATHOGENIC, ClassificationSource.AMENDED_REPORT));
    assertThat(scientist.get("/api/reanalysis/alerts").body()).doesNotContain("\"id\":" + id + ",");
    HttpResponse<String> twice =
        decide(scientist, id, "dismiss", "{\"reason\": \"changed my mind\"}");
    assertThat(twice.statusCode()).isEqualTo(409);
    assertThat(twice.body()).contains("accepted by lab-reanalysis");
  }

  @Test
  void dismissingNeedsAReason() throws Exception {
    long order = reportedAsVus();
    long id = vusNowPathogenicAlert(order);

    HttpResponse<String> blank = decide(scientist, id, "dismiss", "{\"reason\": \" \"}");
    assertThat(blank.statusCode()).isEqualTo(400);
    assertThat(blank.body()).contains("reason is required");
    HttpResponse<String> dismissed =
        decide(
            scientist,
            id,
            "dismiss",
            "{\"reason\": \"Single submitter without functional evidence; kept as VUS.\"}");

    assertThat(dismissed.statusCode()).as(dismissed.body()).isEqualTo(200);
    assertThat(json(dismissed).get("state").asString()).isEqualTo("DISMISSED");
    assertThat(json(dismissed).get("decision").asString()).contains("kept as VUS");
    assertThat(json(clinician.get("/api/orders/" + order + "/report")).get("version").asInt())
        .isEqualTo(1);
    // the patient's record shows the alert and the decision
    RecordSource section =
        recordSources.stream()
            .filter(r -> r.section().equals("reanalysis"))
            .findFirst()
            .orElseThrow();
    assertThat(section.entries(new NhsNumber(CHILD)))
        .filteredOn(e -> e.link().equals("/api/reanalysis/alerts/" + id))
        .extracting(RecordEntry::kind)
        .containsExactly("reanalysis-alert", "reanalysis-dismissed");
  }

  @Test
  void aNewGeneDiseaseLinkMatchingAnUnsolvedCasesPhenotypeRaisesAGeneAlert() throws Exception {
    String marker = UUID.randomUUID().toString();
    KnowledgeImport first =
        knowledge.importHpo(
            hpoFile("before", marker, false), "test-before-" + marker, true, l -> {});
    long order = inInterpretation();
    assertThat(runResult(order).path("knowledgeVersionIds").path("HPO").asLong())
        .as("the run records the HPO version it ranked with")
        .isEqualTo(first.version().id());
    KnowledgeImport second =
        knowledge.importHpo(hpoFile("after", marker, true), "test-after-" + marker, true, l -> {});

    assertThat(first.version().summary()).contains("1 gene-disease links");
    assertThat(second.changes()).isEqualTo(1);
    JsonNode alert = singleAlert(scientist, order);
    assertThat(alert.get("rule").asString()).isEqualTo("HPO_NEW_GENE_MATCH");
    assertThat(alert.get("gene").asString()).isEqualTo("FBXO11");
    assertThat(alert.get("oldEvidence").asString())
        .contains("HPO test-before-" + marker, "had no phenotype annotation");
    assertThat(alert.get("newEvidence").asString()).contains("ranked 1", "OMIM:618089");
    HttpResponse<String> accepted =
        scientist.post(
            "/api/reanalysis/alerts/" + alert.get("id").asLong() + "/accept",
            "application/json",
            "{\"comment\": \"FBXO11 reviewed first.\"}");
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
    assertThat(json(accepted).get("decision").asString())
        .contains("taken into the report in preparation", "FBXO11 reviewed first.");
  }

  /**
   * The HPO rule compares the latest release with the one the case's run used, not with the release
   * before the latest: a link added by a release imported without re-analysis still alerts at the
   * next import, and a link the run already had does not alert when it comes back.
   */
  @Test
  void theHpoRuleComparesWithTheReleaseTheCasesRunUsed() throws Exception {
    String marker = UUID.randomUUID().toString();
    knowledge.importHpo(hpoFile("v1", marker, false), "test-v1-" + marker, false, l -> {});
    long withoutLink = inInterpretation();
    knowledge.importHpo(hpoFile("v2", marker, true), "test-v2-" + marker, false, l -> {});
    long withLink = inInterpretation();
    assertThat(alertsOf(withoutLink)).isEmpty();

    // v3 adds nothing for FBXO11 over v2, but over v1, the release the first case's run used (its
    // new link, of a gene both cases' releases ranked already, alerts neither)
    Path v3 = hpoFile("v3", marker, true);
    Files.writeString(
        v3, "2001\tOTHER1\tHP:0001631\tterm\t-\tOMIM:100002\n", StandardOpenOption.APPEND);
    KnowledgeImport third = knowledge.importHpo(v3, "test-v3-" + marker, true, l -> {});

    assertThat(third.previous()).isPresent();
    JsonNode alert = singleAlert(scientist, withoutLink);
    assertThat(alert.get("rule").asString()).isEqualTo("HPO_NEW_GENE_MATCH");
    assertThat(alert.get("oldEvidence").asString()).contains("HPO test-v1-" + marker);
    assertThat(alert.get("knowledgeVersion").asLong()).isEqualTo(third.version().id());
    // the second case's run already ranked with the FBXO11 links of v2
    assertThat(alertsOf(withLink)).isEmpty();
  }

  /**
   * A genes_to_phenotype file with one unrelated link, and FBXO11's to the case's terms if asked.
   */
  private Path hpoFile(String name, String marker, boolean fbxo11) throws Exception {
    String header = "ncbi_gene_id\tgene_symbol\thpo_id\thpo_name\tfrequency\tdisease_id\n";
    StringBuilder content =
        new StringBuilder(header)
            .append("2001\tOTHER1\tHP:0001631\tAtrial septal defect ")
            .append(marker)
            .append("\t-\tOMIM:100001\n");
    if (fbxo11) {
      for (String term : TrioOrders.FBXO11_FEATURES) {
        content.append("80204\tFBXO11\t").append(term).append("\tterm\t-\tOMIM:618089\n");
      }
    }
    Path file = dir.resolve("genes_to_phenotype." + name + ".txt");
    Files.writeString(file, content.toString());
    return file;
  }

  private JsonNode runResult(long order) throws Exception {
    long run = json(scientist.get("/api/orders/" + order + "/analyses")).get(0).get("id").asLong();
    return json(scientist.get("/api/analyses/" + run + "/result"));
  }

  @Test
  void aGeneNewlyGreenOnAnUnsolvedCasesPanelRaisesAPanelAlert() throws Exception {
    long order = inInterpretation();
    int panelId =
        testDirectory.indication("R29", Optional.empty()).orElseThrow().tests().stream()
            .filter(t -> t.code().equals("R29.4"))
            .flatMap(t -> t.targets().stream())
            .filter(t -> t.kind() == TestTarget.Kind.PANEL && t.panelId() != null)
            .findFirst()
            .orElseThrow()
            .panelId();
    PanelGeneList used =
        genePanels.geneList(panelId, Optional.empty(), Set.of(Confidence.values())).orElseThrow();
    Set<String> onPanel =
        used.genes().stream().map(PanelGene::symbol).collect(java.util.stream.Collectors.toSet());
    String added =
        java.util.stream.Stream.of("PCSK9", "APOB", "LDLR", "HFE", "TTR", "MUTYH")
            .filter(g -> !onPanel.contains(g))
            .findFirst()
            .orElseThrow();
    // the same panel again with one gene more, green
    StringBuilder tsv =
        new StringBuilder(
            "id\tmode_of_inheritance\tGene\tconfidence_level\tname\tdisease_group"
                + "\tdisease_sub_group\tstatus\n");
    for (PanelGene gene : used.genes()) {
      tsv.append(panelId)
          .append('\t')
          .append(gene.modeOfInheritance() == null ? "" : gene.modeOfInheritance())
          .append('\t')
          .append(gene.symbol())
          .append('\t')
          .append(gene.level())
          .append('\t')
          .append(used.name())
          .append("\t\t\tpublic\n");
    }
    tsv.append(panelId)
        .append("\tAD\t")
        .append(added)
        .append("\t3\t")
        .append(used.name())
        .append("\t\t\tpublic\n");
    Path file = dir.resolve("panels.tsv");
    Files.writeString(file, tsv.toString());

    KnowledgeImport imported = knowledge.importPanels(List.of(file), true, line -> {});

    assertThat(imported.alreadyImported()).isFalse();
    assertThat(imported.version().source().name()).isEqualTo("PANEL");
    JsonNode alert = singleAlert(scientist, order);
    assertThat(alert.get("rule").asString()).isEqualTo("PANEL_NEW_GREEN_GENE");
    assertThat(alert.get("gene").asString()).isEqualTo(added);
    assertThat(alert.get("oldEvidence").asString()).contains(added + " not on the panel");
    assertThat(alert.get("newEvidence").asString())
        .contains("PanelApp " + panelId, added + " green");
  }

  @Test
  void administratorsRunTheBatchWithProgressAndOthersAreRefused() throws Exception {
    ApiClient admin = ApiClient.as("admin-reanalysis", Role.ADMINISTRATOR, "GMS", accounts, port);

    HttpResponse<String> byScientist =
        scientist.post("/api/reanalysis/jobs", "application/json", "");
    HttpResponse<String> started = admin.post("/api/reanalysis/jobs", "application/json", "");

    assertThat(byScientist.statusCode()).isEqualTo(403);
    assertThat(byScientist.body()).contains("does not allow POST /api/reanalysis/jobs");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    long job = json(started).get("id").asLong();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    JsonNode state = json(admin.get("/api/reanalysis/jobs/" + job));
    while (state.get("state").asString().equals("RUNNING") && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
      state = json(admin.get("/api/reanalysis/jobs/" + job));
    }
    assertThat(state.get("state").asString()).as(state.toString()).isEqualTo("SUCCEEDED");
    assertThat(state.get("done").asInt()).isEqualTo(state.get("total").asInt());
    assertThat(state.get("startedBy").asString()).isEqualTo("admin-reanalysis");
    assertThat(json(admin.get("/api/knowledge/versions")).isArray()).isTrue();
  }

  // ---- helpers ----

  private KnowledgeImport clinvarSays(String significance) throws Exception {
    Path vcf = dir.resolve("clinvar-" + UUID.randomUUID() + ".vcf");
    Files.writeString(
        vcf,
        "##fileformat=VCFv4.1\n##fileDate=2026-01-01\n##source=ClinVar\n##reference=GRCh38\n"
            + "##test="
            + UUID.randomUUID()
            + "\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n"
            + "2\t47838938\t1234\tAAG\tA\t.\t.\tCLNSIG="
            + significance
            + ";CLNREVSTAT=criteria_provided,_single_submitter;GENEINFO=FBXO11:80204\n"
            + "2\t47838950\t1235\tG\tA\t.\t.\tCLNSIG=Benign;CLNREVSTAT=criteria_provided,"
            + "_single_submitter;GENEINFO=FBXO11:80204\n");
    KnowledgeImport result = knowledge.importClinvar(vcf, null, true, line -> {});
    assertThat(result.alreadyImported()).isFalse();
    assertThat(result.version().label()).isEqualTo("2026-01-01");
    files.put(result.version().id(), vcf);
    return result;
  }

  private final java.util.Map<Long, Path> files = new java.util.HashMap<>();

  private Path file(KnowledgeImport imported) {
    return files.get(imported.version().id());
  }

  /**
   * Evidence combined under ACMG/AMP 2015 (Table 5: PVS1 with supporting evidence only is a VUS) is
   * combined again under the classifier in use (2020 points: 8 + 1 = 9, likely pathogenic).
   */
  @Test
  void evidenceReportedUnderAnEarlierClassifierIsCombinedAgainUnderTheOneInUse() throws Exception {
    long order = reportedAsVus();
    classifications.record(
        new NewClassification(
            new NhsNumber(CHILD),
            order,
            new RecordedVariant(
                VariantKey.parse("GRCh38:2:47838950:C:T"), "FBXO11", "", "c.495G>A", ""),
            "0/1",
            AcmgClass.UNCERTAIN_SIGNIFICANCE,
            """
            [{"code": "PVS1", "strength": "VERY_STRONG", "reason": "stop gained"},
             {"code": "PM2", "strength": "SUPPORTING", "reason": "absent from gnomAD"}]
            """,
            AcmgClassifier.acmg2015().guideline(),
            "",
            ClassificationSource.REPORT));

    reanalyser.run("classifier test", Reanalyser.Scope.classifierOnly(), job -> {});

    JsonNode alert = singleAlert(scientist, order);
    assertThat(alert.get("rule").asString()).isEqualTo("CLASSIFIER_NEW_CLASS");
    assertThat(alert.get("variantKey").asString()).isEqualTo("GRCh38:2:47838950:C:T");
    assertThat(alert.get("reason").asString()).contains("reported VUS", "now LP");
    assertThat(alert.get("oldEvidence").asString()).contains("Computed VUS by ACMG/AMP 2015");
    assertThat(alert.get("newEvidence").asString())
        .contains("LP (Likely pathogenic) under ClinGen/ACGS points 2020", "PVS1, PM2_Supporting");
    // the report's own classification was computed by the classifier in use: nothing to redo
    reanalyser.run("classifier test again", Reanalyser.Scope.classifierOnly(), job -> {});
    assertThat(alertsOf(order)).hasSize(1);
  }

  private List<Long> alertsOf(long order) {
    return jdbc.sql("SELECT id FROM reanalysis_alert WHERE order_id = :order ORDER BY id")
        .param("order", order)
        .query(Long.class)
        .list();
  }

  /** The alert raised when ClinVar calls the order's reported VUS uncertain, then pathogenic. */
  private long vusNowPathogenicAlert(long order) throws Exception {
    clinvarSays("Uncertain_significance");
    clinvarSays("Pathogenic");
    return singleAlert(scientist, order).get("id").asLong();
  }

  /** Accepts or dismisses ({@code decision}) an alert as the user, with the JSON body given. */
  private static HttpResponse<String> decide(ApiClient as, long id, String decision, String body)
      throws Exception {
    return as.post("/api/reanalysis/alerts/" + id + "/" + decision, "application/json", body);
  }

  private JsonNode singleAlert(ApiClient as, long order) throws Exception {
    HttpResponse<String> open = as.get("/api/reanalysis/alerts");
    assertThat(open.statusCode()).as(open.body()).isEqualTo(200);
    List<JsonNode> mine =
        json(open).valueStream().filter(a -> a.get("orderId").asLong() == order).toList();
    assertThat(mine).hasSize(1);
    return mine.get(0);
  }

  private long reportedAsVus() throws Exception {
    long order = inInterpretation();
    long run = json(scientist.get("/api/orders/" + order + "/analyses")).get(0).get("id").asLong();
    trio.authorised(
        run,
        """
        {"conclusion": "A de novo FBXO11 frameshift of uncertain significance.",
         "variants": [{"rank": 1, "finalClass": "VUS", "comment": "Awaiting evidence."}]}
        """);
    return order;
  }

  private long inInterpretation() throws Exception {
    String key = "reanalysis-" + UUID.randomUUID();
    long order =
        trio.sequencedOrder(
            key, CHILD, TrioOrders.FBXO11_FEATURES_JSON, "T-" + key.substring(11, 30));
    long run = trio.started(order, trio.upload(FBXO11_TRIO), CHILD);
    trio.awaitSucceeded(run);
    return order;
  }
}
