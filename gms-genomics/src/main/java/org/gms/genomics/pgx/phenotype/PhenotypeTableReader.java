package org.gms.genomics.pgx.phenotype;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gms.genomics.GenomicsException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a ClinPGx gene phenotype file ({@code <GENE>.json} with namedAlleles and diplotypes). */
public final class PhenotypeTableReader {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private PhenotypeTableReader() {}

  public static PhenotypeTable read(InputStream in, String source, GuidelineSource publisher) {
    JsonNode root;
    try (in) {
      root = JSON.readTree(in);
    } catch (JacksonException | IOException e) {
      throw new GenomicsException(
          source + ": not a readable phenotype file (" + e.getMessage() + ")", e);
    }
    String gene = text(root.path("gene"));
    if (gene == null) {
      throw new GenomicsException(source + ": field 'gene' is missing");
    }
    List<AlleleFunction> alleles = new ArrayList<>();
    for (JsonNode allele : root.path("namedAlleles")) {
      alleles.add(
          new AlleleFunction(
              text(allele.path("name")),
              text(allele.path("functionValue")),
              text(allele.path("activityValue"))));
    }
    List<PhenotypeEntry> diplotypes = new ArrayList<>();
    for (JsonNode row : root.path("diplotypes")) {
      Map<String, Integer> counts = new HashMap<>();
      for (Map.Entry<String, JsonNode> entry : row.path("diplotypekey").properties()) {
        counts.put(entry.getKey(), entry.getValue().asInt());
      }
      diplotypes.add(
          new PhenotypeEntry(
              text(row.path("diplotype")),
              counts,
              text(row.path("phenotype")),
              text(row.path("activityScore")),
              text(row.path("lookupkey"))));
    }
    return new PhenotypeTable(gene, publisher, text(root.path("version")), alleles, diplotypes);
  }

  private static String text(JsonNode node) {
    return node.isMissingNode() || node.isNull() ? null : node.asString();
  }
}
