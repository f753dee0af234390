package org.gms.server.directory;

import java.util.List;
import java.util.Objects;

/**
 * What an import changed compared with what was current before it.
 *
 * @param comparedWith the release compared with (a directory version label, or "current panels"),
 *     or null for the first import of its kind
 * @param added indications or panels that are new
 * @param removed indications or panels that are gone
 * @param changed indications or panels that differ, each with what differs
 */
public record ImportChanges(
    String comparedWith, List<Item> added, List<Item> removed, List<Item> changed) {

  public ImportChanges {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    changed = List.copyOf(changed);
  }

  public static ImportChanges none(String comparedWith) {
    return new ImportChanges(comparedWith, List.of(), List.of(), List.of());
  }

  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
  }

  /**
   * One indication (id = R-code) or panel (id = PanelApp id) and what changed about it, one
   * human-readable line per difference (e.g. "test R29.1 method: WGS -> WES").
   */
  public record Item(String id, String name, List<String> details) {
    public Item {
      Objects.requireNonNull(id, "id");
      name = name == null ? "" : name;
      details = List.copyOf(details);
    }
  }
}
