package org.gms.server.directory.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gms.server.directory.Confidence;
import org.gms.server.directory.GenePanels;
import org.gms.server.directory.GenomicTest;
import org.gms.server.directory.PanelGene;
import org.gms.server.directory.PanelGeneList;
import org.gms.server.directory.TestDirectory;
import org.gms.server.directory.TestGene;
import org.gms.server.directory.TestGeneList;
import org.gms.server.directory.TestGenes;
import org.gms.server.directory.TestTarget;
import org.springframework.stereotype.Service;

/** The rule of {@link TestGenes}, on the stored directory and panels. */
@Service
class DirectoryTestGenes implements TestGenes {

  static final String NAMED_BY_TEST = "named by the test";

  private final TestDirectory directory;
  private final GenePanels panels;

  DirectoryTestGenes(TestDirectory directory, GenePanels panels) {
    this.directory = directory;
    this.panels = panels;
  }

  @Override
  public Optional<TestGeneList> of(
      String indication, String test, Optional<String> directoryVersion) {
    return directory
        .indication(indication, directoryVersion)
        .flatMap(
            i ->
                i.tests().stream()
                    .filter(t -> t.code().equals(test))
                    .findFirst()
                    .map(t -> resolve(t, i.directoryVersion())));
  }

  private TestGeneList resolve(GenomicTest test, String directoryVersion) {
    Map<String, Merged> genes = new TreeMap<>();
    List<String> sources = new ArrayList<>();
    for (TestTarget target : test.targets()) {
      if (target.kind() == TestTarget.Kind.PANEL && target.panelId() != null) {
        Optional<PanelGeneList> list =
            panels.geneList(target.panelId(), Optional.empty(), EnumSet.allOf(Confidence.class));
        if (list.isPresent()) {
          PanelGeneList l = list.get();
          String source = l.name() + " v" + l.version() + " (PanelApp " + l.panelId() + ")";
          sources.add(source);
          for (PanelGene g : l.genes()) {
            genes
                .computeIfAbsent(g.symbol(), Merged::new)
                .add(g.level(), g.modeOfInheritance(), source);
          }
        }
      } else if (target.kind() == TestTarget.Kind.GENE && target.geneSymbol() != null) {
        sources.add(target.geneSymbol());
        genes
            .computeIfAbsent(target.geneSymbol(), Merged::new)
            .add(TestGene.NAMED_BY_TEST_LEVEL, null, NAMED_BY_TEST);
      }
    }
    String name = sources.isEmpty() ? test.code() : test.code() + " " + String.join(", ", sources);
    return new TestGeneList(
        test.code(),
        directoryVersion,
        name,
        sources,
        genes.values().stream().map(Merged::gene).toList());
  }

  /** A gene met on one or more targets: best level, every mode, every source. */
  private static final class Merged {
    private final String symbol;
    private int level = -1;
    private final LinkedHashSet<String> modes = new LinkedHashSet<>();
    private final LinkedHashSet<String> sources = new LinkedHashSet<>();

    Merged(String symbol) {
      this.symbol = symbol;
    }

    void add(int level, String mode, String source) {
      this.level = Math.max(this.level, Math.min(level, 4));
      if (mode != null && !mode.isBlank()) {
        modes.add(mode.strip());
      }
      sources.add(source);
    }

    TestGene gene() {
      int l = Math.max(level, 0);
      return new TestGene(
          symbol, Confidence.ofLevel(l), l, List.copyOf(modes), List.copyOf(sources));
    }
  }
}
