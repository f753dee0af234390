package org.gms.genomics.cancer.trial;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Turns CTML {@code match} trees into {@link Criterion} trees, MatchMiner's semantics. */
final class CtmlCriteria {

  private static final List<String> NOT_ASSESSED_PREFIXES = List.of("oncokb_", "cnv_", "hrd");

  private final String file;
  private final OncotreeNames oncotree;
  private final List<String> warnings = new ArrayList<>();

  CtmlCriteria(String file, OncotreeNames oncotree) {
    this.file = file;
    this.oncotree = oncotree;
  }

  List<String> warnings() {
    return warnings;
  }

  /** A {@code match} value: an array whose elements all hold (or one object). */
  Criterion match(JsonNode match, String path) {
    List<Criterion> parts = new ArrayList<>();
    if (match.isArray()) {
      for (int i = 0; i < match.size(); i++) {
        addUnlessEmpty(parts, node(match.get(i), path + "[" + i + "]"));
      }
    } else {
      addUnlessEmpty(parts, node(match, path));
    }
    return parts.size() == 1 ? parts.get(0) : new Criterion.All(parts);
  }

  private static void addUnlessEmpty(List<Criterion> parts, Criterion c) {
    if (!(c instanceof Criterion.All all && all.parts().isEmpty())) {
      parts.add(c);
    }
  }

  private Criterion node(JsonNode n, String path) {
    if (!n.isObject()) {
      throw error(path, "expected an object with and, or, genomic or clinical; found " + kind(n));
    }
    List<Criterion> parts = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : n.properties()) {
      String key = e.getKey();
      String at = path + "." + key;
      JsonNode v = e.getValue();
      switch (key) {
        case "and", "or" -> {
          if (!v.isArray() || v.isEmpty()) {
            throw error(at, "'" + key + "' needs a non-empty list of conditions");
          }
          List<Criterion> children = new ArrayList<>();
          for (int i = 0; i < v.size(); i++) {
            children.add(node(v.get(i), at + "[" + i + "]"));
          }
          parts.add(key.equals("and") ? new Criterion.All(children) : new Criterion.Any(children));
        }
        case "genomic" -> parts.add(genomic(object(v, at), at));
        case "clinical" -> addUnlessEmpty(parts, clinical(object(v, at), at));
        default ->
            throw error(
                at,
                "unknown key '"
                    + key
                    + "': a CTML match node has and, or, genomic or clinical (check the spelling)");
      }
    }
    return parts.size() == 1 ? parts.get(0) : new Criterion.All(parts);
  }

  private JsonNode object(JsonNode v, String at) {
    if (!v.isObject()) {
      throw error(at, "expected an object of fields, found " + kind(v));
    }
    return v;
  }

  private Criterion genomic(JsonNode g, String path) {
    String gene = "";
    AlterationKind kind = null;
    String protein = "";
    String prefix = "";
    String classification = "";
    CnaCall call = null;
    String partner = "";
    String function = "";
    boolean negated = false;
    boolean matchAll = false;
    Integer exon = null;
    List<Criterion> extra = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : g.properties()) {
      String key = e.getKey().toLowerCase(Locale.ROOT);
      String at = path + "." + e.getKey();
      String raw = scalar(e.getValue(), at).trim();
      boolean not = raw.startsWith("!");
      String v = not ? raw.substring(1).trim() : raw;
      switch (key) {
        case "hugo_symbol" ->
            gene =
                v.equalsIgnoreCase("none")
                    ? "" // MatchMiner's way of a condition on the whole tumour (signatures)
                    : v.equalsIgnoreCase("any_gene") ? "*" : v.toUpperCase(Locale.ROOT);
        case "exon" -> exon = exon(v, at);
        case "variant_category" -> kind = category(v, at);
        case "protein_change" -> protein = Alteration.shortProtein(v);
        case "wildcard_protein_change" -> prefix = Alteration.shortProtein(v);
        case "variant_classification", "true_variant_classification" -> classification = v;
        case "cnv_call" ->
            call =
                CnaCall.parse(v)
                    .orElseThrow(
                        () ->
                            error(
                                at,
                                "unknown copy-number call '"
                                    + v
                                    + "': use High level amplification, Gain, Heterozygous"
                                    + " deletion or Homozygous deletion"));
        case "fusion_partner_hugo_symbol" ->
            partner =
                v.equalsIgnoreCase("any_gene")
                    ? "*"
                    : v.equalsIgnoreCase("intergenic") ? "INTERGENIC" : v.toUpperCase(Locale.ROOT);
        case "molecular_function" -> function = v;
        case "wildtype", "wild_type" -> not = v.equalsIgnoreCase("true");
        case "match_all" -> matchAll = v.equalsIgnoreCase("true");
        case "display_name" -> not = false;
        case "ms_status", "mmr_status", "tmb_numerical" -> {
          extra.add(biomarker(key, raw, at));
          not = false;
        }
        default -> {
          extra.add(
              key.endsWith("_signature")
                  ? signature(key, raw, at)
                  : notAssessed(e.getKey(), raw, at));
          not = false;
        }
      }
      negated |= not;
    }
    if (kind == null && call != null) {
      kind = AlterationKind.CNA;
    }
    if (kind == null && !partner.isEmpty()) {
      kind = AlterationKind.FUSION;
    }
    if (gene.isEmpty() && !partner.isEmpty()) {
      gene = "*"; // a fusion named by its partner only
    }
    if (gene.isEmpty() && !matchAll) {
      if (extra.isEmpty()) {
        throw error(path, "a genomic condition needs hugo_symbol (or match_all: true)");
      }
      return extra.size() == 1 ? extra.get(0) : new Criterion.All(extra);
    }
    Criterion genomic =
        new Criterion.Genomic(
            gene,
            kind,
            protein,
            prefix,
            classification,
            call,
            partner,
            function,
            negated,
            matchAll,
            exon);
    if (extra.isEmpty()) {
      return genomic;
    }
    extra.add(0, genomic);
    return new Criterion.All(extra);
  }

  private AlterationKind category(String v, String at) {
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "mutation", "mutations", "snv" -> AlterationKind.MUTATION;
      case "copy number variation", "cnv", "copy number alteration", "cna" -> AlterationKind.CNA;
      case "structural variation", "sv", "fusion" -> AlterationKind.FUSION;
      case "any variation", "any" -> null;
      default ->
          throw error(
              at,
              "unknown variant_category '"
                  + v
                  + "': use Mutation, Copy Number Variation (CNV), Structural Variation (SV) or"
                  + " Any Variation");
    };
  }

  private Criterion clinical(JsonNode c, String path) {
    List<Criterion> parts = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : c.properties()) {
      String key = e.getKey().toLowerCase(Locale.ROOT);
      String at = path + "." + e.getKey();
      if (key.equals("disease_status")) {
        continue; // free text describing the stage; kept in the document, not matched
      }
      String raw = scalar(e.getValue(), at).trim();
      switch (key) {
        case "oncotree_primary_diagnosis" -> parts.add(diagnosis(raw, at));
        case "age_numerical" -> parts.add(new Criterion.Age(comparison(raw, at)));
        case "gender", "sex" -> {
          String s = raw.toLowerCase(Locale.ROOT);
          if (!s.equals("male") && !s.equals("female")) {
            throw error(at, "unknown sex '" + raw + "': use Male or Female");
          }
          parts.add(new Criterion.Sex(s));
        }
        case "tmb_numerical", "tmb", "ms_status", "mmr_status" ->
            parts.add(biomarker(key, raw, at));
        case "er_status", "pr_status", "her2_status" -> parts.add(receptor(e.getKey(), raw, at));
        default -> parts.add(notAssessed(e.getKey(), raw, at));
      }
    }
    return parts.size() == 1 ? parts.get(0) : new Criterion.All(parts);
  }

  private Criterion diagnosis(String raw, String at) {
    boolean excluded = raw.startsWith("!");
    String name = excluded ? raw.substring(1).trim() : raw;
    String code =
        oncotree
            .resolve(name)
            .orElseThrow(
                () ->
                    error(
                        at,
                        "'"
                            + name
                            + "' is not an OncoTree name or code (OncoTree 2025_10_03); close"
                            + " matches: "
                            + oncotree.closeMatches(name)
                            + ". Use a current OncoTree name, _SOLID_ or _LIQUID_"));
    return new Criterion.Diagnosis(code, name, excluded);
  }

  private Criterion biomarker(String key, String raw, String at) {
    boolean not = raw.startsWith("!");
    String v = (not ? raw.substring(1) : raw).trim().toUpperCase(Locale.ROOT);
    return switch (key) {
      case "tmb_numerical", "tmb" -> new Criterion.Tmb(comparison(raw, at));
      case "ms_status" -> {
        if (!v.equals("MSI-H") && !v.equals("MSS") && !v.equals("MSI-L")) {
          throw error(at, "unknown ms_status '" + raw + "': use MSI-H, MSI-L or MSS");
        }
        yield new Criterion.Msi(v.equals("MSI-H") != not);
      }
      default -> {
        if (!v.startsWith("MMR-")) {
          throw error(at, "unknown mmr_status '" + raw + "': use MMR-Deficient or MMR-Proficient");
        }
        yield new Criterion.Msi(v.equals("MMR-DEFICIENT") != not);
      }
    };
  }

  private Integer exon(String v, String at) {
    try {
      int n = Integer.parseInt(v.replaceFirst("(?i)^exon\\s*", ""));
      if (n >= 1 && n <= 200) {
        return n;
      }
    } catch (NumberFormatException e) {
      // named below
    }
    throw error(at, "'" + v + "' is not an exon number: write the number, e.g. exon: 19");
  }

  /** Yes/No, true/false, Positive/Negative (a leading {@code !} negates). */
  private static java.util.Optional<Boolean> yesNo(String raw) {
    boolean not = raw.startsWith("!");
    String v = (not ? raw.substring(1) : raw).trim().toLowerCase(Locale.ROOT);
    Boolean b =
        switch (v) {
          case "yes", "true", "positive", "present", "y" -> true;
          case "no", "false", "negative", "absent", "n" -> false;
          default -> null;
        };
    return java.util.Optional.ofNullable(b).map(x -> x != not);
  }

  private Criterion receptor(String key, String raw, String at) {
    Receptor r = Receptor.parse(key).orElseThrow();
    return yesNo(raw)
        .<Criterion>map(positive -> new Criterion.ReceptorStatus(r, positive))
        .orElseGet(
            () -> {
              warnings.add(
                  file
                      + " at "
                      + at
                      + ": "
                      + key
                      + " '"
                      + raw
                      + "' is not assessed (GMS assesses Positive or Negative)");
              return new Criterion.NotAssessed(key, raw);
            });
  }

  private Criterion signature(String key, String raw, String at) {
    String name = key.substring(0, key.length() - "_signature".length());
    return yesNo(raw)
        .<Criterion>map(present -> new Criterion.Signature(name, present))
        .orElseThrow(() -> error(at, "unknown " + key + " '" + raw + "': use Yes or No (or !Yes)"));
  }

  private Comparison comparison(String raw, String at) {
    return Comparison.parse(raw)
        .orElseThrow(
            () -> error(at, "'" + raw + "' is not a number condition: write >=18, <12 or ==40"));
  }

  private Criterion notAssessed(String key, String raw, String at) {
    String k = key.toLowerCase(Locale.ROOT);
    if (!k.endsWith("_signature") && NOT_ASSESSED_PREFIXES.stream().noneMatch(k::startsWith)) {
      warnings.add(file + " at " + at + ": unknown field '" + key + "' is not assessed");
    } else {
      warnings.add(file + " at " + at + ": " + key + " is not assessed by GMS");
    }
    return new Criterion.NotAssessed(key, raw);
  }

  private String scalar(JsonNode v, String at) {
    if (v.isArray() && v.size() == 1 && v.get(0).isValueNode()) {
      return v.get(0).asString();
    }
    if (!v.isValueNode() || v.isNull()) {
      throw error(at, "expected a single value, found " + kind(v));
    }
    return v.asString();
  }

  private static String kind(JsonNode n) {
    return n.isArray() ? "a list" : n.isObject() ? "an object" : "'" + n.asString() + "'";
  }

  TrialFormatException error(String path, String problem) {
    return new TrialFormatException(file, path, problem);
  }
}
