package org.gms.server.analysis.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.gms.server.EnumChoice;
import org.gms.server.GmsException;
import org.gms.server.analysis.AnalysisKind;
import org.gms.server.analysis.AnalysisRun;
import org.gms.server.analysis.AnalysisRuns;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Starting analyses of orders, following them and reading their results. */
@RestController
class AnalysisController {

  private final AnalysisRuns runs;

  AnalysisController(AnalysisRuns runs) {
    this.runs = runs;
  }

  /**
   * A run to start.
   *
   * @param kind rare_disease (default) or pharmacogenomics
   * @param vcf path relative to the analysis data directory (see {@code POST /api/vcf-files})
   * @param samples VCF sample name by NHS number; may be left out for a one-sample VCF
   */
  record StartForm(String kind, String vcf, Map<String, String> samples, Boolean geneAgnostic) {}

  record StoredFile(String vcf) {}

  @PostMapping(value = "/api/orders/{id}/analyses", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<AnalysisRun> start(@PathVariable long id, @RequestBody StartForm form) {
    AnalysisKind kind =
        form.kind() == null
            ? AnalysisKind.RARE_DISEASE
            : EnumChoice.parse(AnalysisKind.class, form.kind(), "kind");
    AnalysisRun run =
        runs.start(
            id,
            kind,
            form.vcf(),
            form.samples() == null ? Map.of() : form.samples(),
            Boolean.TRUE.equals(form.geneAgnostic()));
    return ResponseEntity.created(URI.create("/api/analyses/" + run.id())).body(run);
  }

  @GetMapping("/api/orders/{id}/analyses")
  List<AnalysisRun> forOrder(@PathVariable long id) {
    return runs.forOrder(id);
  }

  /** Stores a VCF sent as the request body (plain or bgzip) and says its name for a run. */
  @PostMapping(
      value = "/api/vcf-files",
      consumes = {"text/plain", "text/x-vcf", "application/octet-stream", "application/gzip"})
  ResponseEntity<StoredFile> upload(
      @RequestParam(defaultValue = "upload.vcf") String filename, HttpServletRequest request)
      throws IOException {
    String name = runs.storeVcf(request.getInputStream(), filename);
    return ResponseEntity.created(URI.create("/api/vcf-files")).body(new StoredFile(name));
  }

  @GetMapping("/api/analyses/{id}")
  AnalysisRun run(@PathVariable long id) {
    return runs.get(id);
  }

  @GetMapping(value = "/api/analyses/{id}/result", produces = MediaType.APPLICATION_JSON_VALUE)
  String resultJson(@PathVariable long id) {
    return runs.resultJson(id).orElseThrow(() -> noResult(id));
  }

  @GetMapping(value = "/api/analyses/{id}/result", produces = MediaType.TEXT_HTML_VALUE)
  String resultHtml(@PathVariable long id) {
    return runs.resultHtml(id).orElseThrow(() -> noResult(id));
  }

  private GmsException noResult(long id) {
    AnalysisRun run = runs.get(id);
    return new GmsException(
        GmsException.Kind.NOT_FOUND,
        "Analysis run "
            + id
            + " has no such result: it is "
            + run.state()
            + (run.message() == null ? "" : " (" + run.message() + ")")
            + ".");
  }
}
