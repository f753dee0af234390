package org.gms.genomics.interpretation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.gms.genomics.GenomicsException;
import org.gms.genomics.SharedReference;
import org.gms.genomics.interpretation.inheritance.InheritanceMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GenePanelTest {

  @Test
  void anEmptyPanelIsAnError() {
    assertThatThrownBy(() -> new GenePanel("Empty indication", "1.0", List.of()))
        .isInstanceOf(GenomicsException.class)
        .hasMessage(
            "Panel 'Empty indication' (version 1.0) has no genes; choose another panel for the"
                + " indication, or run gene-agnostic");
  }

  @Test
  void aPanelWithoutGreenGenesIsAnErrorUnlessAmberIsIncluded() {
    GenePanel amberOnly =
        new GenePanel(
            "Amber only", "0.3", List.of(PanelGene.of("ABC1", PanelConfidence.AMBER, Set.of())));

    assertThatThrownBy(() -> GeneScope.panel(amberOnly, false))
        .isInstanceOf(GenomicsException.class)
        .hasMessage(
            "Panel 'Amber only' v0.3 has no green genes; include amber genes or choose another panel");
    assertThat(GeneScope.panel(amberOnly, true).includes("ABC1")).isTrue();
  }

  @Test
  void greenByDefaultAmberOnRequestRedNever() {
    GenePanel panel =
        new GenePanel(
            "Mixed",
            "2",
            List.of(
                PanelGene.of("GREEN1", PanelConfidence.GREEN, Set.of()),
                PanelGene.of("AMBER1", PanelConfidence.AMBER, Set.of()),
                PanelGene.of("RED1", PanelConfidence.RED, Set.of())));

    GeneScope green = GeneScope.panel(panel, false);
    GeneScope greenAndAmber = GeneScope.panel(panel, true);

    assertThat(List.of("GREEN1", "AMBER1", "RED1"))
        .filteredOn(green::includes)
        .containsExactly("GREEN1");
    assertThat(List.of("GREEN1", "AMBER1", "RED1"))
        .filteredOn(greenAndAmber::includes)
        .containsExactly("GREEN1", "AMBER1");
    assertThat(GeneScope.geneAgnostic().includes("RED1")).isTrue();
    assertThat(GeneScope.geneAgnostic().includes(null)).isFalse();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          AD                                                                                  | AUTOSOMAL_DOMINANT
          AR                                                                                  | AUTOSOMAL_RECESSIVE
          AD/AR                                                                               | AUTOSOMAL_DOMINANT AUTOSOMAL_RECESSIVE
          XL                                                                                  | X_LINKED_DOMINANT X_LINKED_RECESSIVE
          MT                                                                                  | MITOCHONDRIAL
          NA                                                                                  |
          MONOALLELIC, autosomal or pseudoautosomal, imprinted status unknown                 | AUTOSOMAL_DOMINANT
          BIALLELIC, autosomal or pseudoautosomal                                             | AUTOSOMAL_RECESSIVE
          BOTH monoallelic and biallelic, autosomal or pseudoautosomal                        | AUTOSOMAL_DOMINANT AUTOSOMAL_RECESSIVE
          X-LINKED: hemizygous mutation in males, biallelic mutations in females              | X_LINKED_RECESSIVE
          X-LINKED: hemizygous mutation in males, monoallelic mutations in females may cause disease (may be less severe, later onset than males) | X_LINKED_DOMINANT X_LINKED_RECESSIVE
          MITOCHONDRIAL                                                                       | MITOCHONDRIAL
          Unknown                                                                             |
          """)
  void panelAppModesOfInheritance(String moi, String modes) {
    Set<InheritanceMode> expected = EnumSet.noneOf(InheritanceMode.class);
    if (modes != null) {
      for (String mode : modes.split(" ")) {
        expected.add(InheritanceMode.valueOf(mode));
      }
    }
    assertThat(PanelGene.modesFromPanelApp(moi)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "level {0} -> {1}")
  @CsvSource({"4, GREEN", "3, GREEN", "2, AMBER", "1, RED", "0, RED"})
  void panelAppConfidence(int level, PanelConfidence confidence) {
    assertThat(PanelConfidence.fromPanelAppLevel(level)).isEqualTo(confidence);
  }

  /** PanelApp panel 507, "Common craniosynostosis syndromes": seven green genes, FGFR2 AD. */
  @Test
  void buildsARealPanelAppPanel() throws Exception {
    GenePanel panel = PanelAppFixture.panel(507);

    assertThat(panel.name()).isEqualTo("Common craniosynostosis syndromes");
    assertThat(panel.genes())
        .extracting(PanelGene::symbol)
        .containsExactlyInAnyOrder("EFNB1", "ERF", "FGFR1", "FGFR2", "FGFR3", "TCF12", "TWIST1");
    assertThat(panel.gene("FGFR2").orElseThrow().modes())
        .containsExactly(InheritanceMode.AUTOSOMAL_DOMINANT);
    assertThat(panel.gene("EFNB1").orElseThrow().modes())
        .containsExactlyInAnyOrder(
            InheritanceMode.X_LINKED_DOMINANT, InheritanceMode.X_LINKED_RECESSIVE);
  }
}

/** Reads one panel from the shared PanelApp TSV export (panel id, MOI, gene, confidence, name). */
final class PanelAppFixture {

  private PanelAppFixture() {}

  static GenePanel panel(int id) throws Exception {
    List<PanelGene> genes = new ArrayList<>();
    String name = null;
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(
                    Files.newInputStream(
                        SharedReference.path("panels/PanelAppData_combined_core.tsv.gz"))),
                StandardCharsets.UTF_8))) {
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] f = line.split("\t", -1);
        if (f[0].equals(Integer.toString(id))) {
          name = f[4];
          genes.add(
              PanelGene.of(
                  f[2],
                  PanelConfidence.fromPanelAppLevel(Integer.parseInt(f[3])),
                  PanelGene.modesFromPanelApp(f[1])));
        }
      }
    }
    return new GenePanel(name, "PanelApp export", genes);
  }
}
