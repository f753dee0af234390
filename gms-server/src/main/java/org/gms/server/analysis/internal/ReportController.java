package org.gms.server.analysis.internal;

import java.net.URI;
import java.util.List;
import org.gms.server.GmsException;
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

  record AuthoriseForm(List<Reportable> variants, String conclusion) {}

  @PostMapping(value = "/api/analyses/{runId}/report", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ResultReport> authorise(
      @PathVariable long runId, @RequestBody AuthoriseForm form) {
    ResultReport report =
        reports.authorise(
            runId, form.variants() == null ? List.of() : form.variants(), form.conclusion());
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
    byte[] pdf = ReportPdf.render(reports.html(id).orElseThrow(() -> none(id)));
    return ResponseEntity.ok()
        .header("Content-Disposition", "inline; filename=\"gms-report-" + id + ".pdf\"")
        .body(pdf);
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
