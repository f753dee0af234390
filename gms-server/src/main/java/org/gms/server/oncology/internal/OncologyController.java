package org.gms.server.oncology.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.gms.genomics.cancer.tumourtype.TumourTypes;
import org.gms.server.EnumChoice;
import org.gms.server.GmsException;
import org.gms.server.oncology.TumourSampleType;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Cancer cases: open one on a cancer test order (clinician), receive samples and start somatic runs
 * (laboratory scientist), the tumour board view and decisions, the authorised report as JSON, HTML,
 * PDF and FHIR.
 */
@RestController
class OncologyController {

  private final CaseStore cases;
  private final SomaticRuns runs;
  private final Board board;
  private final CancerReports reports;
  private final CtdnaMonitoring monitoring;
  private final TargetedTherapies therapies;

  OncologyController(
      TargetedTherapies therapies,
      CaseStore cases,
      SomaticRuns runs,
      Board board,
      CancerReports reports,
      CtdnaMonitoring monitoring) {
    this.cases = cases;
    this.runs = runs;
    this.board = board;
    this.reports = reports;
    this.monitoring = monitoring;
    this.therapies = therapies;
  }

  record TherapyForm(String findingKey, String therapy, LocalDate startedOn) {}

  @PostMapping(
      value = "/api/oncology/cases/{id}/therapies",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<TargetedTherapies.Started> therapy(
      @PathVariable long id, @RequestBody TherapyForm form) {
    TargetedTherapies.Started started =
        therapies.record(id, form.findingKey(), form.therapy(), form.startedOn());
    return ResponseEntity.created(URI.create("/api/oncology/cases/" + id + "/therapies"))
        .body(started);
  }

  @GetMapping("/api/oncology/cases/{id}/therapies")
  List<TargetedTherapies.Started> therapies(@PathVariable long id) {
    cases.visibleOrThrow(id);
    return therapies.ofCase(id);
  }

  /** A FHIR R4 MedicationStatement of a targeted therapy started for a reported finding. */
  @PostMapping(value = "/api/oncology/cases/{id}/therapies", consumes = "application/fhir+json")
  ResponseEntity<String> therapyStatement(@PathVariable long id, @RequestBody String statement) {
    CancerCase c;
    TargetedTherapies.Started started;
    try {
      c = cases.visibleOrThrow(id);
      started = therapies.record(id, TherapyFhir.read(statement));
    } catch (GmsException e) {
      // a FHIR client reads a refusal as an OperationOutcome naming the element at fault
      return ResponseEntity.status(e.kind().httpStatus())
          .contentType(MediaType.parseMediaType("application/fhir+json"))
          .body(TherapyFhir.json(TherapyFhir.outcome(e)));
    }
    var resource = TherapyFhir.statement(started, c.nhsNumber(), null, null);
    resource.put("id", "targeted-therapy-" + started.id());
    return ResponseEntity.created(
            URI.create("/api/oncology/cases/" + id + "/therapies/" + started.id()))
        .contentType(MediaType.parseMediaType("application/fhir+json"))
        .body(TherapyFhir.json(resource));
  }

  /** The case's therapies as a collection Bundle of MedicationStatements. */
  @GetMapping(value = "/api/oncology/cases/{id}/therapies", produces = "application/fhir+json")
  String therapiesFhir(@PathVariable long id) {
    CancerCase c = cases.visibleOrThrow(id);
    return TherapyFhir.bundle(therapies.ofCase(id), c.nhsNumber());
  }

  record CaseForm(
      Long orderId,
      String oncotreeCode,
      String histology,
      String primarySite,
      String stage,
      String sampleType,
      Integer cellularityPercent,
      Boolean pairedGermline) {}

  @PostMapping(value = "/api/oncology/cases", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<CancerCase> open(@RequestBody CaseForm form) {
    if (form.orderId() == null) {
      throw GmsException.atField("orderId", "Give the orderId of the cancer test order.");
    }
    CancerCase c =
        cases.open(
            form.orderId(),
            form.oncotreeCode(),
            form.histology(),
            form.primarySite(),
            form.stage(),
            form.sampleType() == null || form.sampleType().isBlank()
                ? null
                : choice(form.sampleType(), "sampleType"),
            form.cellularityPercent(),
            form.pairedGermline());
    return ResponseEntity.created(URI.create("/api/oncology/cases/" + c.id())).body(c);
  }

  @GetMapping("/api/oncology/cases/{id}")
  CancerCase one(@PathVariable long id) {
    return cases.visibleOrThrow(id);
  }

  @GetMapping("/api/orders/{orderId}/cancer-case")
  CancerCase ofOrder(@PathVariable long orderId) {
    cases.visibleOrder(orderId);
    return cases
        .forOrder(orderId)
        .orElseThrow(
            () ->
                new GmsException(
                    GmsException.Kind.NOT_FOUND, "Order " + orderId + " has no cancer case."));
  }

  record SampleForm(
      String type,
      String barcode,
      Integer cellularityPercent,
      Long germlineSampleId,
      LocalDate collectedOn) {}

  @PostMapping(
      value = "/api/oncology/cases/{id}/samples",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<TumourSample> sample(@PathVariable long id, @RequestBody SampleForm form) {
    TumourSample s =
        cases.receive(
            id,
            choice(form.type(), "type"),
            form.barcode(),
            form.cellularityPercent(),
            form.germlineSampleId(),
            form.collectedOn());
    return ResponseEntity.created(URI.create("/api/oncology/cases/" + id)).body(s);
  }

  @GetMapping("/api/oncology/cases/{id}/samples")
  List<TumourSample> samples(@PathVariable long id) {
    cases.visibleOrThrow(id);
    return cases.samples(id);
  }

  /** The case's somatic runs, newest first, with their state (the laboratory page follows them). */
  @GetMapping("/api/oncology/cases/{id}/runs")
  List<SomaticRun> runsOf(@PathVariable long id) {
    cases.visibleOrThrow(id);
    return runs.ofCase(id).stream()
        .sorted(java.util.Comparator.comparingLong(SomaticRun::id).reversed())
        .toList();
  }

  @PostMapping(
      value = "/api/oncology/cases/{id}/runs",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<SomaticRun> run(
      @PathVariable long id,
      @RequestParam long sampleId,
      @RequestParam(required = false) MultipartFile vcf,
      @RequestParam(required = false) String tumourSample,
      @RequestParam(required = false) String normalSample,
      @RequestParam(required = false) MultipartFile maf,
      @RequestParam(required = false) MultipartFile cna,
      @RequestParam(required = false) MultipartFile fusions,
      @RequestParam(required = false) Double targetMb) {
    CancerCase c = cases.visibleOrThrow(id);
    SomaticSpec spec =
        new SomaticSpec(
            store(vcf, "vcf"),
            blank(tumourSample),
            blank(normalSample),
            store(maf, "maf"),
            store(cna, "cna"),
            store(fusions, "fusions"),
            targetMb,
            c.oncotreeCode());
    SomaticRun run = runs.start(id, sampleId, spec);
    return ResponseEntity.created(URI.create("/api/oncology/runs/" + run.id())).body(run);
  }

  @GetMapping("/api/oncology/runs/{runId}")
  SomaticRun runOf(@PathVariable long runId) {
    SomaticRun run =
        runs.find(runId)
            .orElseThrow(() -> new GmsException(GmsException.Kind.NOT_FOUND, "No run " + runId));
    cases.visibleOrThrow(run.caseId());
    return run;
  }

  @GetMapping(value = "/api/oncology/runs/{runId}/result", produces = MediaType.TEXT_HTML_VALUE)
  String runHtml(@PathVariable long runId) {
    runOf(runId);
    return runs.resultHtml(runId)
        .orElseThrow(
            () ->
                new GmsException(
                    GmsException.Kind.NOT_FOUND, "Run " + runId + " has no result (yet)."));
  }

  @GetMapping("/api/oncology/cases/{id}/board")
  Board.View board(@PathVariable long id) {
    return board.view(id);
  }

  record DecisionForm(String findingKey, String decision, String comment) {}

  @PostMapping(
      value = "/api/oncology/cases/{id}/decisions",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Decision> decide(@PathVariable long id, @RequestBody DecisionForm form) {
    Decision d = board.decide(id, form.findingKey(), form.decision(), form.comment());
    return ResponseEntity.created(URI.create("/api/oncology/cases/" + id + "/board")).body(d);
  }

  /** The report's identity, when and by whom; the forms are at the same address. */
  record ReportSummary(long id, long caseId, long runId, String authorisedBy, String at) {}

  @PostMapping("/api/oncology/cases/{id}/report")
  ResponseEntity<ReportSummary> authorise(@PathVariable long id) {
    CancerReports.StoredReport r = reports.authorise(id);
    return ResponseEntity.created(URI.create("/api/oncology/cases/" + id + "/report"))
        .body(summary(r));
  }

  @GetMapping(
      value = "/api/oncology/cases/{id}/report",
      produces = MediaType.APPLICATION_JSON_VALUE)
  ReportSummary report(@PathVariable long id) {
    return summary(latest(id));
  }

  @GetMapping(value = "/api/oncology/cases/{id}/report", produces = MediaType.TEXT_HTML_VALUE)
  String html(@PathVariable long id) {
    return latest(id).html();
  }

  @GetMapping(value = "/api/oncology/cases/{id}/report", produces = "application/fhir+json")
  String fhir(@PathVariable long id) {
    return fhirOf(id);
  }

  /** The report bundle with the therapies started since as MedicationStatements. */
  private String fhirOf(long id) {
    return TherapyFhir.withTherapies(latest(id).fhir(), therapies.ofCase(id));
  }

  @GetMapping(value = "/api/oncology/cases/{id}/report", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> pdf(@PathVariable long id) {
    return pdfOf(id);
  }

  @GetMapping("/api/oncology/cases/{id}/report.pdf")
  ResponseEntity<byte[]> pdfLink(@PathVariable long id) {
    return pdfOf(id);
  }

  @GetMapping(value = "/api/oncology/cases/{id}/report.html", produces = MediaType.TEXT_HTML_VALUE)
  String htmlLink(@PathVariable long id) {
    return latest(id).html();
  }

  @GetMapping(
      value = "/api/oncology/cases/{id}/report.fhir.json",
      produces = "application/fhir+json")
  String fhirLink(@PathVariable long id) {
    return fhirOf(id);
  }

  @GetMapping("/api/oncology/cases/{id}/ctdna")
  List<CtdnaMonitoring.Series> ctdna(@PathVariable long id) {
    return monitoring.series(id);
  }

  private ResponseEntity<byte[]> pdfOf(long id) {
    byte[] pdf = CancerReportDocument.pdf(latest(id).html());
    return ResponseEntity.ok()
        .header("Content-Disposition", "inline; filename=\"gms-cancer-report-" + id + ".pdf\"")
        .contentType(MediaType.APPLICATION_PDF)
        .body(pdf);
  }

  private CancerReports.StoredReport latest(long id) {
    return reports
        .latestVisible(id)
        .orElseThrow(
            () ->
                new GmsException(
                    GmsException.Kind.NOT_FOUND, "Case " + id + " has no authorised report yet."));
  }

  private static ReportSummary summary(CancerReports.StoredReport r) {
    return new ReportSummary(r.id(), r.caseId(), r.runId(), r.authorisedBy(), r.at().toString());
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private String store(MultipartFile file, String field) {
    if (file == null || file.isEmpty()) {
      return null;
    }
    try (InputStream in = file.getInputStream()) {
      return runs.store(in, file.getOriginalFilename());
    } catch (IOException e) {
      throw GmsException.atField(field, "Cannot read the upload " + file.getOriginalFilename());
    } catch (GmsException e) {
      throw GmsException.atField(field, e.kind(), e.getMessage());
    }
  }

  private static TumourSampleType choice(String value, String field) {
    try {
      return EnumChoice.parse(TumourSampleType.class, value, field);
    } catch (GmsException e) {
      throw GmsException.atField(field, e.getMessage());
    }
  }

  /** An OncoTree type for the request form's tumour type list. */
  record TumourTypeChoice(String code, String name) {}

  /**
   * OncoTree types whose code or name contains the text (code matches first), for choosing the
   * tumour type; at most {@code limit} (1 to 50).
   */
  @GetMapping("/api/oncology/tumour-types")
  List<TumourTypeChoice> tumourTypes(
      @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "20") int limit) {
    return TumourTypes.bundled().search(q, Math.max(1, Math.min(50, limit))).stream()
        .map(t -> new TumourTypeChoice(t.oncotreeCode(), t.name()))
        .toList();
  }
}
