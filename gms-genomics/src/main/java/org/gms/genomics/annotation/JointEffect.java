package org.gms.genomics.annotation;

import java.util.List;
import java.util.stream.Collectors;
import org.gms.genomics.variant.SequenceVariant;

/**
 * The combined effect on one transcript's protein of two or more alleles on the same haplotype
 * (phased {@code |} genotypes in one phase set), as bcftools csq computes haplotype-aware
 * consequences: the alleles are applied together to the coding sequence and the result translated,
 * so that a frameshift followed by a compensating indel reads as in-frame, two substitutions in one
 * codon give the amino acid the codon really encodes, and a changed stop codon that still reads as
 * a stop is {@code stop_retained_variant}. Reported beside each allele's own consequence, never
 * instead of it.
 *
 * @param gene the gene symbol
 * @param transcript the transcript accession with version
 * @param variants the alleles combined, in genomic order
 * @param terms the joint consequence terms, most severe first
 * @param proteinChange what changes in the protein, bcftools style ({@code 40Q>40*}, {@code
 *     21EK>21D}, {@code 12R>12Xfs}), or "" when the protein is unchanged
 * @param restoresFrame whether some allele alone shifts the frame but together they do not
 */
public record JointEffect(
    String gene,
    String transcript,
    List<SequenceVariant> variants,
    List<Consequence> terms,
    String proteinChange,
    boolean restoresFrame) {

  public JointEffect {
    variants = List.copyOf(variants);
    terms = List.copyOf(terms);
    if (variants.size() < 2 || terms.isEmpty()) {
      throw new IllegalArgumentException("A joint effect combines two or more alleles into terms");
    }
  }

  /**
   * The terms joined with '&amp;' as bcftools and VEP write them, for example
   * stop_lost&amp;frameshift.
   */
  public String termString() {
    return terms.stream().map(Consequence::term).collect(Collectors.joining("&"));
  }

  /** Whether the combined alleles shift the reading frame. */
  public boolean frameshift() {
    return terms.contains(Consequence.FRAMESHIFT_VARIANT);
  }

  /** Whether the combined effect truncates or shifts the protein (stop gained or frameshift). */
  public boolean truncating() {
    return frameshift() || terms.contains(Consequence.STOP_GAINED);
  }

  /** Whether this allele is one of those combined (same contig, position and alleles). */
  public boolean involves(SequenceVariant variant) {
    return variants.contains(variant);
  }
}
