package org.gms.genomics.pgx.genotype;

import java.util.Map;
import java.util.Optional;
import org.gms.genomics.pgx.genotype.SampleGenotypes.PositionKey;

/** One sample's calls read from a VCF: an array over the positions the reader was asked for. */
final class IndexedSampleGenotypes implements SampleGenotypes {

  private final String sampleId;
  private final Map<PositionKey, Integer> index;
  private final PositionGenotype[] calls;

  /**
   * Slots of the position lists asked for, by identity of the list (shared by the samples of one
   * read: every sample is asked for the same few lists, one per gene).
   */
  private final Map<PositionKey[], int[]> slots;

  IndexedSampleGenotypes(
      String sampleId,
      Map<PositionKey, Integer> index,
      Map<PositionKey[], int[]> slots,
      PositionGenotype[] calls) {
    this.sampleId = sampleId;
    this.index = index;
    this.slots = slots;
    this.calls = calls;
  }

  @Override
  public PositionGenotype[] at(PositionKey[] positions) {
    int[] found =
        slots.computeIfAbsent(
            positions,
            asked -> {
              int[] resolved = new int[asked.length];
              for (int i = 0; i < asked.length; i++) {
                Integer slot = index.get(asked[i]);
                resolved[i] = slot == null ? -1 : slot;
              }
              return resolved;
            });
    PositionGenotype[] out = new PositionGenotype[found.length];
    for (int i = 0; i < found.length; i++) {
      out[i] = found[i] < 0 ? null : calls[found[i]];
    }
    return out;
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
