package org.gms.server.knowledge.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gms.server.GmsException;
import org.gms.server.knowledge.AlertDecision;
import org.gms.server.knowledge.KnowledgeImport;
import org.gms.server.knowledge.KnowledgeImports;
import org.gms.server.knowledge.KnowledgeVersion;
import org.gms.server.knowledge.ReanalysisAlert;
import org.gms.server.knowledge.ReanalysisAlerts;
import org.gms.server.knowledge.ReanalysisJob;
import org.gms.server.knowledge.ReanalysisJobs;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Re-analysis alerts for laboratory scientists; knowledge imports and batch jobs for
 * administrators.
 */
@RestController
class ReanalysisController {

  private final ReanalysisAlerts alerts;
  private final ReanalysisJobs jobs;
  private final KnowledgeImports imports;
  private final Users users;

  ReanalysisController(
      ReanalysisAlerts alerts, ReanalysisJobs jobs, KnowledgeImports imports, Users users) {
    this.alerts = alerts;
    this.jobs = jobs;
    this.imports = imports;
    this.users = users;
  }

  @GetMapping("/api/reanalysis/alerts")
  List<ReanalysisAlert> open() {
    return alerts.open();
  }

  @GetMapping("/api/reanalysis/alerts/{id}")
  ReanalysisAlert alert(@PathVariable long id) {
    return alerts.find(id).orElseThrow(() -> JdbcReanalysisAlerts.notFound(id));
  }

  @PostMapping(
      value = "/api/reanalysis/alerts/{id}/accept",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  ReanalysisAlert accept(@PathVariable long id, @RequestBody AlertDecision decision) {
    return alerts.accept(id, decision);
  }

  record Dismissal(String reason) {}

  @PostMapping(
      value = "/api/reanalysis/alerts/{id}/dismiss",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  ReanalysisAlert dismiss(@PathVariable long id, @RequestBody Dismissal dismissal) {
    return alerts.dismiss(id, dismissal == null ? null : dismissal.reason());
  }

  @PostMapping("/api/reanalysis/jobs")
  ResponseEntity<ReanalysisJob> start() {
    ReanalysisJob job = jobs.start("batch requested by " + users.name());
    return ResponseEntity.accepted()
        .location(URI.create("/api/reanalysis/jobs/" + job.id()))
        .body(job);
  }

  @GetMapping("/api/reanalysis/jobs/{id}")
  ReanalysisJob job(@PathVariable long id) {
    users.requireAdministratorOrSystem("follow re-analysis jobs");
    return jobs.find(id).orElseThrow(() -> Reanalyser.notFound(id));
  }

  @GetMapping("/api/reanalysis/jobs")
  List<ReanalysisJob> recentJobs() {
    users.requireAdministratorOrSystem("follow re-analysis jobs");
    return jobs.recent(20);
  }

  @GetMapping("/api/knowledge/versions")
  List<KnowledgeVersion> versions() {
    return imports.versions();
  }

  /** Uploads a ClinVar VCF release (or HPO genes_to_phenotype) and imports it. */
  @PostMapping("/api/knowledge/{source}")
  ResponseEntity<KnowledgeImport> upload(
      @PathVariable String source, @RequestParam(required = false) String label, InputStream body) {
    users.requireAdministratorOrSystem("import knowledge");
    if (!source.equals("clinvar") && !source.equals("hpo")) {
      throw new GmsException(
          GmsException.Kind.NOT_FOUND,
          "Unknown knowledge source '" + source + "': POST /api/knowledge/clinvar or /hpo.");
    }
    Path file = null;
    try {
      file = Files.createTempFile("gms-" + source + "-", ".upload");
      Files.copy(body, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      KnowledgeImport result =
          source.equals("clinvar")
              ? imports.importClinvar(file, label, true, line -> {})
              : imports.importHpo(file, label, true, line -> {});
      return ResponseEntity.status(result.alreadyImported() ? 200 : 201).body(result);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot store the uploaded file", e);
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          // a temporary file left behind is harmless
        }
      }
    }
  }
}
