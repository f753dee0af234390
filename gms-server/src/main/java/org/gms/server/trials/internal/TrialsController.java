package org.gms.server.trials.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.gms.server.GmsException;
import org.gms.server.trials.ArmHorizon;
import org.gms.server.trials.CaseMatch;
import org.gms.server.trials.HorizonScan;
import org.gms.server.trials.TrialAlert;
import org.gms.server.trials.TrialAlerts;
import org.gms.server.trials.TrialCases;
import org.gms.server.trials.TrialDetail;
import org.gms.server.trials.TrialImport;
import org.gms.server.trials.TrialRegistry;
import org.gms.server.trials.TrialSummary;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The trial registry (any logged-in user reads it), a case's and a trial's matches (the treating
 * team and the laboratory), trial alerts (clinicians), horizon scanning, and imports
 * (administrators).
 */
@RestController
class TrialsController {

  /**
   * Trial files are small (CAPTUR, 13 arms, is 60 kB); a ClinicalTrials.gov page of 100 studies a
   * few MB.
   */
  private static final int MAX_BYTES = 32 * 1024 * 1024;

  private final TrialRegistry registry;
  private final TrialCases cases;
  private final TrialAlerts alerts;
  private final HorizonScan horizon;
  private final Curations curations;

  TrialsController(
      TrialRegistry registry,
      TrialCases cases,
      TrialAlerts alerts,
      HorizonScan horizon,
      Curations curations) {
    this.curations = curations;
    this.registry = registry;
    this.cases = cases;
    this.alerts = alerts;
    this.horizon = horizon;
  }

  @GetMapping("/api/trials")
  List<TrialSummary> list() {
    return registry.list();
  }

  @GetMapping("/api/trials/{id}")
  TrialDetail trial(@PathVariable String id) {
    return registry.find(id).orElseThrow(() -> noTrial(id));
  }

  @GetMapping("/api/trials/{id}/arms")
  List<TrialDetail.ArmView> arms(@PathVariable String id) {
    return trial(id).arms();
  }

  @GetMapping("/api/trials/{id}/matches")
  List<CaseMatch> matchesOfTrial(@PathVariable String id) {
    trial(id);
    return cases.matchesOfTrial(id);
  }

  @GetMapping("/api/trials/cases/{caseId}/matches")
  List<CaseMatch> matchesOfCase(@PathVariable long caseId) {
    return cases.matchesOf(caseId);
  }

  @GetMapping("/api/trials/horizon")
  List<ArmHorizon> horizon() {
    return horizon.scan();
  }

  @GetMapping("/api/trials/alerts")
  List<TrialAlert> openAlerts() {
    return alerts.open();
  }

  @GetMapping("/api/trials/alerts/{id}")
  TrialAlert alert(@PathVariable long id) {
    return alerts.find(id).orElseThrow(() -> JdbcTrialAlerts.notFound(id));
  }

  record Decision(String text) {}

  @PostMapping(
      value = "/api/trials/alerts/{id}/accept",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  TrialAlert accept(@PathVariable long id, @RequestBody Decision decision) {
    return alerts.accept(id, decision == null ? null : decision.text());
  }

  @PostMapping(
      value = "/api/trials/alerts/{id}/dismiss",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  TrialAlert dismiss(@PathVariable long id, @RequestBody Decision decision) {
    return alerts.dismiss(id, decision == null ? null : decision.text());
  }

  /** A CTML file (JSON, or YAML when {@code file} ends in .yml/.yaml). */
  @PostMapping("/api/trials/imports/ctml")
  ResponseEntity<TrialImport> importCtml(
      @RequestParam(defaultValue = "upload.json") String file, InputStream body) {
    return created(registry.importCtml(file, read(body)));
  }

  /** ClinicalTrials.gov API v2 study records. */
  @PostMapping("/api/trials/imports/clinicaltrials-gov")
  ResponseEntity<TrialImport> importCtgov(
      @RequestParam(defaultValue = "studies.json") String file, InputStream body) {
    return created(registry.importClinicalTrialsGov(file, read(body)));
  }

  /** Curated genomic criteria of imported ClinicalTrials.gov records. */
  @PostMapping("/api/trials/curations")
  ResponseEntity<TrialImport> curate(
      @RequestParam(defaultValue = "curation.json") String file, InputStream body) {
    return created(registry.curate(file, read(body)));
  }

  /** An imported ClinicalTrials.gov record with each arm's curated genomic criteria. */
  @GetMapping("/api/trials/{id}/curation")
  Curations.View curation(@PathVariable String id) {
    return curations.view(id);
  }

  /**
   * Saves one arm's curated genomic criteria ({@code criteria} empty: removes them); matching is
   * run again and new matches raise alerts.
   */
  @PutMapping(value = "/api/trials/{id}/curation", consumes = MediaType.APPLICATION_JSON_VALUE)
  TrialImport curateArm(@PathVariable String id, @RequestBody ArmForm form) {
    if (form == null || form.arm() == null || form.arm().isBlank()) {
      throw GmsException.atField("arm", "Name the arm whose criteria these are (its label).");
    }
    return curations.curateArm(
        id, form.arm().strip(), new ArmCuration(form.combine(), form.criteria()));
  }

  /** One arm's criteria as the curation page sends them. */
  record ArmForm(String arm, String combine, List<ArmCuration.Condition> criteria) {}

  private static ResponseEntity<TrialImport> created(TrialImport result) {
    return ResponseEntity.status(result.trials().isEmpty() ? 200 : 201).body(result);
  }

  private static byte[] read(InputStream body) {
    try {
      byte[] bytes = body.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new GmsException(
            GmsException.Kind.PAYLOAD_TOO_LARGE,
            "A trial file is at most 32 MB; split the studies into pages.");
      }
      if (bytes.length == 0) {
        throw new GmsException("The body is empty: send the trial file as the request body.");
      }
      return bytes;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("Cannot read the uploaded trial file", e);
    }
  }

  private static GmsException noTrial(String id) {
    return new GmsException(
        GmsException.Kind.NOT_FOUND,
        "No trial " + id + " in the registry; GET /api/trials lists them.");
  }
}
