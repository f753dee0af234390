package org.gms.server.trials.internal;

import java.util.List;
import org.gms.genomics.cancer.trial.Arm;
import org.gms.genomics.cancer.trial.Criterion;
import org.gms.genomics.cancer.trial.CtgovReader;
import org.gms.genomics.cancer.trial.Trial;
import org.gms.server.GmsException;
import org.gms.server.audit.AuditLog;
import org.gms.server.trials.TrialImport;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The curation page's side of the registry: an imported ClinicalTrials.gov record's eligibility
 * text beside each arm's curated genomic criteria, and saving one arm's criteria, which is audited
 * and re-runs matching as an import does (new matches raise alerts).
 */
@Component
class Curations {

  /** A record to curate. */
  record View(
      String trialId,
      String title,
      String status,
      boolean open,
      String eligibilityText,
      String link,
      List<ArmView> arms) {}

  /**
   * One arm: its criteria as matching reads them, where they come from ({@code arm}, {@code *} for
   * every arm, or {@code none}), and the form's conditions (null when curated by file in a shape
   * the form does not edit: saving from the form replaces it).
   */
  record ArmView(
      String code,
      String description,
      List<String> interventions,
      String criteria,
      boolean curated,
      String curatedBy,
      ArmCuration form) {}

  private final TrialStore store;
  private final RegistryService registry;
  private final TrialUsers users;
  private final AuditLog audit;

  Curations(TrialStore store, RegistryService registry, TrialUsers users, AuditLog audit) {
    this.store = store;
    this.registry = registry;
    this.users = users;
    this.audit = audit;
  }

  View view(String id) {
    users.requireAdministratorOrSystem("curate trials");
    Trial t = ctgovTrial(id);
    JsonNode curation = curation(id);
    List<ArmView> arms =
        t.arms().stream()
            .map(
                a -> {
                  String by = curation.has(a.code()) ? "arm" : curation.has("*") ? "*" : "none";
                  JsonNode match =
                      by.equals("none") ? null : curation.get(by.equals("arm") ? a.code() : "*");
                  return new ArmView(
                      a.code(),
                      a.description(),
                      a.interventions(),
                      a.criterion().describe(),
                      !(a.criterion() instanceof Criterion.Uncurated),
                      by,
                      ArmCuration.fromCtml(match).orElse(null));
                })
            .toList();
    audit.record("read", RegistryService.ENTITY, id, "curation");
    return new View(
        t.id(),
        t.title(),
        t.status(),
        t.open(),
        t.eligibilityText(),
        "https://clinicaltrials.gov/study/" + t.id(),
        arms);
  }

  /** Saves one arm's criteria (none: removes them) and matches every case against the trial. */
  @Transactional
  TrialImport curateArm(String id, String armCode, ArmCuration form) {
    users.requireAdministratorOrSystem("curate trials");
    Trial current = ctgovTrial(id);
    if (current.arms().stream().map(Arm::code).noneMatch(armCode::equals)) {
      throw GmsException.atField(
          "arm",
          GmsException.Kind.NOT_FOUND,
          id
              + " has no arm '"
              + armCode
              + "'; its arms are "
              + current.arms().stream().map(Arm::code).toList()
              + ".");
    }
    ObjectNode curation = curation(id).deepCopy();
    JsonNode match = form.toCtml();
    if (match == null) {
      curation.remove(armCode);
    } else {
      curation.set(armCode, match);
    }
    String[] stored = store.ctgovDocument(id).orElseThrow();
    String fileName = "curation page";
    Trial t;
    try {
      t =
          CtgovReader.trial(
              fileName, TrialStore.JSON.readTree(stored[1]), curation.isEmpty() ? null : curation);
    } catch (org.gms.genomics.cancer.trial.TrialFormatException e) {
      throw GmsException.atField("criteria", e.getMessage());
    }
    String written = curation.isEmpty() ? null : TrialStore.JSON.writeValueAsString(curation);
    TrialImport result =
        registry.save(fileName, List.of(new RegistryService.Pending(t, stored[1], written)));
    audit.record(
        "curate",
        RegistryService.ENTITY,
        id,
        "arm "
            + armCode
            + ": "
            + (match == null ? "criteria removed" : TrialStore.JSON.writeValueAsString(match)));
    return result;
  }

  private Trial ctgovTrial(String id) {
    StoredTrial s =
        store
            .find(id)
            .orElseThrow(
                () ->
                    new GmsException(
                        GmsException.Kind.NOT_FOUND,
                        "No trial " + id + " in the registry; GET /api/trials lists them."));
    if (s.trial().source() != org.gms.genomics.cancer.trial.TrialSource.CTGOV) {
      throw new GmsException(
          GmsException.Kind.CONFLICT,
          id
              + " was imported from a CTML file, whose criteria are the file's: import the file"
              + " again to change them. The curation page curates ClinicalTrials.gov records.");
    }
    return s.trial();
  }

  private ObjectNode curation(String id) {
    return store
        .curation(id)
        .map(c -> (ObjectNode) TrialStore.JSON.readTree(c))
        .orElseGet(TrialStore.JSON::createObjectNode);
  }
}
