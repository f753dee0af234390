package org.gms.server.analysis.internal;

import java.net.URI;
import java.util.List;
import org.gms.server.GmsException;
import org.gms.server.PdfDocument;
import org.gms.server.analysis.Reportable;
import org.gms.server.analysis.ResultReport;
import org.gms.server.analysis.ResultReports;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Authorising result reports and reading them as JSON, HTML or FHIR. */
@RestController
class ReportController {

  private final ResultReports reports;

  ReportController(ResultReports reports) {
    this.reports = reports;
  }

  /**
   * What to report; {@code unreportedConfirmed} lists the ranks of Tier 1 and Tier 2 candidates the
   * scientist confirms leaving out.
   */
  record AuthoriseForm(
      List<Reportable> variants, String conclusion, List<Integer> unreportedConfirmed) {}

  @PostMapping(value = "/api/analyses/{runId}/report", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ResultReport> authorise(
      @PathVariable long runId, @RequestBody AuthoriseForm form) {
    ResultReport report =
        reports.authorise(
            runId,
            form.variants() == null ? List.of() : form.variants(),
            form.conclusion(),
            form.unreportedConfirmed() == null
                ? java.util.Set.of()
                : java.util.Set.copyOf(form.unreportedConfirmed()));
    return ResponseEntity.created(URI.create("/api/orders/" + report.orderId() + "/report"))
        .body(report);
  }

  @PostMapping(
      value = "/api/analyses/{runId}/report/preview",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.TEXT_HTML_VALUE)
  String preview(@PathVariable long runId, @RequestBody AuthoriseForm form) {
    return reports.preview(
        runId, form.variants() == null ? List.of() : form.variants(), form.conclusion());
  }

  @GetMapping(value = "/api/orders/{id}/report", produces = MediaType.APPLICATION_JSON_VALUE)
  ResultReport report(@PathVariable long id) {
    return reports.forOrder(id).orElseThrow(() -> none(id));
  }

  @GetMapping(value = "/api/orders/{id}/report", produces = MediaType.TEXT_HTML_VALUE)
  String html(@PathVariable long id) {
    return reports.html(id).orElseThrow(() -> none(id));
  }

  @GetMapping(value = "/api/orders/{id}/report", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> pdf(@PathVariable long id) {
    return pdfLink(id);
  }

  /** The PDF for a plain link (a browser asks for HTML at the content-negotiated address). */
  @GetMapping("/api/orders/{id}/report.pdf")
  ResponseEntity<byte[]> pdfLink(@PathVariable long id) {
    byte[] pdf = PdfDocument.render(reports.html(id).orElseThrow(() -> none(id)), "the report");
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header("Content-Disposition", "inline; filename=\"gms-report-" + id + ".pdf\"")
        .body(pdf);
  }

  /** The FHIR Bundle for a plain link, indented for people to read. */
  @GetMapping("/api/orders/{id}/report.fhir.json")
  ResponseEntity<String> fhirLink(@PathVariable long id) {
    String pretty =
        JdbcAnalysisRuns.JSON
            .writerWithDefaultPrettyPrinter()
            .writeValueAsString(JdbcAnalysisRuns.JSON.readTree(fhir(id)));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/fhir+json"))
        .body(pretty);
  }

  @GetMapping(value = "/api/orders/{id}/report", produces = "application/fhir+json")
  String fhir(@PathVariable long id) {
    return reports.fhir(id).orElseThrow(() -> none(id));
  }

  private static GmsException none(long id) {
    return new GmsException(
        GmsException.Kind.NOT_FOUND, "Order " + id + " has no authorised report that you can see.");
  }
}
