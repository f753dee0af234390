package org.gms.genomics.cancer.tumourtype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.gms.genomics.GenomicsException;
import org.gms.genomics.SharedReference;
import org.gms.genomics.cancer.input.TabularFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TumourTypesTest {

  private final TumourTypes types = TumourTypes.bundled();

  @ParameterizedTest(name = "{0} -> {1} / {2}")
  @CsvSource({
    "NSCLC, NSCLC, DOID:3908, false",
    "nsclc, NSCLC, DOID:3908, false",
    "M4, NSCLC, DOID:3908, false",
    "M1, COADREAD, DOID:0050861, false",
    "MEL, MEL, DOID:1909, false",
    "M80, AML, DOID:9119, true",
    "DOID:3908, NSCLC, DOID:3908, false",
    "BRCA, BRCA, DOID:3459, false",
    "LUAD, LUAD, DOID:3910, false"
  })
  void resolvesOncotreeDoidAndMCodes(String code, String oncotree, String doid, boolean haem) {
    TumourType t = types.resolve(code);
    assertThat(t.oncotreeCode()).isEqualTo(oncotree);
    assertThat(t.doid()).isEqualTo(doid);
    assertThat(t.haematological()).isEqualTo(haem);
  }

  @Test
  void searchFindsTheExactCodeFirstThenNamesContainingTheText() {
    assertThat(types.search("luad", 5))
        .first()
        .extracting(TumourType::oncotreeCode)
        .isEqualTo("LUAD");
    assertThat(types.search("lung adeno", 20))
        .extracting(TumourType::name)
        .contains("Lung Adenocarcinoma")
        .allMatch(name -> name.toLowerCase(java.util.Locale.ROOT).contains("lung adeno"));
    assertThat(types.search("lung", 3)).hasSize(3);
    assertThat(types.search("  ", 10)).isEmpty();
    assertThat(types.search("no such tumour", 10)).isEmpty();
  }

  @ParameterizedTest(name = "patient {0}, evidence DOID {1} ({2}) -> {3}")
  @CsvSource({
    "LUAD, 3908, Lung Non-small Cell Carcinoma, SAME",
    "NSCLC, 3910, Lung Adenocarcinoma, SAME",
    "LUAD, 3907, Lung Squamous Cell Carcinoma, OTHER",
    "BREAST, 0060079, Her2-receptor Positive Breast Cancer, SAME",
    "BRCA, 0060079, Her2-receptor Positive Breast Cancer, OTHER",
    "NSCLC, 1324, Lung Cancer, SAME",
    "MEL, 1909, Melanoma, SAME",
    "COADREAD, 1909, Melanoma, OTHER",
    "COADREAD, 162, Cancer, PAN_CANCER",
    "COADREAD, '', Solid Tumor, PAN_CANCER",
    "AML, '', Solid Tumor, OTHER",
    "AML, 162, Cancer, PAN_CANCER"
  })
  void parentEvidenceAppliesToChildrenAndPanCancerToAll(
      String patient, String doid, String disease, TypeMatch expected) {
    assertThat(types.match(types.resolve(patient), doid, disease)).isEqualTo(expected);
  }

  @Test
  void unknownCodeListsCloseMatches() {
    assertThatThrownBy(() -> types.resolve("NSCCL"))
        .isInstanceOf(GenomicsException.class)
        .hasMessageContaining("Unknown tumour type 'NSCCL'")
        .hasMessageContaining("NSCLC");
  }

  @Test
  void everyCuratedMCodeCarriesItsDirectoryName() {
    var directory =
        SharedReference.path(
            "test-directory/codes-2026-09-08/national-genomic-test-directory-codes.2026-09-08.tsv");
    Map<String, String> names = new HashMap<>();
    TabularFile.read(
        directory, f -> {}, (f, row) -> names.put(row.get("ci_code"), row.get("ci_name")));
    Map<String, String> curated = new HashMap<>();
    try (var in =
        TabularFile.resource(
            TumourTypes.class, "/org/gms/genomics/cancer/tumourtype/mcode-oncotree.tsv")) {
      TabularFile.read(
          in,
          "mcode-oncotree.tsv",
          f -> {},
          (f, row) -> curated.put(row.get("m_code"), row.get("ci_name")));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(curated).hasSizeGreaterThan(70);
    curated.forEach(
        (code, name) -> {
          assertThat(names.get(code)).as(code).isEqualTo(name);
          assertThat(types.resolve(code)).isNotNull();
        });
  }
}
