package org.gms.genomics.variant;

import java.util.Locale;
import org.gms.genomics.reference.ContigName;
import org.gms.genomics.reference.GenomeBuild;

/**
 * The identity of a variant across patients, files and releases: the genome build and the
 * normalised allele (trimmed and left-aligned, as {@link VariantNormaliser} gives it), so the same
 * variant written differently in two VCFs has one key, and GRCh37 and GRCh38 keys never meet.
 *
 * <p>Coordinates are 1-based. Alleles are minimal: an insertion has an empty {@code ref} and its
 * {@code position} is the first reference base after the insertion point; a deletion has an empty
 * {@code alt} and {@code position} is its first deleted base. The text form is {@code
 * build:contig:position:ref:alt} with {@code -} for an empty allele, e.g. {@code
 * GRCh38:17:43045712:G:A} or {@code GRCh38:17:43045705:AG:-}.
 *
 * @param contig canonical contig name ({@link ContigName#canonical}): {@code 17}, {@code X}, {@code
 *     MT}
 */
public record VariantKey(GenomeBuild build, String contig, long position, String ref, String alt) {

  public VariantKey {
    if (build == null || contig == null || contig.isBlank()) {
      throw new IllegalArgumentException("A variant key needs a genome build and a contig");
    }
    contig = ContigName.canonical(contig);
    if (position < 1) {
      throw new IllegalArgumentException("Positions are 1-based; got " + position);
    }
    ref = ref == null ? "" : ref.toUpperCase(Locale.ROOT);
    alt = alt == null ? "" : alt.toUpperCase(Locale.ROOT);
    if (!ref.matches("[ACGTN]*") || !alt.matches("[ACGTN]*")) {
      throw new IllegalArgumentException(
          "Alleles must be DNA bases (A, C, G, T, N); got '" + ref + "' and '" + alt + "'");
    }
    if (ref.equals(alt)) {
      throw new IllegalArgumentException("REF and ALT are the same ('" + ref + "')");
    }
    boolean bothPresent = !ref.isEmpty() && !alt.isEmpty();
    if (bothPresent
        && (ref.charAt(0) == alt.charAt(0)
            || ref.charAt(ref.length() - 1) == alt.charAt(alt.length() - 1))) {
      throw new IllegalArgumentException(
          "A variant key has minimal alleles (no shared first or last base); got "
              + ref
              + ">"
              + alt
              + ": normalise the variant first");
    }
  }

  /** The key of a VCF allele: normalised with {@code normaliser}, which knows the reference. */
  public static VariantKey of(
      GenomeBuild build, SequenceVariant variant, VariantNormaliser normaliser) {
    SequenceVariant normalised = normaliser.normalise(variant).variant();
    return new VariantKey(
        build, normalised.contig(), normalised.position(), normalised.ref(), normalised.alt());
  }

  /**
   * Reads the text form ({@link #toString}).
   *
   * @throws IllegalArgumentException naming what is wrong, for a malformed key
   */
  public static VariantKey parse(String text) {
    String[] parts = text == null ? new String[0] : text.strip().split(":", -1);
    if (parts.length != 5) {
      throw new IllegalArgumentException(
          "A variant key is build:contig:position:ref:alt, e.g. GRCh38:17:43045712:G:A; got '"
              + text
              + "'");
    }
    GenomeBuild build;
    try {
      build = GenomeBuild.valueOf(parts[0]);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Unknown genome build '" + parts[0] + "' in '" + text + "' (GRCh37 or GRCh38)");
    }
    long position;
    try {
      position = Long.parseLong(parts[2]);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Position '" + parts[2] + "' in '" + text + "' is not a number");
    }
    return new VariantKey(build, parts[1], position, allele(parts[3]), allele(parts[4]));
  }

  private static String allele(String text) {
    return text.equals("-") ? "" : text;
  }

  /**
   * The NCBI SPDI form ({@code NC_000002.12:47838938:AG:}): the RefSeq accession of the chromosome
   * in this build, the 0-based interbase position where the change starts, the deleted and the
   * inserted bases. Empty for contigs other than 1-22, X, Y and MT.
   */
  public java.util.Optional<String> spdi() {
    return RefSeqChromosomes.accession(build, contig)
        .map(accession -> accession + ":" + (position - 1) + ":" + ref + ":" + alt);
  }

  /** Whether this is a single-nucleotide variant. */
  public boolean isSnv() {
    return ref.length() == 1 && alt.length() == 1;
  }

  @Override
  public String toString() {
    return build
        + ":"
        + contig
        + ":"
        + position
        + ":"
        + (ref.isEmpty() ? "-" : ref)
        + ":"
        + (alt.isEmpty() ? "-" : alt);
  }
}
