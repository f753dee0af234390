package org.gms.server.directory;

import java.util.Optional;

/**
 * The genes a genomic test analyses: the one rule every door uses (an analysis run started on an
 * order, {@code ./gms interpret --test}, and re-analysis).
 *
 * <p>The test is read from the directory version given (an order's, or the current release); each
 * of its targets contributes:
 *
 * <ul>
 *   <li>a PanelApp panel: every gene of the panel's current version, with its rating (green, amber,
 *       red) and PanelApp level, and its mode of inheritance as published;
 *   <li>a gene the test names itself: green, level 3, no mode of inheritance given;
 *   <li>anything else (a region, "Genomewide", a variant): no genes.
 * </ul>
 *
 * A gene contributed more than once (two panels, or a panel and the test's own list) keeps its best
 * rating and every mode of inheritance given. Which ratings a caller analyses is the caller's
 * choice, made on this list ({@link TestGeneList#at}).
 */
public interface TestGenes {

  /**
   * @param indication the clinical indication code, e.g. {@code R29}
   * @param test the test code, e.g. {@code R29.1}
   * @param directoryVersion a directory version label; empty for the current release
   * @return empty when the directory version has no such test
   */
  Optional<TestGeneList> of(String indication, String test, Optional<String> directoryVersion);
}
