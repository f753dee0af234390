package org.gms.server.directory.internal;

import java.util.List;
import java.util.Objects;

/**
 * A panel as read from PanelApp files.
 *
 * @param meta name, groups and version
 * @param entities its genes, STRs and regions in published order
 * @param entitySource {@code panelapp-api} (detail files) or {@code panelapp-tsv}
 */
record PanelData(Meta meta, List<Entity> entities, String entitySource) {

  PanelData {
    Objects.requireNonNull(meta, "meta");
    entities = List.copyOf(entities);
  }

  /**
   * A panel's description.
   *
   * @param version PanelApp's version, or null when the source has none (the TSV)
   * @param relevantDisorders JSON array text
   * @param types JSON array text
   */
  record Meta(
      int id,
      String name,
      String diseaseGroup,
      String diseaseSubGroup,
      String status,
      String version,
      String versionCreated,
      String hashId,
      String relevantDisorders,
      String types) {

    Meta withVersion(String newVersion) {
      return new Meta(
          id,
          name,
          diseaseGroup,
          diseaseSubGroup,
          status,
          newVersion,
          versionCreated,
          hashId,
          relevantDisorders,
          types);
    }
  }

  /**
   * A gene, STR or region.
   *
   * @param type {@code gene}, {@code str} or {@code region}
   * @param name PanelApp's entity name (the symbol for genes)
   * @param symbol gene symbol, null for regions without a gene
   * @param hgncId HGNC id when published
   * @param level PanelApp confidence level 0-4
   * @param modeOfInheritance as published
   * @param raw the PanelApp API JSON object, null for the TSV
   */
  record Entity(
      String type,
      String name,
      String symbol,
      String hgncId,
      int level,
      String modeOfInheritance,
      String raw) {

    /** What makes two versions' entities differ, for change detection. */
    String fingerprint() {
      return type + "|" + name + "|" + symbol + "|" + level + "|" + modeOfInheritance;
    }
  }
}
