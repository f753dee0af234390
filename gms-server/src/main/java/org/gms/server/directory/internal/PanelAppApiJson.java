package org.gms.server.directory.internal;

import java.util.ArrayList;
import java.util.List;
import org.gms.server.GmsException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads PanelApp API responses as saved: a page of the panel list ({@code GET /api/v1/panels/}:
 * {@code count}, {@code next}, {@code results[]} of panel descriptions) or one panel ({@code GET
 * /api/v1/panels/{id}/}: the description plus {@code genes[]}, {@code strs[]}, {@code regions[]}).
 */
final class PanelAppApiJson {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** A page of the panel list. */
  record ListPage(int count, boolean last, List<PanelData.Meta> panels) {
    ListPage {
      panels = List.copyOf(panels);
    }
  }

  private PanelAppApiJson() {}

  static boolean looksLikeJson(ImportFile file) {
    return file.plainName().endsWith(".json");
  }

  /** Either a {@link ListPage} or a {@link PanelData}. */
  static Object read(ImportFile file) {
    JsonNode root;
    try {
      root = JSON.readTree(file.content());
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      throw new GmsException(
          file.name()
              + (at == null ? "" : ", line " + at.getLineNr() + ", column " + at.getColumnNr())
              + ": not valid JSON ("
              + e.getOriginalMessage()
              + "). The file may be truncated; save the PanelApp API response again.");
    }
    if (root == null || !root.isObject()) {
      throw new GmsException(
          file.name() + ": expected a PanelApp API JSON object (a panel or a page of panels).");
    }
    if (root.path("results").isArray()) {
      return listPage(file, root);
    }
    if (root.path("genes").isArray()) {
      return panel(file, root);
    }
    throw new GmsException(
        file.name()
            + ": neither a PanelApp panel list page (with 'results') nor a panel (with 'genes').");
  }

  private static ListPage listPage(ImportFile file, JsonNode root) {
    List<PanelData.Meta> panels = new ArrayList<>();
    int i = 0;
    for (JsonNode panel : root.path("results")) {
      panels.add(meta(file.name() + ", results[" + i++ + "]", panel));
    }
    boolean last = root.path("next").isNull() || root.path("next").isMissingNode();
    return new ListPage(root.path("count").asInt(panels.size()), last, panels);
  }

  private static PanelData panel(ImportFile file, JsonNode root) {
    PanelData.Meta meta = meta(file.name(), root);
    List<PanelData.Entity> entities = new ArrayList<>();
    for (String list : List.of("genes", "strs", "regions")) {
      int i = 0;
      for (JsonNode entity : root.path(list)) {
        entities.add(entity(file.name() + ", " + list + "[" + i++ + "]", entity));
      }
    }
    return new PanelData(meta, entities, "panelapp-api");
  }

  private static PanelData.Meta meta(String where, JsonNode panel) {
    JsonNode id = panel.path("id");
    if (!id.isIntegralNumber() || id.asInt() <= 0) {
      throw new GmsException(where + ": 'id' must be a positive whole number, found " + id + ".");
    }
    String here = where + " (panel " + id.asInt() + ")";
    JsonNode version = panel.path("version");
    return new PanelData.Meta(
        id.asInt(),
        required(here, panel, "name"),
        text(panel, "disease_group"),
        text(panel, "disease_sub_group"),
        text(panel, "status").isEmpty() ? "public" : text(panel, "status"),
        version.isMissingNode() || version.isNull() ? null : required(here, panel, "version"),
        panel.path("version_created").isString() ? panel.path("version_created").asString() : null,
        panel.path("hash_id").isString() ? panel.path("hash_id").asString() : null,
        panel.path("relevant_disorders").isArray()
            ? panel.path("relevant_disorders").toString()
            : "[]",
        panel.path("types").isArray() ? panel.path("types").toString() : "[]");
  }

  private static PanelData.Entity entity(String where, JsonNode entity) {
    String type = required(where, entity, "entity_type");
    if (!List.of("gene", "str", "region").contains(type)) {
      throw new GmsException(where + ": entity_type '" + type + "' is not gene, str or region.");
    }
    String name = required(where, entity, "entity_name");
    JsonNode geneData = entity.path("gene_data");
    String symbol = geneData.isObject() ? text(geneData, "gene_symbol") : "";
    if (type.equals("gene") && symbol.isEmpty()) {
      throw new GmsException(where + " (" + name + "): a gene needs gene_data.gene_symbol.");
    }
    String levelText = required(where + " (" + name + ")", entity, "confidence_level");
    int level;
    try {
      level = Integer.parseInt(levelText);
    } catch (NumberFormatException e) {
      level = -1;
    }
    if (level < 0 || level > 4) {
      throw new GmsException(
          where + " (" + name + "): confidence_level '" + levelText + "' is not 0 to 4.");
    }
    String hgncId = geneData.isObject() ? text(geneData, "hgnc_id") : "";
    return new PanelData.Entity(
        type,
        name,
        symbol.isEmpty() ? null : symbol,
        hgncId.isEmpty() ? null : hgncId,
        level,
        text(entity, "mode_of_inheritance"),
        entity.toString());
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isString() || value.isNumber() ? value.asString().strip() : "";
  }

  private static String required(String where, JsonNode node, String field) {
    String value = text(node, field);
    if (value.isEmpty()) {
      throw new GmsException(where + ": '" + field + "' is missing or empty.");
    }
    return value;
  }
}
