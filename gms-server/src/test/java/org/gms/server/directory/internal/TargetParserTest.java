package org.gms.server.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gms.server.directory.TestTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Target/Genes texts of directory v5.1 and what they name. */
class TargetParserTest {

  private static final TargetParser PARSER = new TargetParser(GeneReference.bundled());

  @ParameterizedTest(name = "''{0}'' names panels {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Hearing loss (126)                                           | 126
          Thoracic aortic aneurysm or dissection (700)                 | 700
          Neurodegenerative disorders - adult onset (474) STR          | 474
          Pulmonary Fibrosis, Familial (1174)                          | 1174
          """)
  void panelsByTheirIdInParentheses(String text, int panelId) {
    List<TestTarget> targets = PARSER.parse(text);
    assertThat(targets).extracting(TestTarget::kind).containsOnly(TestTarget.Kind.PANEL);
    assertThat(targets).extracting(TestTarget::panelId).containsExactly(panelId);
  }

  @ParameterizedTest(name = "''{0}'' names genes {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          FGFR2                                                  | FGFR2
          FGFR2 c.755 and c.758                                  | FGFR2
          PHOX2B STR                                             | PHOX2B
          HBA1;HBB                                               | HBA1 HBB
          BRCA1;BRCA2;PALB2; ATM; CHEK2; RAD51C; RAD51D          | BRCA1 BRCA2 PALB2 ATM CHEK2 RAD51C RAD51D
          Breast cancer: BRCA1; BRCA2; PALB2                     | BRCA1 BRCA2 PALB2
          NF2, SMARCB1, LZTFL1, SMARCE1, SUFU and DGCR8          | NF2 SMARCB1 LZTFL1 SMARCE1 SUFU DGCR8
          CYP11B1/CYP11B2 gene fusion                            | CYP11B1 CYP11B2
          Common POLG mutations                                  | POLG
          MT-RNR1 1555A>G                                        | MT-RNR1
          GBA                                                    | GBA1
          TAZ                                                    | TAFAZZIN
          """)
  void genesByHgncSymbolOrPreviousSymbol(String text, String symbols) {
    List<TestTarget> targets = PARSER.parse(text);
    assertThat(targets).extracting(TestTarget::kind).containsOnly(TestTarget.Kind.GENE);
    assertThat(targets).extracting(TestTarget::geneSymbol).containsExactly(symbols.split(" "));
    assertThat(targets).allSatisfy(t -> assertThat(t.hgncId()).startsWith("HGNC:"));
  }

  @ParameterizedTest(name = "''{0}'' is another kind of target")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Genomewide
          Specific Target
          As determined by indication
          No target identified at this stage
          11p15 imprinted growth regulatory region
          AS/PWS critical region
          Three common LHON variants
          Mitochondrial genome
          HbS variant
          Relevant panel(s) in PanelApp
          """)
  void otherTargetsStayAsWritten(String text) {
    assertThat(PARSER.parse(text))
        .containsExactly(new TestTarget(TestTarget.Kind.OTHER, text, null, null, null));
  }

  @Test
  void twoPanelsInOneTarget() {
    assertThat(
            PARSER.parse(
                "Familial hyperparathyroidism (480) and Hypocalciuric hypercalcaemia (481)"))
        .extracting(TestTarget::panelId, TestTarget::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(480, "Familial hyperparathyroidism (480)"),
            org.assertj.core.groups.Tuple.tuple(481, "Hypocalciuric hypercalcaemia (481)"));
  }

  @Test
  void genesOfAListKeepTheirItemText() {
    assertThat(PARSER.parse("FGFR3 c.1138").get(0).text()).isEqualTo("FGFR3 c.1138");
  }
}
