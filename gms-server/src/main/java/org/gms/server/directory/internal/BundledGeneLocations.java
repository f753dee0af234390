package org.gms.server.directory.internal;

import java.util.Optional;
import org.gms.server.directory.GeneLocations;
import org.springframework.stereotype.Component;

/** Gene spans from the bundled HGNC / MANE gene reference. */
@Component
class BundledGeneLocations implements GeneLocations {

  private final GeneReferenceHolder genes;

  BundledGeneLocations(GeneReferenceHolder genes) {
    this.genes = genes;
  }

  @Override
  public java.util.List<GeneLocation> placed() {
    return genes.get().all().stream()
        .filter(GeneReference.Gene::placed)
        .map(BundledGeneLocations::location)
        .sorted(
            java.util.Comparator.comparing(GeneLocation::contig)
                .thenComparingLong(GeneLocation::start))
        .toList();
  }

  private static GeneLocation location(GeneReference.Gene g) {
    return new GeneLocation(
        g.symbol(), g.hgncId(), g.chrom().replaceFirst("^chr", ""), g.start(), g.end());
  }

  @Override
  public Optional<GeneLocation> locate(String symbol) {
    if (symbol == null || symbol.isBlank()) {
      return Optional.empty();
    }
    return genes
        .get()
        .bySymbol(symbol.strip())
        .filter(GeneReference.Gene::placed)
        .map(BundledGeneLocations::location);
  }
}
