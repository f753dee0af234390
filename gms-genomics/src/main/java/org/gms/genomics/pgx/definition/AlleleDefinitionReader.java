package org.gms.genomics.pgx.definition;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gms.genomics.GenomicsException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the ClinPGx allele definition files ({@code <GENE>_translation.json}, format version 2) and
 * the exemptions file ({@code exemptions.json}).
 */
public final class AlleleDefinitionReader {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private AlleleDefinitionReader() {}

  /** Parses the exemptions file: gene symbol to its exemption. */
  public static Map<String, GeneExemption> readExemptions(InputStream in, String source) {
    JsonNode root = parse(in, source);
    Map<String, GeneExemption> exemptions = new HashMap<>();
    for (Map.Entry<String, JsonNode> entry : root.properties()) {
      JsonNode node = entry.getValue();
      Set<String> ignored = new HashSet<>();
      for (JsonNode position : node.path("ignoredPositions")) {
        ignored.add(
            GeneExemption.variantKey(
                position.path("position").asLong(), position.path("ref").asString()));
      }
      Set<Long> required = new HashSet<>();
      for (JsonNode position : node.path("requiredPositions")) {
        required.add(position.isNumber() ? position.asLong() : position.path("position").asLong());
      }
      List<DefinedPosition> extra = new ArrayList<>();
      for (JsonNode position : node.path("extraPositions")) {
        extra.add(position(position, source));
      }
      Set<String> ignoredAlleles = new HashSet<>();
      for (JsonNode name : node.path("ignoredAlleles")) {
        ignoredAlleles.add(name.asString());
      }
      List<DiplotypePriority> priorities = new ArrayList<>();
      for (JsonNode priority : node.path("unphasedDiplotypePriorities")) {
        List<String> candidates = new ArrayList<>();
        priority.path("list").forEach(name -> candidates.add(name.asString()));
        priorities.add(DiplotypePriority.of(candidates, text(priority.path("pick"))));
      }
      exemptions.put(
          entry.getKey(), new GeneExemption(required, ignored, ignoredAlleles, extra, priorities));
    }
    return exemptions;
  }

  /**
   * Parses one gene's definition file and applies its exemption (null for none): ignored positions
   * and alleles are removed.
   */
  public static GeneDefinition readGene(InputStream in, String source, GeneExemption exemption) {
    JsonNode root = parse(in, source);
    String gene = required(root, "gene", source);
    List<DefinedPosition> positions = new ArrayList<>();
    for (JsonNode variant : root.path("variants")) {
      positions.add(position(variant, source));
    }
    List<NamedAllele> alleles = new ArrayList<>();
    for (JsonNode allele : root.path("namedAlleles")) {
      List<String> bases = new ArrayList<>();
      for (JsonNode base : allele.path("alleles")) {
        bases.add(base.isNull() ? null : base.asString());
      }
      alleles.add(
          new NamedAllele(
              required(allele, "name", source),
              text(allele.path("id")),
              allele.path("reference").asBoolean(false),
              bases));
    }
    // The reference allele leads, as the matcher fills unconstrained positions from it.
    alleles.sort((a, b) -> Boolean.compare(b.reference(), a.reference()));
    Map<String, String> coreAlleles = new HashMap<>();
    for (Map.Entry<String, JsonNode> entry : root.path("suballelesMap").properties()) {
      coreAlleles.put(entry.getKey(), entry.getValue().asString());
    }
    GeneExemption applied = exemption == null ? GeneExemption.NONE : exemption;
    try {
      return new GeneDefinition(
              gene,
              required(root, "chromosome", source),
              text(root.path("genomeBuild")),
              text(root.path("version")),
              positions,
              alleles,
              coreAlleles,
              applied)
          .without(applied.ignoredPositions(), applied.ignoredAlleles());
    } catch (IllegalArgumentException e) {
      throw new GenomicsException(source + ": " + e.getMessage(), e);
    }
  }

  private static DefinedPosition position(JsonNode variant, String source) {
    List<String> alts = new ArrayList<>();
    variant.path("alts").forEach(alt -> alts.add(alt.asString()));
    return new DefinedPosition(
        required(variant, "chromosome", source),
        variant.path("position").asLong(),
        text(variant.path("rsid")),
        text(variant.path("chromosomeHgvsName")),
        required(variant, "ref", source),
        alts);
  }

  private static JsonNode parse(InputStream in, String source) {
    try (in) {
      return JSON.readTree(in);
    } catch (JacksonException | IOException e) {
      throw new GenomicsException(
          source + ": not a readable allele definition file (" + e.getMessage() + ")", e);
    }
  }

  private static String required(JsonNode node, String field, String source) {
    String value = text(node.path(field));
    if (value == null || value.isBlank()) {
      throw new GenomicsException(source + ": field '" + field + "' is missing");
    }
    return value;
  }

  static String text(JsonNode node) {
    return node == null || node.isMissingNode() || node.isNull() ? null : node.asString();
  }
}
