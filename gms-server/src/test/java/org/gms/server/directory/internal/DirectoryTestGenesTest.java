package org.gms.server.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gms.server.directory.Confidence;
import org.gms.server.directory.GenePanels;
import org.gms.server.directory.GenomicTest;
import org.gms.server.directory.Indication;
import org.gms.server.directory.IndicationMatch;
import org.gms.server.directory.PanelGene;
import org.gms.server.directory.PanelGeneList;
import org.gms.server.directory.PanelTargets;
import org.gms.server.directory.TestDirectory;
import org.gms.server.directory.TestGene;
import org.gms.server.directory.TestGeneList;
import org.gms.server.directory.TestMethodCategory;
import org.gms.server.directory.TestTarget;
import org.junit.jupiter.api.Test;

/** The directory's rule for a test's genes, on a test with two panels and a gene of its own. */
class DirectoryTestGenesTest {

  private static final PanelGeneList EPILEPSY =
      new PanelGeneList(
          402,
          "Genetic epilepsy syndromes",
          "4.1",
          EnumSet.allOf(Confidence.class),
          List.of(
              new PanelGene("SCN1A", null, Confidence.GREEN, 3, "MONOALLELIC"),
              new PanelGene("KCNQ2", null, Confidence.AMBER, 2, "MONOALLELIC")));
  private static final PanelGeneList DISABILITY =
      new PanelGeneList(
          285,
          "Intellectual disability",
          "5.4",
          EnumSet.allOf(Confidence.class),
          List.of(
              new PanelGene("KCNQ2", null, Confidence.GREEN, 3, "BIALLELIC"),
              new PanelGene("ZZZ3", null, Confidence.RED, 1, null)));

  private static final GenomicTest TEST =
      new GenomicTest(
          "R59.1",
          "Early onset or syndromic epilepsy",
          "Genetic epilepsy syndromes (402); Intellectual disability (285); POLG; Genomewide",
          List.of(
              new TestTarget(TestTarget.Kind.PANEL, "Genetic epilepsy syndromes", 402, null, null),
              new TestTarget(TestTarget.Kind.PANEL, "Intellectual disability", 285, null, null),
              new TestTarget(TestTarget.Kind.GENE, "POLG", null, "POLG", "HGNC:9179"),
              new TestTarget(TestTarget.Kind.PANEL, "Retired panel", 999, null, null),
              new TestTarget(TestTarget.Kind.OTHER, "Genomewide", null, null, null)),
          "Medium panel",
          TestMethodCategory.values()[0],
          "Specialised",
          "",
          List.of());

  private final DirectoryTestGenes rule = new DirectoryTestGenes(new OneTest(), new TwoPanels());

  @Test
  void aGeneOnTwoPanelsKeepsItsBestRatingAndEveryMode() {
    TestGeneList list = rule.of("R59", "R59.1", Optional.empty()).orElseThrow();

    assertThat(list.genes())
        .containsExactly(
            new TestGene(
                "KCNQ2",
                Confidence.GREEN,
                3,
                List.of("MONOALLELIC", "BIALLELIC"),
                List.of(
                    "Genetic epilepsy syndromes v4.1 (PanelApp 402)",
                    "Intellectual disability v5.4 (PanelApp 285)")),
            new TestGene(
                "POLG", Confidence.GREEN, 3, List.of(), List.of(DirectoryTestGenes.NAMED_BY_TEST)),
            new TestGene(
                "SCN1A",
                Confidence.GREEN,
                3,
                List.of("MONOALLELIC"),
                List.of("Genetic epilepsy syndromes v4.1 (PanelApp 402)")),
            new TestGene(
                "ZZZ3",
                Confidence.RED,
                1,
                List.of(),
                List.of("Intellectual disability v5.4 (PanelApp 285)")));
    assertThat(list.at(EnumSet.of(Confidence.GREEN)))
        .extracting(TestGene::symbol)
        .containsExactly("KCNQ2", "POLG", "SCN1A");
    assertThat(list.name())
        .isEqualTo(
            "R59.1 Genetic epilepsy syndromes v4.1 (PanelApp 402),"
                + " Intellectual disability v5.4 (PanelApp 285), POLG");
    assertThat(list.directoryVersion()).isEqualTo("5.1");
  }

  @Test
  void anUnknownTestIsEmpty() {
    assertThat(rule.of("R59", "R59.9", Optional.empty())).isEmpty();
    assertThat(rule.of("R1", "R1.1", Optional.empty())).isEmpty();
  }

  private static final class OneTest implements TestDirectory {
    @Override
    public List<IndicationMatch> search(String query, int limit) {
      return List.of();
    }

    @Override
    public Optional<Indication> indication(String code, Optional<String> version) {
      return code.equals("R59")
          ? Optional.of(
              new Indication(
                  "R59",
                  TEST.name(),
                  "5.1",
                  "Neurology",
                  List.of("Specialised"),
                  "",
                  new Indication.WhoMayOrder("Clinical genetics", "published"),
                  List.of(TEST),
                  List.of()))
          : Optional.empty();
    }

    @Override
    public Optional<String> currentVersion() {
      return Optional.of("5.1");
    }
  }

  private static final class TwoPanels implements GenePanels {
    private final Map<Integer, PanelGeneList> lists = Map.of(402, EPILEPSY, 285, DISABILITY);

    @Override
    public Optional<PanelGeneList> geneList(
        int panelId, Optional<String> version, Set<Confidence> levels) {
      return Optional.ofNullable(lists.get(panelId));
    }

    @Override
    public Optional<PanelTargets> targets(
        int panelId, Optional<String> version, Set<Confidence> levels, int paddingBases) {
      return Optional.empty();
    }

    @Override
    public List<PanelGeneList> panelsWithGene(String symbol) {
      return List.of();
    }

    @Override
    public List<String> versions(int panelId) {
      return List.of();
    }
  }
}
