package org.gms.server.directory;

import java.util.List;
import java.util.Objects;

/**
 * A gene a test analyses.
 *
 * @param symbol gene symbol
 * @param confidence the best rating any of the test's targets gives it
 * @param level the PanelApp level (0-4) of that rating
 * @param modesOfInheritance every mode of inheritance the targets give, as published
 * @param sources the targets it comes from, e.g. {@code Intellectual disability v5.4 (PanelApp
 *     285)} or {@code named by the test}
 */
public record TestGene(
    String symbol,
    Confidence confidence,
    int level,
    List<String> modesOfInheritance,
    List<String> sources) {

  /** The level given to a gene the test names itself: PanelApp's green. */
  public static final int NAMED_BY_TEST_LEVEL = 3;

  public TestGene {
    Objects.requireNonNull(symbol, "symbol");
    if (Confidence.ofLevel(level) != confidence) {
      throw new IllegalArgumentException(
          symbol + ": level " + level + " is not " + confidence.label());
    }
    modesOfInheritance = List.copyOf(modesOfInheritance);
    sources = List.copyOf(sources);
  }
}
