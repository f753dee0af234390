package org.gms.genomics.cancer.trial;

import java.util.Locale;
import java.util.Objects;

/**
 * One somatic alteration of a case, as trial matching reads it.
 *
 * @param gene HGNC symbol
 * @param kind small variant, copy number or fusion
 * @param proteinChange HGVS short protein change without {@code p.} ({@code L858R}), or empty
 * @param variantClassification MAF {@code Variant_Classification} ({@code Missense_Mutation}), or
 *     empty
 * @param cnaCall the copy-number call of a {@link AlterationKind#CNA}, else null
 * @param fusionPartner the other gene of a fusion ({@code EML4} for EML4::ALK on ALK), or empty
 *     (intergenic or unknown)
 * @param oncogenic whether the cancer engine classed it Oncogenic or Likely oncogenic (CTML's
 *     {@code molecular_function} Activating/Inactivating needs it); null when not assessed
 * @param exon the exon of a small variant as its annotation gives it (VEP {@code EXON}, MAF {@code
 *     Exon_Number}), or null: matching then places it from the protein change where that is
 *     reliable
 */
public record Alteration(
    String gene,
    AlterationKind kind,
    String proteinChange,
    String variantClassification,
    CnaCall cnaCall,
    String fusionPartner,
    Boolean oncogenic,
    Integer exon) {

  public Alteration {
    Objects.requireNonNull(gene, "gene");
    Objects.requireNonNull(kind, "kind");
    if (gene.isBlank()) {
      throw new IllegalArgumentException("An alteration needs a gene symbol");
    }
    gene = gene.trim().toUpperCase(Locale.ROOT);
    proteinChange = shortProtein(proteinChange == null ? "" : proteinChange);
    variantClassification = variantClassification == null ? "" : variantClassification.trim();
    fusionPartner = fusionPartner == null ? "" : fusionPartner.trim().toUpperCase(Locale.ROOT);
    if (kind == AlterationKind.CNA && cnaCall == null) {
      throw new IllegalArgumentException("A copy-number alteration of " + gene + " needs its call");
    }
  }

  /** A small variant. */
  public static Alteration mutation(String gene, String proteinChange, String classification) {
    return new Alteration(
        gene, AlterationKind.MUTATION, proteinChange, classification, null, "", null, null);
  }

  /** A copy-number change. */
  public static Alteration cna(String gene, CnaCall call) {
    return new Alteration(gene, AlterationKind.CNA, "", "", call, "", null, null);
  }

  /** A fusion of {@code gene} with {@code partner}. */
  public static Alteration fusion(String gene, String partner) {
    return new Alteration(gene, AlterationKind.FUSION, "", "", null, partner, null, null);
  }

  /** The same alteration with the engine's oncogenicity. */
  public Alteration withOncogenic(boolean value) {
    return new Alteration(
        gene, kind, proteinChange, variantClassification, cnaCall, fusionPartner, value, exon);
  }

  /** The same alteration in this exon (from its annotation). */
  public Alteration withExon(Integer number) {
    return new Alteration(
        gene,
        kind,
        proteinChange,
        variantClassification,
        cnaCall,
        fusionPartner,
        oncogenic,
        number);
  }

  /** {@code p.V600E} and {@code V600E} both give {@code V600E}. */
  static String shortProtein(String text) {
    String t = text.trim();
    return t.startsWith("p.") ? t.substring(2) : t;
  }

  /** How a reason names it: {@code EGFR p.L858R}, {@code ERBB2 High level amplification}. */
  public String describe() {
    return switch (kind) {
      case MUTATION ->
          gene
              + (proteinChange.isEmpty() ? " mutation" : " p." + proteinChange)
              + (variantClassification.isEmpty() ? "" : " (" + variantClassification + ")");
      case CNA -> gene + " " + cnaCall.label();
      case FUSION ->
          fusionPartner.isEmpty() ? gene + " fusion" : fusionPartner + "::" + gene + " fusion";
    };
  }
}
