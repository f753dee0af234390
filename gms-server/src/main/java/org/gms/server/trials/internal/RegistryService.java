package org.gms.server.trials.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gms.genomics.cancer.trial.Arm;
import org.gms.genomics.cancer.trial.Criterion;
import org.gms.genomics.cancer.trial.CtgovReader;
import org.gms.genomics.cancer.trial.CtmlReader;
import org.gms.genomics.cancer.trial.Trial;
import org.gms.genomics.cancer.trial.TrialFormatException;
import org.gms.server.GmsException;
import org.gms.server.audit.AuditLog;
import org.gms.server.trials.TrialDetail;
import org.gms.server.trials.TrialImport;
import org.gms.server.trials.TrialRegistry;
import org.gms.server.trials.TrialSummary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

@Component
class RegistryService implements TrialRegistry {

  static final String ENTITY = "trial";

  private final TrialStore store;
  private final MatchWriter matches;
  private final AuditLog audit;
  private final TrialUsers users;

  RegistryService(TrialStore store, MatchWriter matches, AuditLog audit, TrialUsers users) {
    this.store = store;
    this.matches = matches;
    this.audit = audit;
    this.users = users;
  }

  @Override
  public List<TrialSummary> list() {
    return store.all().values().stream()
        .map(RegistryService::summary)
        .sorted(Comparator.comparing((TrialSummary s) -> !s.open()).thenComparing(TrialSummary::id))
        .toList();
  }

  static TrialSummary summary(StoredTrial s) {
    Trial t = s.trial();
    return new TrialSummary(
        t.id(),
        t.title(),
        t.source().name(),
        t.status(),
        t.open(),
        t.phase(),
        t.arms().size(),
        (int) t.arms().stream().filter(Arm::open).count(),
        t.conditions(),
        s.importedAt());
  }

  @Override
  public Optional<TrialDetail> find(String id) {
    return store
        .find(id)
        .map(
            s ->
                new TrialDetail(
                    summary(s),
                    s.trial().eligibilityText(),
                    s.trial().arms().stream()
                        .map(
                            a ->
                                new TrialDetail.ArmView(
                                    a.code(),
                                    a.description(),
                                    a.open(),
                                    a.interventions(),
                                    a.criterion().describe(),
                                    !(a.criterion() instanceof Criterion.Uncurated)))
                        .toList(),
                    s.trial().warnings(),
                    s.trial().id().matches("NCT\\d{8}")
                        ? "https://clinicaltrials.gov/study/" + s.trial().id()
                        : ""));
  }

  @Override
  @Transactional
  public TrialImport importCtml(String fileName, byte[] content) {
    users.requireAdministratorOrSystem("import trials");
    List<Pending> pending = new ArrayList<>();
    for (JsonNode doc : readable(() -> CtmlReader.documents(fileName, content))) {
      List<JsonNode> nodes = new ArrayList<>();
      if (doc.isArray()) {
        doc.forEach(nodes::add);
      } else {
        nodes.add(doc);
      }
      for (JsonNode node : nodes) {
        Trial t = readable(() -> CtmlReader.trials(fileName, node)).get(0);
        pending.add(new Pending(t, TrialStore.JSON.writeValueAsString(node), null));
      }
    }
    return save(fileName, pending);
  }

  @Override
  @Transactional
  public TrialImport importClinicalTrialsGov(String fileName, byte[] content) {
    users.requireAdministratorOrSystem("import trials");
    List<Pending> pending = new ArrayList<>();
    for (JsonNode study : readable(() -> CtgovReader.studies(fileName, content))) {
      String id =
          study.path("protocolSection").path("identificationModule").path("nctId").asString("");
      String curation = store.curation(id).orElse(null);
      Trial t =
          readable(
              () ->
                  CtgovReader.trial(
                      fileName,
                      study,
                      curation == null ? null : TrialStore.JSON.readTree(curation)));
      pending.add(new Pending(t, TrialStore.JSON.writeValueAsString(study), curation));
    }
    return save(fileName, pending);
  }

  @Override
  @Transactional
  public TrialImport curate(String fileName, byte[] content) {
    users.requireAdministratorOrSystem("curate trials");
    List<Pending> pending = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e :
        readable(() -> CtgovReader.curations(fileName, content)).entrySet()) {
      String[] stored =
          store
              .ctgovDocument(e.getKey())
              .orElseThrow(
                  () ->
                      new GmsException(
                          GmsException.Kind.NOT_FOUND,
                          fileName
                              + ": "
                              + e.getKey()
                              + " is not an imported ClinicalTrials.gov record; import its study"
                              + " first (POST /api/trials/imports/clinicaltrials-gov)."));
      Trial t =
          readable(
              () ->
                  CtgovReader.trial(
                      fileName + " (" + stored[0] + ")",
                      TrialStore.JSON.readTree(stored[1]),
                      e.getValue()));
      pending.add(new Pending(t, stored[1], TrialStore.JSON.writeValueAsString(e.getValue())));
    }
    return save(fileName, pending);
  }

  record Pending(Trial trial, String document, String curation) {}

  TrialImport save(String fileName, List<Pending> pending) {
    List<String> imported = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    List<String> opened = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<Trial> changed = new ArrayList<>();
    List<Trial> newlyOpen = new ArrayList<>();
    for (Pending p : pending) {
      Trial t = p.trial();
      String sha =
          TrialStore.sha256(p.document() + "\n" + (p.curation() == null ? "" : p.curation()));
      warnings.addAll(t.warnings());
      if (store.unchanged(t.id(), sha)) {
        unchanged.add(t.id());
        continue;
      }
      Optional<Boolean> wasOpen = store.wasOpen(t.id());
      store.save(t, fileName, p.document(), p.curation(), sha, users.name());
      imported.add(t.id());
      audit.record("import", ENTITY, t.id(), t.source() + " from " + fileName + ", " + t.status());
      if (t.open() && !wasOpen.orElse(false)) {
        opened.add(t.id());
        newlyOpen.add(t);
      } else {
        changed.add(t);
      }
    }
    int alerts = 0;
    if (!imported.isEmpty()) {
      for (CaseRow c : matches.cases()) {
        alerts += matches.rematch(c, newlyOpen, "TRIAL_OPENED");
        alerts += matches.rematch(c, changed, "TRIAL_CHANGED");
      }
    }
    return new TrialImport(imported, unchanged, opened, alerts, warnings);
  }

  static <T> T readable(java.util.function.Supplier<T> read) {
    try {
      return read.get();
    } catch (TrialFormatException e) {
      throw new GmsException(e.getMessage());
    }
  }
}
