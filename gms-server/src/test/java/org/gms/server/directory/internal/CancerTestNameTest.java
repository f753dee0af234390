package org.gms.server.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gms.server.directory.TestMethodCategory;
import org.gms.server.directory.TestTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled codes release and what its cancer test names say. */
class CancerTestNameTest {

  private static final CancerTestName PARSER = new CancerTestName(GeneReference.bundled());
  private static final CancerCodes CODES =
      CancerCodes.read(
          CancerDirectoryImporter.bundledFiles().get(0),
          CancerDirectoryImporter.bundledFiles().get(1),
          CancerDirectoryImporter.bundledFiles().get(2));

  private static Map<String, CancerCodes.Test> tests() {
    return CODES.indications().stream()
        .flatMap(i -> i.tests().stream())
        .collect(Collectors.toMap(CancerCodes.Test::code, Function.identity()));
  }

  @Test
  void theConceptMapHasTheCancerAndRareDiseaseIndicationsTheTsvAgreesWith() {
    List<CancerCodes.Indication> cancer =
        CODES.indications().stream().filter(CancerCodes.Indication::cancer).toList();
    assertThat(cancer).hasSize(217);
    assertThat(cancer.stream().mapToInt(i -> i.tests().size()).sum()).isEqualTo(1673);
    assertThat(CODES.indications()).hasSize(217 + 378);
    assertThat(CODES.warnings()).isEmpty();
    CancerCodes.Test m413 = tests().get("M4.13");
    assertThat(m413.name()).startsWith("Combined Multi-target NGS panel - small variant (EGFR");
    assertThat(m413.category()).isEqualTo("cancer");
    assertThat(m413.technology()).isEqualTo("Panel");
    assertThat(tests().get("M4.14").technology()).isEmpty();
  }

  @Test
  void aCombinedPanelHasBothMethodsAndItsGenesAndExonSkippingAsTargets() {
    CancerTestName.Parsed parsed = PARSER.parse(tests().get("M4.13").name());
    assertThat(parsed.methods())
        .containsExactly(
            TestMethodCategory.NGS_SMALL_VARIANT, TestMethodCategory.NGS_STRUCTURAL_VARIANT);
    assertThat(parsed.targets())
        .filteredOn(t -> t.kind() == TestTarget.Kind.GENE)
        .extracting(TestTarget::geneSymbol)
        .containsExactly("EGFR", "ALK", "BRAF", "KRAS", "ROS1", "RET", "NTRK1", "NTRK2", "NTRK3");
    assertThat(parsed.targets())
        .filteredOn(t -> t.kind() == TestTarget.Kind.OTHER)
        .extracting(TestTarget::text, TestTarget::geneSymbol)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("MET exon 14 skipping", "MET"));
    assertThat(parsed.target())
        .isEqualTo(
            "EGFR, ALK, BRAF, KRAS, MET exon 14 skipping; ROS1, RET, ALK, NTRK1, NTRK2, NTRK3, MET"
                + " exon 14 skipping");
  }

  @Test
  void ctdnaPanelsSayCtdnaFirstAndTheirCopyNumberPart() {
    assertThat(PARSER.parse(tests().get("M4.14").name()).methods())
        .containsExactly(
            TestMethodCategory.CTDNA,
            TestMethodCategory.NGS_SMALL_VARIANT,
            TestMethodCategory.NGS_COPY_NUMBER,
            TestMethodCategory.NGS_STRUCTURAL_VARIANT);
  }

  @ParameterizedTest(name = "''{0}'' is {1} of {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          KRAS hotspot                                  | HOTSPOT                | KRAS
          EGFR hotspot ctDNA                            | HOTSPOT CTDNA          | EGFR
          EML4-ALK FISH/RT-PCR                          | FISH RT_PCR            | EML4-ALK
          ROS1 rearrangement FISH/RT-PCR                | FISH RT_PCR            | ROS1
          MET copy number FISH                          | FISH                   | MET
          MSI Testing                                   | MSI                    | -
          WGS Germline and Tumour                       | WGS_TUMOUR_GERMLINE    | -
          Paediatric, DNA Methylation                   | METHYLATION            | -
          Adult, IDH1 hotspot                           | HOTSPOT                | IDH1
          TP53 seq                                      | SINGLE_GENE            | TP53
          BCOR-CCNB3 RT-PCR                             | RT_PCR                 | BCOR-CCNB3
          Karyotype                                     | CYTOGENETICS           | -
          """)
  void singleTestsByTheirNames(String name, String methods, String target) {
    CancerTestName.Parsed parsed = PARSER.parse(name);
    assertThat(parsed.methods()).extracting(Enum::name).containsExactly(methods.split(" "));
    if (target.equals("-")) {
      assertThat(parsed.targets()).isEmpty();
    } else {
      assertThat(parsed.targets()).extracting(TestTarget::text).containsExactly(target);
    }
  }

  @Test
  void theFusionOfTwoGenesIsOneFusionTarget() {
    assertThat(PARSER.parse(tests().get("M4.2").name()).targets())
        .filteredOn(t -> t.kind() == TestTarget.Kind.FUSION)
        .extracting(TestTarget::text)
        .containsExactly("EML4-ALK");
  }

  @Test
  void almostEveryCancerTestHasAMethodFromItsName() {
    List<CancerCodes.Test> cancer =
        CODES.indications().stream()
            .filter(CancerCodes.Indication::cancer)
            .flatMap(i -> i.tests().stream())
            .toList();
    List<String> unknown =
        cancer.stream()
            .filter(t -> PARSER.parse(t.name()).methods().contains(TestMethodCategory.OTHER))
            .map(t -> t.code() + " " + t.name())
            .toList();
    // What is left names a method outside these categories (MRD workup, multiplex assays,
    // immunophenotyping-era codes); they are kept as Other with their name.
    assertThat(unknown.size()).as(String.join("\n", unknown)).isLessThan(cancer.size() / 20);
  }
}
