package org.gms.server.directory.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gms.server.GmsException;
import org.gms.server.directory.Confidence;
import org.gms.server.directory.PanelGene;
import org.gms.server.directory.PanelGeneList;
import org.gms.server.directory.PanelTargets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** PanelApp gene panels: in PanelApp's API shape, and as gene lists and BED targets. */
@RestController
@RequestMapping("/api/panels")
class PanelController {

  private final PanelQueries panels;

  PanelController(PanelQueries panels) {
    this.panels = panels;
  }

  /** Every current panel (PanelApp's panel list), or with {@code gene} the panels listing it. */
  @Operation(
      summary = "Current panels as PanelApp's panel list, or with gene= PanelApp's gene search",
      responses =
          @ApiResponse(
              responseCode = "200",
              content =
                  @Content(schema = @Schema(type = "object", description = "PanelApp API JSON"))))
  @GetMapping
  ObjectNode list(@RequestParam Optional<String> gene) {
    if (gene.isPresent()) {
      if (gene.get().isBlank()) {
        throw new GmsException("Give a gene symbol, e.g. /api/panels?gene=FGFR2.");
      }
      Map<PanelQueries.Version, List<PanelData.Entity>> entries = panels.entriesOfGene(gene.get());
      return PanelAppShape.geneSearch(
          entries, panels.stats(entries.keySet().stream().map(PanelQueries.Version::id).toList()));
    }
    List<PanelQueries.Version> current = panels.currentVersions();
    Map<Long, int[]> stats = panels.stats(current.stream().map(PanelQueries.Version::id).toList());
    ArrayNode results = PanelAppShape.array();
    current.forEach(
        v -> results.add(PanelAppShape.summary(v, stats.getOrDefault(v.id(), new int[3]))));
    return PanelAppShape.page(results);
  }

  @Operation(
      summary = "A panel version in PanelApp's API shape (genes, strs, regions)",
      responses =
          @ApiResponse(
              responseCode = "200",
              content =
                  @Content(schema = @Schema(type = "object", description = "PanelApp API JSON"))))
  @GetMapping("/{id}")
  ObjectNode panel(@PathVariable int id, @RequestParam Optional<String> version) {
    PanelQueries.Version v = find(id, version);
    return PanelAppShape.panel(v, panels.entities(v.id()));
  }

  @GetMapping("/{id}/versions")
  Map<String, Object> versions(@PathVariable int id) {
    PanelQueries.Version current = find(id, Optional.empty());
    return Map.of("id", id, "current", current.version(), "versions", panels.versions(id));
  }

  /**
   * The panel's genes at the chosen confidence levels: JSON, or with {@code format=text} one symbol
   * per line.
   */
  @GetMapping("/{id}/genes")
  ResponseEntity<?> genes(
      @PathVariable int id,
      @RequestParam Optional<String> version,
      @RequestParam(required = false) String confidence,
      @RequestParam(defaultValue = "json") String format) {
    Set<Confidence> levels = Confidence.parseSet(confidence);
    PanelGeneList list =
        panels.geneList(id, version, levels).orElseThrow(() -> missing(id, version));
    return switch (format) {
      case "json" -> ResponseEntity.ok(list);
      case "text" ->
          ResponseEntity.ok()
              .contentType(MediaType.TEXT_PLAIN)
              .body(
                  String.join("\n", list.genes().stream().map(PanelGene::symbol).toList())
                      + (list.genes().isEmpty() ? "" : "\n"));
      default -> throw new GmsException("format must be json or text, not '" + format + "'.");
    };
  }

  /** The panel as BED intervals on GRCh38 (0-based starts). */
  @GetMapping(value = "/{id}/targets", produces = MediaType.TEXT_PLAIN_VALUE)
  ResponseEntity<String> targets(
      @PathVariable int id,
      @RequestParam Optional<String> version,
      @RequestParam(required = false) String confidence,
      @RequestParam(defaultValue = "0") int padding) {
    PanelTargets targets =
        panels
            .targets(id, version, Confidence.parseSet(confidence), padding)
            .orElseThrow(() -> missing(id, version));
    return ResponseEntity.ok()
        .header(
            "Content-Disposition",
            "inline; filename=\"panel_" + id + "_v" + targets.version() + ".bed\"")
        .body(targets.toBed());
  }

  private PanelQueries.Version find(int id, Optional<String> version) {
    return panels.version(id, version).orElseThrow(() -> missing(id, version));
  }

  private GmsException missing(int id, Optional<String> version) {
    List<String> stored = panels.versions(id);
    if (stored.isEmpty()) {
      return new GmsException(
          GmsException.Kind.NOT_FOUND,
          "There is no panel " + id + ": GET /api/panels lists the panels, or import PanelApp.");
    }
    return new GmsException(
        GmsException.Kind.NOT_FOUND,
        "Panel "
            + id
            + " has no version "
            + version.orElse("(current)")
            + "; stored versions: "
            + String.join(", ", stored)
            + ".");
  }
}
