package org.gms.genomics.reference;

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
}
