package org.gms.server.directory.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.gms.server.GmsException;

/**
 * Puts together the panels of one PanelApp export read from several files. A panel's genes come
 * from its API detail file when there is one (it carries the full PanelApp record), else from the
 * TSV; its name, groups and version come from the detail file, else the panel list, else the TSV
 * (which has no version). An export with the TSV or the complete panel list is a full snapshot:
 * panels it no longer lists are retired.
 */
final class PanelAppExport {

  /**
   * What the files hold.
   *
   * @param panels panels with genes, by PanelApp id order of first appearance
   * @param listed every panel id the files mention (with or without genes)
   * @param fullSnapshot whether panels not listed should be retired
   * @param label a name for the export
   */
  record Contents(
      List<PanelData> panels,
      Set<Integer> listed,
      boolean fullSnapshot,
      String label,
      List<String> warnings) {
    Contents {
      panels = List.copyOf(panels);
      listed = Set.copyOf(listed);
      warnings = List.copyOf(warnings);
    }
  }

  private final Map<Integer, PanelData> fromTsv = new LinkedHashMap<>();
  private final Map<Integer, PanelData> fromApi = new LinkedHashMap<>();
  private final Map<Integer, PanelData.Meta> fromList = new LinkedHashMap<>();
  private final List<String> warnings = new ArrayList<>();
  private final List<String> names = new ArrayList<>();
  private boolean tsvSeen;
  private int listCount = -1;
  private boolean lastPageSeen;

  void add(ImportFile file) {
    names.add(file.name());
    if (PanelAppTsv.looksLikeTsv(file)) {
      tsvSeen = true;
      PanelAppTsv.read(file).forEach(panel -> fromTsv.put(panel.meta().id(), panel));
    } else if (PanelAppApiJson.looksLikeJson(file)) {
      Object content = PanelAppApiJson.read(file);
      if (content instanceof PanelAppApiJson.ListPage page) {
        page.panels().forEach(meta -> fromList.put(meta.id(), meta));
        listCount = page.count();
        lastPageSeen |= page.last();
      } else {
        PanelData panel = (PanelData) content;
        fromApi.put(panel.meta().id(), panel);
      }
    } else {
      throw new GmsException(
          file.name()
              + ": not a PanelApp export file. Give the panels TSV (.tsv, .tsv.gz) or PanelApp API"
              + " JSON (.json, .json.gz).");
    }
  }

  Contents contents() {
    boolean listComplete = lastPageSeen && listCount >= 0 && fromList.size() >= listCount;
    if (!fromList.isEmpty() && !listComplete) {
      warnings.add(
          "the panel list pages given hold "
              + fromList.size()
              + " of "
              + Math.max(listCount, fromList.size())
              + " panels: panels missing from them are kept as they are");
    }
    Set<Integer> ids = new LinkedHashSet<>(fromTsv.keySet());
    ids.addAll(fromApi.keySet());
    if (ids.isEmpty()) {
      throw new GmsException(
          "No panel genes in "
              + String.join(", ", names)
              + ": a panel list only describes panels. Import it together with the panels TSV or"
              + " the panel detail files.");
    }
    List<PanelData> panels = new ArrayList<>();
    for (int id : ids) {
      panels.add(merge(id));
    }
    Set<Integer> withoutGenes = new TreeSet<>(fromList.keySet());
    withoutGenes.removeAll(ids);
    if (!withoutGenes.isEmpty()) {
      warnings.add(
          withoutGenes.size()
              + " panels of the panel list have no genes in these files and were not changed: "
              + withoutGenes);
    }
    Set<Integer> listed = new LinkedHashSet<>(ids);
    listed.addAll(fromList.keySet());
    return new Contents(panels, listed, tsvSeen || listComplete, label(panels), warnings);
  }

  private PanelData merge(int id) {
    PanelData.Meta listed = fromList.get(id);
    PanelData detail = fromApi.get(id);
    if (detail != null) {
      if (listed != null
          && listed.version() != null
          && !listed.version().equals(detail.meta().version())) {
        warnings.add(
            "panel "
                + id
                + ": the panel list says version "
                + listed.version()
                + " but its detail file is version "
                + detail.meta().version()
                + "; the detail file was used");
      }
      return detail;
    }
    PanelData tsv = fromTsv.get(id);
    return new PanelData(listed != null ? listed : tsv.meta(), tsv.entities(), tsv.entitySource());
  }

  private String label(List<PanelData> panels) {
    String latest =
        panels.stream()
            .map(panel -> panel.meta().versionCreated())
            .filter(created -> created != null && created.length() >= 10)
            .map(created -> created.substring(0, 10))
            .max(String::compareTo)
            .orElse(null);
    return latest != null
        ? "PanelApp " + latest
        : "PanelApp " + names.get(0).substring(names.get(0).lastIndexOf('/') + 1);
  }
}
