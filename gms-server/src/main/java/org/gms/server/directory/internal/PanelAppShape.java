package org.gms.server.directory.internal;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes panels in the shape of PanelApp's API ({@code /api/v1/panels/{id}/}), so tools written for
 * PanelApp read them unchanged. Entries imported from the API are served exactly as published;
 * entries from the TSV carry what the TSV has (symbol, confidence, mode of inheritance) with the
 * other PanelApp fields empty.
 */
final class PanelAppShape {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private PanelAppShape() {}

  /** The panel description fields, as in PanelApp's panel list. */
  static ObjectNode summary(PanelQueries.Version v, int[] stats) {
    ObjectNode panel = JSON.createObjectNode();
    panel.put("id", v.panelId());
    panel.put("hash_id", v.hashId());
    panel.put("name", v.name());
    panel.put("disease_group", v.diseaseGroup());
    panel.put("disease_sub_group", v.diseaseSubGroup());
    panel.put("status", v.status());
    panel.put("version", v.version());
    panel.put("version_created", v.versionCreated());
    panel.set("relevant_disorders", JSON.readTree(v.relevantDisorders()));
    ObjectNode counts = panel.putObject("stats");
    counts.put("number_of_genes", stats[0]);
    counts.put("number_of_strs", stats[1]);
    counts.put("number_of_regions", stats[2]);
    panel.set("types", JSON.readTree(v.types()));
    return panel;
  }

  /** A whole panel version with its genes, STRs and regions. */
  static ObjectNode panel(PanelQueries.Version v, List<PanelData.Entity> entities) {
    int[] stats = new int[3];
    ArrayNode genes = JSON.createArrayNode();
    ArrayNode strs = JSON.createArrayNode();
    ArrayNode regions = JSON.createArrayNode();
    for (PanelData.Entity e : entities) {
      switch (e.type()) {
        case "gene" -> {
          genes.add(entry(e));
          stats[0]++;
        }
        case "str" -> {
          strs.add(entry(e));
          stats[1]++;
        }
        default -> {
          regions.add(entry(e));
          stats[2]++;
        }
      }
    }
    ObjectNode panel = summary(v, stats);
    panel.set("genes", genes);
    panel.set("strs", strs);
    panel.set("regions", regions);
    return panel;
  }

  /** PanelApp's gene search shape ({@code /api/v1/genes/{symbol}/}): entries with their panel. */
  static ObjectNode geneSearch(
      Map<PanelQueries.Version, List<PanelData.Entity>> entries, Map<Long, int[]> stats) {
    ArrayNode results = JSON.createArrayNode();
    entries.forEach(
        (v, list) -> {
          for (PanelData.Entity e : list) {
            ObjectNode entry = entry(e);
            entry.set("panel", summary(v, stats.getOrDefault(v.id(), new int[3])));
            results.add(entry);
          }
        });
    return page(results);
  }

  /** A page of results the way PanelApp pages them; everything fits on one page here. */
  static ObjectNode page(ArrayNode results) {
    ObjectNode page = JSON.createObjectNode();
    page.put("count", results.size());
    page.putNull("next");
    page.putNull("previous");
    page.set("results", results);
    return page;
  }

  static ArrayNode array() {
    return JSON.createArrayNode();
  }

  private static ObjectNode entry(PanelData.Entity e) {
    if (e.raw() != null) {
      JsonNode raw = JSON.readTree(e.raw());
      if (raw instanceof ObjectNode object) {
        return object;
      }
    }
    ObjectNode entry = JSON.createObjectNode();
    ObjectNode geneData = entry.putObject("gene_data");
    geneData.put("gene_symbol", e.symbol());
    geneData.put("hgnc_id", e.hgncId());
    entry.put("entity_type", e.type());
    entry.put("entity_name", e.name());
    entry.put("confidence_level", Integer.toString(e.level()));
    entry.putNull("penetrance");
    entry.put("mode_of_pathogenicity", "");
    entry.putArray("publications");
    entry.putArray("evidence");
    entry.putArray("phenotypes");
    entry.put("mode_of_inheritance", e.modeOfInheritance());
    entry.putArray("tags");
    entry.putNull("transcript");
    return entry;
  }
}
