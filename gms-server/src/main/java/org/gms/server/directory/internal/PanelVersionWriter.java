package org.gms.server.directory.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.gms.server.Sha256;
import org.gms.server.directory.ImportChanges;
import org.springframework.stereotype.Component;

/**
 * Writes the panels of a PanelApp export as panel versions, inside the import's transaction: a new
 * version where a panel's genes changed (PanelApp's version, or {@code import-<id>} for exports
 * without one), the current version of each panel, panels retired by a full snapshot, and what
 * changed against the panels current before.
 */
@Component
class PanelVersionWriter {

  private final PanelTables panelTables;
  private final GeneReferenceHolder genes;

  PanelVersionWriter(PanelTables panelTables, GeneReferenceHolder genes) {
    this.panelTables = panelTables;
    this.genes = genes;
  }

  /** What writing an export changed: new versions, the change list, warnings for the import. */
  record Written(int newVersions, ImportChanges changes, List<String> warnings) {
    Written {
      warnings = List.copyOf(warnings);
    }
  }

  Written write(long importId, PanelAppExport.Contents contents, Consumer<String> progress) {
    GeneReference reference = genes.get();
    Map<Integer, PanelTables.Current> current = panelTables.current();
    List<String> warnings = new ArrayList<>(contents.warnings());
    List<ImportChanges.Item> added = new ArrayList<>();
    List<ImportChanges.Item> removed = new ArrayList<>();
    List<PanelData> changedPanels = new ArrayList<>();
    List<PanelTables.EntityRow> rows = new ArrayList<>();
    int newVersions = 0;
    for (PanelData panel : contents.panels()) {
      int panelId = panel.meta().id();
      String sha = contentSha(panel);
      PanelTables.Current was = current.get(panelId);
      String version = panel.meta().version();
      if (version != null) {
        Optional<PanelTables.Current> stored = panelTables.version(panelId, version);
        if (stored.isPresent()) {
          if (!stored.get().contentSha256().equals(sha)) {
            warnings.add(
                "panel "
                    + panelId
                    + " version "
                    + version
                    + " is already stored with other genes; PanelApp versions do not change, so"
                    + " the stored one was kept");
          }
          if (was == null || was.versionId() != stored.get().versionId() || was.retired()) {
            panelTables.makeCurrent(panelId, stored.get().versionId());
          }
          continue;
        }
      } else if (was != null && !was.retired() && was.contentSha256().equals(sha)) {
        continue;
      } else {
        version = "import-" + importId;
      }
      long versionId = panelTables.insertVersion(importId, panel, version, sha);
      newVersions++;
      int ordinal = 0;
      for (PanelData.Entity entity : panel.entities()) {
        rows.add(
            new PanelTables.EntityRow(versionId, ordinal++, entity, hgncId(reference, entity)));
      }
      panelTables.makeCurrent(panelId, versionId);
      if (was == null) {
        added.add(
            new ImportChanges.Item(
                Integer.toString(panelId),
                panel.meta().name(),
                List.of("version " + version + ", " + panel.entities().size() + " entries")));
      } else {
        changedPanels.add(
            panel.meta().version() == null
                ? new PanelData(
                    panel.meta().withVersion(version), panel.entities(), panel.entitySource())
                : panel);
      }
    }
    progress.accept("Storing " + rows.size() + " panel genes of " + newVersions + " new versions");
    panelTables.insertEntities(rows);
    progress.accept("Stored the panel genes; comparing with the panels current before");
    if (contents.fullSnapshot()) {
      for (PanelTables.Current panel : current.values()) {
        if (!panel.retired() && !contents.listed().contains(panel.panelId())) {
          panelTables.retire(panel.panelId(), importId);
          removed.add(
              new ImportChanges.Item(
                  Integer.toString(panel.panelId()),
                  panel.name(),
                  List.of("no longer in the PanelApp export; last version " + panel.version())));
        }
      }
    }
    List<ImportChanges.Item> changed = changedItems(current, changedPanels);
    String comparedWith = current.isEmpty() ? null : "the panels current before this import";
    return new Written(
        newVersions, new ImportChanges(comparedWith, added, removed, changed), warnings);
  }

  private List<ImportChanges.Item> changedItems(
      Map<Integer, PanelTables.Current> current, List<PanelData> changedPanels) {
    Map<Long, List<PanelData.Entity>> before =
        panelTables.entities(
            changedPanels.stream().map(p -> current.get(p.meta().id()).versionId()).toList());
    List<ImportChanges.Item> changed = new ArrayList<>();
    for (PanelData panel : changedPanels) {
      PanelTables.Current was = current.get(panel.meta().id());
      List<String> details =
          PanelDifference.between(
              was.version(),
              before.getOrDefault(was.versionId(), List.of()),
              panel.meta().version(),
              panel.entities());
      if (was.retired()) {
        details =
            Stream.concat(Stream.of("back in the PanelApp export"), details.stream()).toList();
      }
      changed.add(
          new ImportChanges.Item(
              Integer.toString(panel.meta().id()), panel.meta().name(), details));
    }
    return changed;
  }

  private static String hgncId(GeneReference reference, PanelData.Entity entity) {
    if (entity.hgncId() != null || entity.symbol() == null) {
      return entity.hgncId();
    }
    return reference.bySymbol(entity.symbol()).map(GeneReference.Gene::hgncId).orElse(null);
  }

  /** A checksum of what a version lists, to notice an export that changed nothing. */
  private static String contentSha(PanelData panel) {
    MessageDigest digest = Sha256.digest();
    Set<String> lines = new LinkedHashSet<>();
    panel.entities().forEach(e -> lines.add(e.fingerprint()));
    lines.stream()
        .sorted()
        .forEach(line -> digest.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
    return Sha256.hex(digest);
  }
}
