package org.gms.genomics.cancer.input;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One small variant of a tumour as read: where it is, what it does to its gene, and the read
 * evidence when the input has it.
 *
 * @param gene HGNC symbol, or empty when the input names none
 * @param chromosome as written ({@code 7} and {@code chr7} alike)
 * @param position 1-based position of the first REF base (VCF/MAF Start_Position)
 * @param ref reference allele ({@code -} for an insertion in MAF terms is stored as empty)
 * @param alt alternate allele (empty for a deletion)
 * @param variantClass the effect class
 * @param proteinChange HGVS protein change in short form without {@code p.} (e.g. {@code V600E}),
 *     or empty
 * @param hgvsc HGVS coding change, or empty
 * @param exon exon number as written ({@code 15/18}), or empty
 * @param depth tumour read depth, or -1 when unknown
 * @param altReads tumour reads with the ALT allele, or -1 when unknown
 * @param vaf tumour variant allele fraction, or NaN when unknown
 * @param populationFrequency highest population allele frequency in the input (gnomAD/ExAC), or NaN
 *     when the input has no population column; 0 when the column is there and empty
 * @param inSilico in silico verdict from the input (SIFT/PolyPhen), or {@code UNKNOWN}
 * @param source file and line, for messages
 */
public record SomaticVariant(
    String gene,
    String chromosome,
    long position,
    String ref,
    String alt,
    VariantClass variantClass,
    String proteinChange,
    String hgvsc,
    String exon,
    int depth,
    int altReads,
    double vaf,
    double populationFrequency,
    InSilico inSilico,
    String source) {

  /** The agreement of SIFT and PolyPhen where the input carries them. */
  public enum InSilico {
    DAMAGING,
    BENIGN,
    UNKNOWN
  }

  public SomaticVariant {
    Objects.requireNonNull(gene, "gene");
    Objects.requireNonNull(chromosome, "chromosome");
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(alt, "alt");
    Objects.requireNonNull(variantClass, "variantClass");
    proteinChange = proteinChange == null ? "" : proteinChange;
    hgvsc = hgvsc == null ? "" : hgvsc;
    exon = exon == null ? "" : exon;
    inSilico = inSilico == null ? InSilico.UNKNOWN : inSilico;
    if (position < 1) {
      throw new IllegalArgumentException("position must be 1 or more: " + position);
    }
    if (ref.equals(alt)) {
      throw new IllegalArgumentException(
          "REF and ALT are the same at " + chromosome + ":" + position);
    }
  }

  /** SNV, MNV or indel, by allele lengths. */
  public boolean indel() {
    return ref.length() != alt.length();
  }

  public OptionalDouble vafIfKnown() {
    return Double.isNaN(vaf) ? OptionalDouble.empty() : OptionalDouble.of(vaf);
  }

  /** The chromosome without a {@code chr} prefix. */
  public String plainChromosome() {
    return Chromosomes.plain(chromosome);
  }

  /** The protein position of the change (600 for V600E), or -1 when there is none. */
  public int codon() {
    return ProteinChanges.codon(proteinChange);
  }
}
