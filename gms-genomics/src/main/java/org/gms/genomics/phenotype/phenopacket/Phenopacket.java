package org.gms.genomics.phenotype.phenopacket;

import java.util.List;
import java.util.Optional;

/**
 * The parts of a GA4GH phenopacket (schema v2) that a diagnosis benchmark needs: the subject's
 * phenotypic features (HPO ids as recorded, observed or excluded), the diagnosed disease, and the
 * causative variants of the (first) interpretation.
 *
 * @param id the phenopacket id
 * @param source the file it was read from, for messages
 * @param observed HPO ids of features present, as written in the file
 * @param excluded HPO ids of features recorded as absent ({@code "excluded": true})
 * @param diagnosis the diagnosed disease id, or empty
 * @param variants causative variants, in file order
 */
public record Phenopacket(
    String id,
    String source,
    List<String> observed,
    List<String> excluded,
    String diagnosis,
    List<CausativeVariant> variants) {

  public Phenopacket {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("A phenopacket needs an id (" + source + ")");
    }
    observed = List.copyOf(observed);
    excluded = List.copyOf(excluded);
    diagnosis = diagnosis == null ? "" : diagnosis;
    variants = List.copyOf(variants);
  }

  /**
   * The causative gene: the gene of the first causative variant that names one. Empty for changes
   * recorded without a gene (for example a terminal chromosomal deletion).
   */
  public Optional<String> causativeGene() {
    return variants.stream()
        .map(CausativeVariant::geneSymbol)
        .filter(symbol -> !symbol.isEmpty())
        .findFirst();
  }
}
