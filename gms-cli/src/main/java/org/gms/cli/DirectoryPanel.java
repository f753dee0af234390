package org.gms.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gms.genomics.interpretation.GenePanel;
import org.gms.genomics.interpretation.PanelConfidence;
import org.gms.genomics.interpretation.PanelGene;
import org.gms.server.GmsException;
import org.gms.server.directory.Confidence;
import org.gms.server.directory.DirectoryImports;
import org.gms.server.directory.GenePanels;
import org.gms.server.directory.GenomicTest;
import org.gms.server.directory.Indication;
import org.gms.server.directory.PanelGeneList;
import org.gms.server.directory.TestDirectory;
import org.gms.server.directory.TestGeneList;
import org.gms.server.directory.TestGenes;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A gene panel from the platform's test directory, for the interpretation core: a test's genes by
 * the directory's one rule ({@link TestGenes}, the same as an analysis run on an order uses), an
 * indication's test when it has one that names genes, or the current version of a PanelApp panel.
 */
final class DirectoryPanel {

  private static final Set<Confidence> ALL = Set.of(Confidence.values());

  private DirectoryPanel() {}

  /** The genes of a test such as {@code R29.1}, as an analysis run of an order for it has them. */
  static GenePanel forTest(DatabaseOptions database, String testCode) {
    String indication = testCode.contains(".") ? testCode.substring(0, testCode.indexOf('.')) : "";
    try (ConfigurableApplicationContext context = start(database)) {
      TestGeneList list =
          context
              .getBean(TestGenes.class)
              .of(indication, testCode, Optional.empty())
              .orElseThrow(
                  () ->
                      new GmsException(
                          GmsException.Kind.NOT_FOUND,
                          "No test "
                              + testCode
                              + " in the test directory; find tests with ./gms directory show "
                              + (indication.isEmpty() ? "CODE" : indication)));
      return panel(list);
    }
  }

  /**
   * The genes of the indication's test: the one test that names genes, or the first of several that
   * name the same genes; several tests with different genes must be chosen with --test.
   */
  /**
   * The clinical indication in the directory version (default: the current one), or NOT_FOUND
   * saying how to find codes.
   */
  static Indication indication(
      ConfigurableApplicationContext context, String code, Optional<String> version) {
    return context
        .getBean(TestDirectory.class)
        .indication(code, version)
        .orElseThrow(
            () ->
                new GmsException(
                    GmsException.Kind.NOT_FOUND,
                    "No clinical indication "
                        + code
                        + version
                            .map(v -> " in directory version " + v)
                            .orElse(" in the test directory")
                        + "; find codes with ./gms directory search"));
  }

  static GenePanel forIndication(DatabaseOptions database, String code) {
    try (ConfigurableApplicationContext context = start(database)) {
      Indication indication = indication(context, code, Optional.empty());
      TestGenes testGenes = context.getBean(TestGenes.class);
      List<TestGeneList> withGenes = new ArrayList<>();
      for (GenomicTest test : indication.tests()) {
        testGenes
            .of(indication.code(), test.code(), Optional.empty())
            .filter(l -> !l.genes().isEmpty())
            .ifPresent(withGenes::add);
      }
      if (withGenes.isEmpty()) {
        throw new GmsException(
            GmsException.Kind.INVALID_INPUT,
            code
                + " ("
                + indication.name()
                + ") has no test naming a gene panel or genes; use --panel ID or --gene-agnostic");
      }
      if (withGenes.stream().map(TestGeneList::genes).distinct().count() > 1) {
        throw new GmsException(
            GmsException.Kind.INVALID_INPUT,
            code
                + " has tests that analyse different genes ("
                + String.join(", ", withGenes.stream().map(TestGeneList::test).toList())
                + "); choose one with --test");
      }
      return panel(withGenes.get(0));
    }
  }

  /** The test's genes as the interpretation core's panel: the analysis run's mapping. */
  static GenePanel panel(TestGeneList list) {
    if (list.genes().isEmpty()) {
      throw new GmsException(
          GmsException.Kind.INVALID_INPUT,
          "Test "
              + list.test()
              + " names no gene panel or genes in the directory; use --panel ID or --gene-agnostic");
    }
    return new GenePanel(
        list.name(),
        list.directoryVersion(),
        list.genes().stream()
            .map(g -> PanelGene.fromPanelApp(g.symbol(), g.level(), g.modesOfInheritance()))
            .toList());
  }

  static GenePanel forPanel(DatabaseOptions database, int id) {
    try (ConfigurableApplicationContext context = start(database)) {
      GenePanels panels = context.getBean(GenePanels.class);
      PanelGeneList list =
          panels
              .geneList(id, Optional.empty(), ALL)
              .orElseThrow(
                  () ->
                      new GmsException(
                          GmsException.Kind.NOT_FOUND,
                          "No PanelApp panel "
                              + id
                              + " in the test directory; find panels with ./gms directory search"));
      return new GenePanel(
          list.name(),
          list.version() + " (PanelApp " + list.panelId() + ")",
          list.genes().stream()
              .map(
                  g ->
                      PanelGene.of(
                          g.symbol(),
                          PanelConfidence.fromPanelAppLevel(g.level()),
                          PanelGene.modesFromPanelApp(g.modeOfInheritance())))
              .toList());
    }
  }

  private static ConfigurableApplicationContext start(DatabaseOptions database) {
    ConfigurableApplicationContext context = ServerContext.offline(database.properties());
    context.getBean(DirectoryImports.class).importBundledIfMissing(step -> {});
    return context;
  }
}
