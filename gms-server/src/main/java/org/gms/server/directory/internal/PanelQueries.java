package org.gms.server.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gms.server.directory.Confidence;
import org.gms.server.directory.GenePanels;
import org.gms.server.directory.PanelGene;
import org.gms.server.directory.PanelGeneList;
import org.gms.server.directory.PanelTargets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads stored panel versions: as gene lists, genomic targets, and PanelApp-shaped records. */
@Service
@Transactional(readOnly = true)
class PanelQueries implements GenePanels {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern ENSEMBL_LOCATION = Pattern.compile("([0-9XYMT]+):(\\d+)-(\\d+)");

  /** A stored panel version's description. */
  record Version(
      long id,
      int panelId,
      String version,
      String name,
      String diseaseGroup,
      String diseaseSubGroup,
      String status,
      String hashId,
      String versionCreated,
      String relevantDisorders,
      String types,
      boolean current) {}

  private final JdbcClient jdbc;
  private final GeneReferenceHolder genes;

  PanelQueries(JdbcClient jdbc, GeneReferenceHolder genes) {
    this.jdbc = jdbc;
    this.genes = genes;
  }

  /** The chosen version of a panel, or its current one. */
  Optional<Version> version(int panelId, Optional<String> version) {
    String select =
        """
        SELECT v.*, (c.version_id = v.id) AS is_current
        FROM panel_version v LEFT JOIN panel_current c ON c.panel_id = v.panel_id
        WHERE v.panel_id = :panel
        """;
    return version.isPresent()
        ? jdbc.sql(select + " AND v.version = :version")
            .param("panel", panelId)
            .param("version", version.get())
            .query(PanelQueries::version)
            .optional()
        : jdbc.sql(select + " AND c.version_id = v.id")
            .param("panel", panelId)
            .query(PanelQueries::version)
            .optional();
  }

  /** The current version of every panel still in PanelApp, by id. */
  List<Version> currentVersions() {
    return jdbc.sql(
            """
            SELECT v.*, true AS is_current FROM panel_current c
              JOIN panel_version v ON v.id = c.version_id
            WHERE c.retired_by IS NULL ORDER BY v.panel_id
            """)
        .query(PanelQueries::version)
        .list();
  }

  List<PanelData.Entity> entities(long versionId) {
    return jdbc.sql(
            "SELECT entity_type, entity_name, gene_symbol, hgnc_id, confidence,"
                + " mode_of_inheritance, raw::text AS raw FROM panel_entity"
                + " WHERE version_id = :v ORDER BY ordinal")
        .param("v", versionId)
        .query((rs, row) -> PanelTables.entity(rs, rs.getString("raw")))
        .list();
  }

  /** Counts of genes, STRs and regions per stored version. */
  Map<Long, int[]> stats(List<Long> versionIds) {
    Map<Long, int[]> stats = new LinkedHashMap<>();
    if (versionIds.isEmpty()) {
      return stats;
    }
    jdbc.sql(
            "SELECT version_id, entity_type, count(*) AS n FROM panel_entity"
                + " WHERE version_id IN (:ids) GROUP BY version_id, entity_type")
        .param("ids", versionIds)
        .query(
            rs -> {
              int[] counts = stats.computeIfAbsent(rs.getLong("version_id"), id -> new int[3]);
              int index = List.of("gene", "str", "region").indexOf(rs.getString("entity_type"));
              counts[index] = rs.getInt("n");
            });
    return stats;
  }

  /** Current panels listing the gene, with the gene's entries in each. */
  Map<Version, List<PanelData.Entity>> entriesOfGene(String symbol) {
    Set<String> symbols = genes.matchingSymbols(symbol);
    Map<Long, List<PanelData.Entity>> byVersion = new LinkedHashMap<>();
    jdbc.sql(
            """
            SELECT e.version_id, e.entity_type, e.entity_name, e.gene_symbol, e.hgnc_id,
                   e.confidence, e.mode_of_inheritance, e.raw::text AS raw
            FROM panel_entity e JOIN panel_current c
              ON c.version_id = e.version_id AND c.retired_by IS NULL
            WHERE upper(e.gene_symbol) IN (:symbols)
            ORDER BY c.panel_id, e.ordinal
            """)
        .param("symbols", symbols)
        .query(
            rs -> {
              byVersion
                  .computeIfAbsent(rs.getLong("version_id"), id -> new ArrayList<>())
                  .add(PanelTables.entity(rs, rs.getString("raw")));
            });
    Map<Version, List<PanelData.Entity>> result = new LinkedHashMap<>();
    if (byVersion.isEmpty()) {
      return result;
    }
    jdbc
        .sql("SELECT v.*, true AS is_current FROM panel_version v WHERE v.id IN (:ids)")
        .param("ids", byVersion.keySet())
        .query(PanelQueries::version)
        .list()
        .stream()
        .sorted(Comparator.comparingInt(Version::panelId))
        .forEach(v -> result.put(v, byVersion.get(v.id())));
    return result;
  }

  @Override
  public List<String> versions(int panelId) {
    return jdbc.sql("SELECT version FROM panel_version WHERE panel_id = :panel ORDER BY id")
        .param("panel", panelId)
        .query(String.class)
        .list();
  }

  @Override
  public Optional<PanelGeneList> geneList(
      int panelId, Optional<String> version, Set<Confidence> levels) {
    return version(panelId, version)
        .map(
            v ->
                new PanelGeneList(
                    panelId, v.name(), v.version(), levels, genesOf(entities(v.id()), levels)));
  }

  @Override
  public List<PanelGeneList> panelsWithGene(String symbol) {
    List<PanelGeneList> panels = new ArrayList<>();
    entriesOfGene(symbol)
        .forEach(
            (v, entries) ->
                panels.add(
                    new PanelGeneList(
                        v.panelId(),
                        v.name(),
                        v.version(),
                        Set.of(Confidence.values()),
                        genesOf(entries, Set.of(Confidence.values())))));
    return panels;
  }

  /** One entry per gene, with its best rating and every mode of inheritance listed. */
  private static List<PanelGene> genesOf(List<PanelData.Entity> entities, Set<Confidence> levels) {
    Map<String, Integer> best = new LinkedHashMap<>();
    Map<String, String> hgnc = new LinkedHashMap<>();
    Map<String, Set<String>> modes = new LinkedHashMap<>();
    for (PanelData.Entity e : entities) {
      if (!e.type().equals("gene")) {
        continue;
      }
      best.merge(e.symbol(), e.level(), Math::max);
      hgnc.putIfAbsent(e.symbol(), e.hgncId());
      if (!e.modeOfInheritance().isEmpty()) {
        modes.computeIfAbsent(e.symbol(), s -> new LinkedHashSet<>()).add(e.modeOfInheritance());
      }
    }
    return best.entrySet().stream()
        .filter(gene -> levels.contains(Confidence.ofLevel(gene.getValue())))
        .map(
            gene ->
                new PanelGene(
                    gene.getKey(),
                    hgnc.get(gene.getKey()),
                    Confidence.ofLevel(gene.getValue()),
                    gene.getValue(),
                    String.join("; ", modes.getOrDefault(gene.getKey(), Set.of()))))
        .sorted(Comparator.comparing(PanelGene::symbol))
        .toList();
  }

  @Override
  public Optional<PanelTargets> targets(
      int panelId, Optional<String> version, Set<Confidence> levels, int paddingBases) {
    if (paddingBases < 0 || paddingBases > 1_000_000) {
      throw new org.gms.server.GmsException(
          "Padding must be 0 to 1,000,000 bases, not " + paddingBases + ".");
    }
    return version(panelId, version).map(v -> targets(v, entities(v.id()), levels, paddingBases));
  }

  private PanelTargets targets(
      Version v, List<PanelData.Entity> entities, Set<Confidence> levels, int padding) {
    GeneReference reference = genes.get();
    Map<String, PanelTargets.Interval> intervals = new LinkedHashMap<>();
    Set<String> unplaced = new java.util.TreeSet<>();
    Map<String, Integer> best = new LinkedHashMap<>();
    for (PanelData.Entity e : entities) {
      best.merge(e.type() + ":" + e.name(), e.level(), Math::max);
    }
    for (PanelData.Entity e : entities) {
      Confidence confidence = Confidence.ofLevel(best.get(e.type() + ":" + e.name()));
      if (!levels.contains(confidence) || intervals.containsKey(e.type() + ":" + e.name())) {
        continue;
      }
      Optional<PanelTargets.Interval> interval =
          e.type().equals("gene")
              ? geneInterval(reference, e, confidence, padding)
              : entityInterval(e, confidence, padding);
      if (interval.isPresent()) {
        intervals.put(e.type() + ":" + e.name(), interval.get());
      } else {
        unplaced.add(e.name());
      }
    }
    List<PanelTargets.Interval> sorted =
        intervals.values().stream()
            .sorted(
                Comparator.comparingInt((PanelTargets.Interval i) -> chromosomeOrder(i.chrom()))
                    .thenComparingLong(PanelTargets.Interval::start)
                    .thenComparing(PanelTargets.Interval::name))
            .toList();
    return new PanelTargets(
        v.panelId(), v.name(), v.version(), levels, padding, sorted, List.copyOf(unplaced));
  }

  /**
   * A gene's MANE Select transcript span; failing that, the GRCh38 gene location PanelApp published
   * with the gene (Ensembl), which covers the mitochondrial genes MANE leaves out.
   */
  private static Optional<PanelTargets.Interval> geneInterval(
      GeneReference reference, PanelData.Entity e, Confidence confidence, int padding) {
    Optional<GeneReference.Gene> gene =
        reference.byHgncId(e.hgncId()).or(() -> reference.bySymbol(e.symbol()));
    if (gene.isPresent() && gene.get().placed()) {
      GeneReference.Gene g = gene.get();
      return Optional.of(
          new PanelTargets.Interval(
              "chr" + g.chrom(),
              Math.max(0, g.start() - 1 - padding),
              g.end() + padding,
              e.symbol(),
              confidence,
              g.strand(),
              "MANE Select " + g.maneRefSeq()));
    }
    if (e.raw() != null) {
      JsonNode grch38 =
          JSON.readTree(e.raw()).path("gene_data").path("ensembl_genes").path("GRch38");
      for (JsonNode release : grch38) {
        Matcher m = ENSEMBL_LOCATION.matcher(release.path("location").asString(""));
        if (m.matches()) {
          return Optional.of(
              new PanelTargets.Interval(
                  "chr" + (m.group(1).equals("MT") ? "M" : m.group(1)),
                  Math.max(0, Long.parseLong(m.group(2)) - 1 - padding),
                  Long.parseLong(m.group(3)) + padding,
                  e.symbol(),
                  confidence,
                  ".",
                  "PanelApp Ensembl gene location"));
        }
      }
    }
    return Optional.empty();
  }

  /** STRs and regions carry their GRCh38 coordinates (1-based, inclusive) in PanelApp's API. */
  private static Optional<PanelTargets.Interval> entityInterval(
      PanelData.Entity e, Confidence confidence, int padding) {
    if (e.raw() == null) {
      return Optional.empty();
    }
    JsonNode raw = JSON.readTree(e.raw());
    JsonNode coordinates = raw.path("grch38_coordinates");
    String chrom = raw.path("chromosome").asString("");
    if (!coordinates.isArray() || coordinates.size() != 2 || chrom.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new PanelTargets.Interval(
            "chr" + (chrom.equals("MT") ? "M" : chrom),
            Math.max(0, coordinates.get(0).asLong() - 1 - padding),
            coordinates.get(1).asLong() + padding,
            e.name(),
            confidence,
            ".",
            "PanelApp " + e.type()));
  }

  private static int chromosomeOrder(String chrom) {
    String name = chrom.substring(3);
    return switch (name) {
      case "X" -> 23;
      case "Y" -> 24;
      case "M" -> 25;
      default -> name.matches("\\d+") ? Integer.parseInt(name) : 26;
    };
  }

  private static Version version(ResultSet rs, int row) throws SQLException {
    return new Version(
        rs.getLong("id"),
        rs.getInt("panel_id"),
        rs.getString("version"),
        rs.getString("name"),
        rs.getString("disease_group"),
        rs.getString("disease_sub_group"),
        rs.getString("status"),
        rs.getString("hash_id"),
        rs.getString("version_created"),
        rs.getString("relevant_disorders"),
        rs.getString("types"),
        rs.getBoolean("is_current"));
  }
}
