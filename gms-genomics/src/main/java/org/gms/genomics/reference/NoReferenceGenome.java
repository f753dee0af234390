package org.gms.genomics.reference;

import java.util.Map;
import java.util.Optional;

/** The absent reference: covers nothing, so sequence-dependent steps report "not covered". */
enum NoReferenceGenome implements ReferenceGenome {
  INSTANCE;

  @Override
  public Optional<String> bases(String contig, long start, long end) {
    return Optional.empty();
  }

  @Override
  public Map<String, Long> contigLengths() {
    return Map.of();
  }
}
