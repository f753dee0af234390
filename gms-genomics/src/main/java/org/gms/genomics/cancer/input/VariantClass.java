package org.gms.genomics.cancer.input;

import java.util.Locale;
import java.util.Map;

/**
 * The effect of a small somatic variant on its gene, in MAF {@code Variant_Classification} terms
 * (the vocabulary TMB definitions are written in). Sequence Ontology terms from VEP and snpEff map
 * onto it.
 */
public enum VariantClass {
  MISSENSE("Missense_Mutation"),
  NONSENSE("Nonsense_Mutation"),
  FRAMESHIFT_DELETION("Frame_Shift_Del"),
  FRAMESHIFT_INSERTION("Frame_Shift_Ins"),
  INFRAME_DELETION("In_Frame_Del"),
  INFRAME_INSERTION("In_Frame_Ins"),
  SPLICE_SITE("Splice_Site"),
  NONSTOP("Nonstop_Mutation"),
  TRANSLATION_START("Translation_Start_Site"),
  SPLICE_REGION("Splice_Region"),
  SILENT("Silent"),
  INTRON("Intron"),
  UTR_3("3'UTR"),
  UTR_5("5'UTR"),
  FLANK_3("3'Flank"),
  FLANK_5("5'Flank"),
  NONCODING_RNA("RNA"),
  INTERGENIC("IGR"),
  /** The input carries no annotation for the variant. */
  UNANNOTATED("Unannotated");

  private static final Map<String, VariantClass> SO =
      Map.ofEntries(
          Map.entry("missense_variant", MISSENSE),
          Map.entry("stop_gained", NONSENSE),
          Map.entry("frameshift_variant", FRAMESHIFT_DELETION),
          Map.entry("inframe_deletion", INFRAME_DELETION),
          Map.entry("disruptive_inframe_deletion", INFRAME_DELETION),
          Map.entry("conservative_inframe_deletion", INFRAME_DELETION),
          Map.entry("inframe_insertion", INFRAME_INSERTION),
          Map.entry("disruptive_inframe_insertion", INFRAME_INSERTION),
          Map.entry("conservative_inframe_insertion", INFRAME_INSERTION),
          Map.entry("protein_altering_variant", MISSENSE),
          Map.entry("splice_acceptor_variant", SPLICE_SITE),
          Map.entry("splice_donor_variant", SPLICE_SITE),
          Map.entry("stop_lost", NONSTOP),
          Map.entry("start_lost", TRANSLATION_START),
          Map.entry("initiator_codon_variant", TRANSLATION_START),
          Map.entry("splice_region_variant", SPLICE_REGION),
          Map.entry("splice_donor_5th_base_variant", SPLICE_REGION),
          Map.entry("splice_donor_region_variant", SPLICE_REGION),
          Map.entry("splice_polypyrimidine_tract_variant", SPLICE_REGION),
          Map.entry("synonymous_variant", SILENT),
          Map.entry("stop_retained_variant", SILENT),
          Map.entry("start_retained_variant", SILENT),
          Map.entry("intron_variant", INTRON),
          Map.entry("3_prime_UTR_variant", UTR_3),
          Map.entry("5_prime_UTR_variant", UTR_5),
          Map.entry("downstream_gene_variant", FLANK_3),
          Map.entry("upstream_gene_variant", FLANK_5),
          Map.entry("non_coding_transcript_exon_variant", NONCODING_RNA),
          Map.entry("non_coding_transcript_variant", NONCODING_RNA),
          Map.entry("mature_miRNA_variant", NONCODING_RNA),
          Map.entry("intergenic_variant", INTERGENIC),
          Map.entry("intergenic_region", INTERGENIC));

  private final String mafName;

  VariantClass(String mafName) {
    this.mafName = mafName;
  }

  /** The MAF {@code Variant_Classification} spelling. */
  public String mafName() {
    return mafName;
  }

  /** From a MAF {@code Variant_Classification}; null when the value is not one of them. */
  public static VariantClass fromMaf(String value) {
    for (VariantClass c : values()) {
      if (c.mafName.equalsIgnoreCase(value)) {
        return c;
      }
    }
    return switch (value) {
      case "De_novo_Start_InFrame", "De_novo_Start_OutOfFrame", "Start_Codon_SNP" ->
          TRANSLATION_START;
      case "Start_Codon_Del", "Start_Codon_Ins" -> TRANSLATION_START;
      case "Stop_Codon_Del", "Stop_Codon_Ins" -> NONSTOP;
      case "lincRNA", "Targeted_Region" -> NONCODING_RNA;
      default -> null;
    };
  }

  /**
   * From Sequence Ontology terms joined by {@code &} (VEP) or {@code &} (snpEff): the most severe
   * one in this enum's order; frameshifts become insertions or deletions by the allele lengths.
   */
  public static VariantClass fromSequenceOntology(String terms, int refLength, int altLength) {
    VariantClass best = null;
    for (String term : terms.split("&")) {
      String t = term.trim();
      VariantClass c = SO.get(t);
      if (c == null) {
        c = SO.get(t.toLowerCase(Locale.ROOT));
      }
      if (c != null && (best == null || c.ordinal() < best.ordinal())) {
        best = c;
      }
    }
    if (best == FRAMESHIFT_DELETION && altLength > refLength) {
      return FRAMESHIFT_INSERTION;
    }
    return best == null ? INTERGENIC : best;
  }

  /**
   * cBioPortal's non-synonymous classes (TMB_NONSYNONYMOUS, maftools {@code vc_nonSyn}): missense,
   * nonsense, frameshift and in-frame indels, splice site, nonstop, translation start.
   */
  public boolean nonSynonymous() {
    return ordinal() <= TRANSLATION_START.ordinal();
  }

  /** Protein-truncating: nonsense, frameshift, canonical splice site, start loss. */
  public boolean truncating() {
    return this == NONSENSE
        || this == FRAMESHIFT_DELETION
        || this == FRAMESHIFT_INSERTION
        || this == SPLICE_SITE
        || this == TRANSLATION_START;
  }

  /** In-frame insertion or deletion. */
  public boolean inFrame() {
    return this == INFRAME_DELETION || this == INFRAME_INSERTION;
  }
}
