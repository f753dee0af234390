package org.gms.genomics.interpretation;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.gms.genomics.interpretation.inheritance.InheritanceMode;

/**
 * A gene on a panel.
 *
 * @param symbol HGNC symbol
 * @param modes modes of inheritance of the gene-disease association (empty: unknown)
 * @param lossOfFunctionCausesDisease the panel's statement on loss of function as mechanism (for
 *     PVS1), when it makes one
 */
public record PanelGene(
    String symbol,
    PanelConfidence confidence,
    Set<InheritanceMode> modes,
    Optional<Boolean> lossOfFunctionCausesDisease) {

  public PanelGene {
    if (symbol == null || symbol.isBlank() || confidence == null) {
      throw new IllegalArgumentException("A panel gene needs a symbol and a confidence");
    }
    modes = modes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(modes));
  }

  public static PanelGene of(
      String symbol, PanelConfidence confidence, Set<InheritanceMode> modes) {
    return new PanelGene(symbol, confidence, modes, Optional.empty());
  }

  /**
   * A gene as PanelApp rates it: its confidence level (0-4) and every mode of inheritance given for
   * it, as published (a gene on two panels may have two).
   */
  public static PanelGene fromPanelApp(
      String symbol, int level, Iterable<String> modesAsPublished) {
    Set<InheritanceMode> modes = EnumSet.noneOf(InheritanceMode.class);
    for (String mode : modesAsPublished) {
      modes.addAll(modesFromPanelApp(mode));
    }
    return of(symbol, PanelConfidence.fromPanelAppLevel(level), modes);
  }

  /**
   * Modes from PanelApp's mode of inheritance: the short codes of its TSV exports ({@code AD},
   * {@code AR}, {@code AD/AR}, {@code XL}, {@code MT}, {@code NA}) or the API's sentences ({@code
   * MONOALLELIC, autosomal or pseudoautosomal, ...}, {@code BIALLELIC, ...}, {@code BOTH
   * monoallelic and biallelic ...}, {@code X-LINKED: hemizygous mutation in males, biallelic
   * mutations in females}, {@code X-LINKED: ... monoallelic mutations in females may cause disease
   * ...}, {@code MITOCHONDRIAL}); anything else is unknown (empty).
   */
  public static Set<InheritanceMode> modesFromPanelApp(String moi) {
    Set<InheritanceMode> modes = EnumSet.noneOf(InheritanceMode.class);
    if (moi == null) {
      return modes;
    }
    String text = moi.strip().toUpperCase(Locale.ROOT);
    if (text.equals("AD")
        || text.equals("AD/AR")
        || text.startsWith("MONOALLELIC")
        || text.startsWith("BOTH")) {
      modes.add(InheritanceMode.AUTOSOMAL_DOMINANT);
    }
    if (text.equals("AR")
        || text.equals("AD/AR")
        || text.startsWith("BIALLELIC")
        || text.startsWith("BOTH")) {
      modes.add(InheritanceMode.AUTOSOMAL_RECESSIVE);
    }
    if (text.equals("XL")) {
      modes.add(InheritanceMode.X_LINKED_RECESSIVE);
      modes.add(InheritanceMode.X_LINKED_DOMINANT);
    } else if (text.startsWith("X-LINKED")) {
      modes.add(InheritanceMode.X_LINKED_RECESSIVE);
      if (text.contains("MONOALLELIC MUTATIONS IN FEMALES")) {
        modes.add(InheritanceMode.X_LINKED_DOMINANT);
      }
    }
    if (text.equals("MT") || text.startsWith("MITOCHONDRIAL")) {
      modes.add(InheritanceMode.MITOCHONDRIAL);
    }
    return modes;
  }
}
