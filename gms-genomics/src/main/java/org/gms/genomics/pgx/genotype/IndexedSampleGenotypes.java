package org.gms.genomics.pgx.genotype;

import java.util.Map;
import java.util.Optional;
import org.gms.genomics.pgx.genotype.SampleGenotypes.PositionKey;

/** One sample's calls read from a VCF: an array over the positions the reader was asked for. */
final class IndexedSampleGenotypes implements SampleGenotypes {

  private final String sampleId;
  private final Map<PositionKey, Integer> index;
  private final PositionGenotype[] calls;

  IndexedSampleGenotypes(
      String sampleId, Map<PositionKey, Integer> index, PositionGenotype[] calls) {
    this.sampleId = sampleId;
    this.index = index;
    this.calls = calls;
  }

  @Override
  public String sampleId() {
    return sampleId;
  }

  @Override
  public Optional<PositionGenotype> at(PositionKey position) {
    Integer slot = index.get(position);
    return slot == null ? Optional.empty() : Optional.ofNullable(calls[slot]);
  }
}
