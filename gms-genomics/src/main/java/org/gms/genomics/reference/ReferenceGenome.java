package org.gms.genomics.reference;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read access to reference sequence. Coordinates are 1-based and inclusive, as in VCF. A reference
 * may cover only pieces of a contig; asking for bases outside every piece gives an empty answer,
 * never made-up sequence.
 */
public interface ReferenceGenome {

  /**
   * The upper-case bases from {@code start} to {@code end} inclusive (1-based), or empty when this
   * reference does not cover the whole range.
   */
  Optional<String> bases(String contig, long start, long end);

  /** Whether every base from {@code start} to {@code end} (1-based, inclusive) is available. */
  default boolean covers(String contig, long start, long end) {
    return bases(contig, start, end).isPresent();
  }

  /** Contig lengths as declared by the reference (full contig lengths, not piece lengths). */
  Map<String, Long> contigLengths();

  /**
   * The reference held by FASTA files, each with its samtools {@code .fai} index beside it (or, if
   * absent, indexed in memory by one pass). Sequences named as samtools regions ({@code
   * 17:42425000-43600000}) are pieces of their contig; others are whole contigs.
   *
   * @throws ReferenceException if a file cannot be read or indexed
   */
  static ReferenceGenome fromFasta(Path... fastas) {
    return new FastaReferenceGenome(List.of(fastas));
  }

  /**
   * As {@link #fromFasta(Path...)}, and checks the sequences against the declared build: whole
   * contigs must have the build's lengths and pieces must lie within the build's contigs.
   *
   * @throws ReferenceException on a mismatch, naming the contig and both lengths
   */
  static ReferenceGenome fromFasta(GenomeBuild build, Path... fastas) {
    FastaReferenceGenome reference = new FastaReferenceGenome(List.of(fastas));
    reference.check(build);
    return reference;
  }

  /** No sequence at all: everything that needs bases is reported as not covered. */
  static ReferenceGenome none() {
    return NoReferenceGenome.INSTANCE;
  }
}
