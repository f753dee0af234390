package org.gms.server.trials.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gms.genomics.cancer.trial.CnaCall;
import org.gms.genomics.cancer.trial.Comparison;
import org.gms.server.GmsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The curated genomic criteria of one ClinicalTrials.gov arm as the curation page edits them: a
 * list of conditions, any or all of which the case must meet, written as a CTML {@code match}.
 *
 * @param combine {@code any} (CTML {@code or}, the default) or {@code all} ({@code and})
 * @param criteria the conditions; none removes the arm's curation
 */
record ArmCuration(String combine, List<ArmCuration.Condition> criteria) {

  private static final Pattern GENE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,19}");
  private static final Pattern PROTEIN =
      Pattern.compile("(p\\.)?[A-Za-z*]{0,3}\\d+[A-Za-z0-9_*]{0,40}");

  /**
   * One genomic condition (CTML {@code genomic}).
   *
   * @param gene HGNC symbol ({@code hugo_symbol}); empty for a TMB or MSI condition alone
   * @param proteinChange {@code p.G12C}, or empty
   * @param variantCategory Mutation, CNV, SV or Any (empty: any)
   * @param cnvCall High level amplification, Gain, Heterozygous deletion, Homozygous deletion
   * @param fusionPartner the other gene of a fusion, or {@code any_gene}
   * @param wildType the gene must carry no such alteration
   * @param tmb {@code >=10} (mutations per Mb), or empty
   * @param msi {@code MSI-H} or {@code MSS}, or empty
   * @param exon the exon of a small variant, or null
   */
  record Condition(
      String gene,
      String proteinChange,
      String variantCategory,
      String cnvCall,
      String fusionPartner,
      Boolean wildType,
      String tmb,
      String msi,
      Integer exon) {

    Condition {
      gene = blank(gene).toUpperCase(Locale.ROOT);
      proteinChange = blank(proteinChange);
      variantCategory = blank(variantCategory);
      cnvCall = blank(cnvCall);
      fusionPartner = blank(fusionPartner).toUpperCase(Locale.ROOT);
      wildType = Boolean.TRUE.equals(wildType);
      tmb = blank(tmb);
      msi = blank(msi).toUpperCase(Locale.ROOT);
    }
  }

  ArmCuration {
    combine = blank(combine).isEmpty() ? "any" : blank(combine).toLowerCase(Locale.ROOT);
    if (!combine.equals("any") && !combine.equals("all")) {
      throw GmsException.atField(
          "combine", "Combine the conditions with 'any' (one is enough) or 'all' (each needed).");
    }
    criteria = criteria == null ? List.of() : List.copyOf(criteria);
    for (int i = 0; i < criteria.size(); i++) {
      check(criteria.get(i), "criteria[" + i + "].");
    }
  }

  private static void check(Condition c, String at) {
    if (c == null) {
      throw GmsException.atField(at + "gene", "A condition is empty: give its gene.");
    }
    String category = category(c.variantCategory(), at);
    if (c.gene().isEmpty()) {
      if (c.tmb().isEmpty() && c.msi().isEmpty()) {
        throw GmsException.atField(
            at + "gene",
            "Give the gene (HGNC symbol, e.g. KRAS), or a TMB or MSI condition for the whole"
                + " tumour.");
      }
      if (!c.proteinChange().isEmpty() || !c.cnvCall().isEmpty() || c.exon() != null) {
        throw GmsException.atField(
            at + "gene", "A protein change, copy number or exon needs its gene.");
      }
    } else if (!GENE.matcher(c.gene()).matches() && !c.gene().equals("ANY_GENE")) {
      throw GmsException.atField(
          at + "gene",
          "'" + c.gene() + "' is not a gene symbol: write the HGNC symbol, e.g. KRAS.");
    }
    if (!c.proteinChange().isEmpty()) {
      if (!PROTEIN.matcher(c.proteinChange()).matches()) {
        throw GmsException.atField(
            at + "proteinChange",
            "'"
                + c.proteinChange()
                + "' is not a protein change: write it as HGVS short form, e.g. p.G12C or"
                + " p.E746_A750del.");
      }
      requireCategory(category, "Mutation", at + "proteinChange", "A protein change");
    }
    if (!c.cnvCall().isEmpty()) {
      if (CnaCall.parse(c.cnvCall()).isEmpty()) {
        throw GmsException.atField(
            at + "cnvCall",
            "'"
                + c.cnvCall()
                + "' is not a copy-number call: use High level amplification, Gain,"
                + " Heterozygous deletion or Homozygous deletion.");
      }
      requireCategory(category, "Copy Number Variation", at + "cnvCall", "A copy-number call");
    }
    if (!c.fusionPartner().isEmpty()) {
      if (!GENE.matcher(c.fusionPartner()).matches() && !c.fusionPartner().equals("ANY_GENE")) {
        throw GmsException.atField(
            at + "fusionPartner",
            "'"
                + c.fusionPartner()
                + "' is not a gene symbol: write the partner's HGNC symbol"
                + " or any_gene.");
      }
      requireCategory(category, "Structural Variation", at + "fusionPartner", "A fusion partner");
    }
    if (c.exon() != null) {
      if (c.exon() < 1 || c.exon() > 200) {
        throw GmsException.atField(at + "exon", "An exon is a number from 1 to 200, e.g. 19.");
      }
      requireCategory(category, "Mutation", at + "exon", "An exon");
    }
    if (!c.tmb().isEmpty() && Comparison.parse(c.tmb()).isEmpty()) {
      throw GmsException.atField(
          at + "tmb", "'" + c.tmb() + "' is not a TMB condition: write e.g. >=10 (per Mb).");
    }
    if (!c.msi().isEmpty() && !c.msi().equals("MSI-H") && !c.msi().equals("MSS")) {
      throw GmsException.atField(at + "msi", "MSI is MSI-H or MSS, not '" + c.msi() + "'.");
    }
    if (c.wildType() && c.gene().isEmpty()) {
      throw GmsException.atField(at + "wildType", "Wild type needs the gene.");
    }
  }

  private static String category(String v, String at) {
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "", "any", "any variation" -> "";
      case "mutation" -> "Mutation";
      case "cnv", "copy number variation" -> "Copy Number Variation";
      case "sv", "structural variation", "fusion" -> "Structural Variation";
      default ->
          throw GmsException.atField(
              at + "variantCategory",
              "'" + v + "' is not a variant category: use Mutation, CNV, SV or Any.");
    };
  }

  private static void requireCategory(String category, String needed, String field, String what) {
    if (!category.isEmpty() && !category.equals(needed)) {
      throw GmsException.atField(
          field, what + " needs the variant category " + needed + ", not " + category + ".");
    }
  }

  /** The CTML {@code match} of these criteria, or null when there are none. */
  JsonNode toCtml() {
    if (criteria.isEmpty()) {
      return null;
    }
    ArrayNode parts = TrialStore.JSON.createArrayNode();
    for (Condition c : criteria) {
      ObjectNode g = TrialStore.JSON.createObjectNode();
      if (!c.gene().isEmpty()) {
        g.put("hugo_symbol", c.gene().equals("ANY_GENE") ? "any_gene" : c.gene());
      }
      String category = category(c.variantCategory(), "");
      if (!category.isEmpty()) {
        g.put("variant_category", category);
      }
      put(
          g,
          "protein_change",
          c.proteinChange().isEmpty() || c.proteinChange().startsWith("p.")
              ? c.proteinChange()
              : "p." + c.proteinChange());
      put(g, "cnv_call", c.cnvCall());
      put(
          g,
          "fusion_partner_hugo_symbol",
          c.fusionPartner().equals("ANY_GENE") ? "any_gene" : c.fusionPartner());
      if (c.exon() != null) {
        g.put("exon", c.exon());
      }
      if (c.wildType()) {
        g.put("wildtype", true);
      }
      put(g, "tmb_numerical", c.tmb());
      put(g, "ms_status", c.msi());
      parts.add(TrialStore.JSON.createObjectNode().set("genomic", g));
    }
    ArrayNode match = TrialStore.JSON.createArrayNode();
    if (parts.size() == 1) {
      match.add(parts.get(0));
    } else {
      match.add(
          TrialStore.JSON.createObjectNode().set(combine.equals("all") ? "and" : "or", parts));
    }
    return match;
  }

  private static void put(ObjectNode g, String key, String value) {
    if (!value.isEmpty()) {
      g.put(key, value);
    }
  }

  /**
   * The criteria of a stored CTML {@code match} when it has the shape this form writes (genomic
   * conditions, alone or under one {@code or}/{@code and}); empty otherwise (curated by file).
   */
  static Optional<ArmCuration> fromCtml(JsonNode match) {
    if (match == null || match.isNull()) {
      return Optional.of(new ArmCuration("any", List.of()));
    }
    JsonNode root = match.isArray() && match.size() == 1 ? match.get(0) : match;
    String combine = "any";
    List<JsonNode> nodes = new ArrayList<>();
    if (root.has("or") || root.has("and")) {
      if (root.size() != 1) {
        return Optional.empty();
      }
      combine = root.has("and") ? "all" : "any";
      root.get(root.has("and") ? "and" : "or").forEach(nodes::add);
    } else {
      nodes.add(root);
    }
    List<Condition> out = new ArrayList<>();
    for (JsonNode n : nodes) {
      if (!n.isObject() || n.size() != 1 || !n.has("genomic")) {
        return Optional.empty();
      }
      Map<String, String> f = new java.util.HashMap<>();
      for (Map.Entry<String, JsonNode> e : n.get("genomic").properties()) {
        f.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue().asString());
      }
      if (!java.util.Set.of(
              "hugo_symbol",
              "variant_category",
              "protein_change",
              "cnv_call",
              "fusion_partner_hugo_symbol",
              "exon",
              "wildtype",
              "tmb_numerical",
              "ms_status")
          .containsAll(f.keySet())) {
        return Optional.empty();
      }
      try {
        out.add(
            new Condition(
                f.get("hugo_symbol"),
                f.get("protein_change"),
                f.get("variant_category"),
                f.get("cnv_call"),
                f.get("fusion_partner_hugo_symbol"),
                "true".equalsIgnoreCase(f.get("wildtype")),
                f.get("tmb_numerical"),
                f.get("ms_status"),
                f.containsKey("exon") ? Integer.valueOf(f.get("exon")) : null));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    try {
      return Optional.of(new ArmCuration(combine, out));
    } catch (GmsException e) {
      return Optional.empty();
    }
  }

  private static String blank(String s) {
    return s == null ? "" : s.strip();
  }
}
