package org.gms.server.directory.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.gms.server.directory.Confidence;

/**
 * What changed in a panel between two versions: genes (and STRs and regions) added and removed, and
 * changes of rating or mode of inheritance. A gene listed several times (super panels) is compared
 * by its best rating and all its modes of inheritance.
 */
final class PanelDifference {

  /** Enough lines to read; a whole-panel rewrite is summarised beyond this. */
  private static final int MAX_LINES = 200;

  private PanelDifference() {}

  static List<String> between(
      String oldVersion,
      List<PanelData.Entity> before,
      String newVersion,
      List<PanelData.Entity> after) {
    List<String> lines = new ArrayList<>();
    if (!Objects.equals(oldVersion, newVersion)) {
      lines.add("version " + oldVersion + " -> " + newVersion);
    }
    Map<String, Summary> was = summarise(before);
    Map<String, Summary> now = summarise(after);
    now.forEach(
        (name, entity) -> {
          Summary old = was.get(name);
          if (old == null) {
            lines.add("added " + name + " (" + entity.confidence().label() + ")");
          } else {
            if (old.confidence() != entity.confidence()) {
              lines.add(
                  name + " " + old.confidence().label() + " -> " + entity.confidence().label());
            }
            if (!old.modes().equals(entity.modes())) {
              lines.add(
                  name
                      + " mode of inheritance '"
                      + String.join("; ", old.modes())
                      + "' -> '"
                      + String.join("; ", entity.modes())
                      + "'");
            }
          }
        });
    was.forEach(
        (name, entity) -> {
          if (!now.containsKey(name)) {
            lines.add("removed " + name + " (" + entity.confidence().label() + ")");
          }
        });
    if (lines.size() > MAX_LINES) {
      int more = lines.size() - MAX_LINES;
      List<String> cut = new ArrayList<>(lines.subList(0, MAX_LINES));
      cut.add("... and " + more + " more differences");
      return cut;
    }
    return lines;
  }

  private record Summary(Confidence confidence, Set<String> modes) {}

  private static Map<String, Summary> summarise(List<PanelData.Entity> entities) {
    Map<String, Integer> best = new TreeMap<>();
    Map<String, Set<String>> modes = new TreeMap<>();
    for (PanelData.Entity e : entities) {
      String name = e.type().equals("gene") ? e.symbol() : e.type() + " " + e.name();
      best.merge(name, e.level(), Math::max);
      modes.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(e.modeOfInheritance());
    }
    Map<String, Summary> summary = new TreeMap<>();
    best.forEach(
        (name, level) ->
            summary.put(name, new Summary(Confidence.ofLevel(level), modes.get(name))));
    return summary;
  }
}
