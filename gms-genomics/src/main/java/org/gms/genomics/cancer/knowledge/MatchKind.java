package org.gms.genomics.cancer.knowledge;

/** How a variant met a knowledge entry, most specific first. */
public enum MatchKind {
  /** The same protein change ({@code V600E}), or the same genomic allele. */
  EXACT,
  /** The same codon ({@code V600}, {@code G12/G13}). */
  CODON,
  /** The same exon and class ({@code Exon 19 Deletion}, {@code Exon 11 Mutation}). */
  EXON,
  /**
   * A gene-level class: {@code Mutation}, {@code Loss-of-function}, {@code Truncating Mutation}.
   */
  GENE,
  /** The same fusion ({@code EML4::ALK}) or a fusion of the gene ({@code ALK Fusion}). */
  FUSION,
  /** The gene's amplification or deletion. */
  COPY_NUMBER
}
