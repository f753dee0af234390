package org.gms.server.directory;

import java.util.Optional;

/**
 * Where genes are on GRCh38: the span of their MANE Select transcript (HGNC 2024-10, MANE v1.4).
 */
public interface GeneLocations {

  /**
   * A gene's span.
   *
   * @param contig canonical name without {@code chr}: {@code 17}, {@code X}
   * @param start 1-based inclusive
   * @param end 1-based inclusive
   */
  record GeneLocation(String symbol, String hgncId, String contig, long start, long end) {}

  /** The gene by approved or previous symbol (case as HGNC writes it); empty when unplaced. */
  Optional<GeneLocation> locate(String symbol);

  /** Every placed gene (approved symbols), by contig and start. */
  java.util.List<GeneLocation> placed();
}
