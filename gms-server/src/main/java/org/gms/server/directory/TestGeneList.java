package org.gms.server.directory;

import java.util.List;
import java.util.Set;

/**
 * The genes of one test, resolved by {@link TestGenes}.
 *
 * @param test the test code
 * @param directoryVersion the directory version the test was read from
 * @param name the test code and its sources, e.g. {@code R29.1 Intellectual disability v5.4
 *     (PanelApp 285)}
 * @param sources every target that gave genes, in the test's order
 * @param genes one entry per gene, sorted by symbol; empty when the test names no panel or gene
 */
public record TestGeneList(
    String test, String directoryVersion, String name, List<String> sources, List<TestGene> genes) {

  public TestGeneList {
    sources = List.copyOf(sources);
    genes = List.copyOf(genes);
  }

  /** The genes at the chosen ratings. */
  public List<TestGene> at(Set<Confidence> ratings) {
    return genes.stream().filter(g -> ratings.contains(g.confidence())).toList();
  }
}
