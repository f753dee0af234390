package org.gms.server.directory;

import java.util.Objects;

/**
 * A gene of a panel version.
 *
 * @param symbol gene symbol as PanelApp lists it
 * @param hgncId HGNC id when known (PanelApp API data, or resolved from the symbol)
 * @param confidence rating
 * @param level PanelApp confidence level (0-3)
 * @param modeOfInheritance as published (the API's words, or the TSV's abbreviation such as AR)
 */
public record PanelGene(
    String symbol, String hgncId, Confidence confidence, int level, String modeOfInheritance) {

  public PanelGene {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(confidence, "confidence");
  }
}
