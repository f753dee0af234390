package org.gms.server.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.gms.server.GmsException;
import org.junit.jupiter.api.Test;

/**
 * The published v5.1 spreadsheet reads whole; damaged or edited ones fail with the place of the
 * problem. Row and test counts of v5.1 were counted independently with openpyxl: 619 tests of 372
 * indications on rows 3 to 621.
 */
class DirectoryWorkbookTest {

  private static final String V51 = "directory-v5.1.xlsx";

  private static DirectoryWorkbook.Release v51() {
    return DirectoryWorkbook.read(V51, ImportFile.resource(DirectoryImporter.BUNDLED_XLSX).bytes());
  }

  @Test
  void readsEveryTestOfTheRealRelease() {
    DirectoryWorkbook.Release release = v51();
    assertThat(release.version()).isEqualTo("5.1");
    assertThat(release.sheet()).isEqualTo("R&ID indications");
    assertThat(release.rows()).hasSize(619);
    assertThat(release.rows().stream().map(DirectoryWorkbook.TestRow::indicationCode).distinct())
        .hasSize(372);
    assertThat(release.rows().get(0))
        .isEqualTo(
            new DirectoryWorkbook.TestRow(
                3,
                "R67",
                "R67.1",
                "Monogenic hearing loss",
                "Hearing loss (126)",
                "WES or Large Panel",
                "Specialised",
                "Audiology",
                "No change",
                null));
    assertThat(release.rows().get(618).testCode()).isEqualTo("R441.1");
    assertThat(release.rows().get(618).row()).isEqualTo(621);
  }

  @Test
  void aTruncatedFileIsReportedAsTruncated() {
    byte[] whole = ImportFile.resource(DirectoryImporter.BUNDLED_XLSX).bytes();
    byte[] cut = Arrays.copyOf(whole, whole.length * 2 / 3);
    assertThatThrownBy(() -> DirectoryWorkbook.read(V51, cut))
        .isInstanceOf(GmsException.class)
        .hasMessageContaining(V51)
        .hasMessageContaining("truncated");
  }

  @Test
  void aFileThatIsNoWorkbookSaysSo() {
    assertThatThrownBy(() -> DirectoryWorkbook.read("notes.xlsx", "R29,WGS\n".getBytes()))
        .isInstanceOf(GmsException.class)
        .hasMessageContaining("notes.xlsx is not an xlsx workbook");
  }

  @Test
  void aDamagedZipInsideIsReported() {
    byte[] whole = ImportFile.resource(DirectoryImporter.BUNDLED_XLSX).bytes();
    byte[] damaged = whole.clone();
    for (int i = 200; i < 20_000; i++) {
      damaged[i] = (byte) (i * 31);
    }
    assertThatThrownBy(() -> DirectoryWorkbook.read(V51, damaged))
        .isInstanceOf(GmsException.class)
        .hasMessageContaining("not a readable xlsx workbook");
  }

  @Test
  void columnsAreFoundByNameInAnyOrder() {
    byte[] reordered =
        Workbooks.directory()
            .header(
                "Test Method",
                "Test ID",
                "Specialist test group",
                "Clinical indication ID",
                "Target/Genes",
                "Clinical  indication",
                "Commissioning category",
                "Eligibility criteria")
            .row(
                "WGS",
                "R29.1",
                "Core",
                "R29",
                "Intellectual disability (285)",
                "Intellectual disability - genome",
                "Core",
                "Moderate or severe ID")
            .bytes();
    DirectoryWorkbook.TestRow row = DirectoryWorkbook.read("new.xlsx", reordered).rows().get(0);
    assertThat(row.testCode()).isEqualTo("R29.1");
    assertThat(row.method()).isEqualTo("WGS");
    assertThat(row.indicationName()).isEqualTo("Intellectual disability - genome");
    assertThat(row.eligibility()).isEqualTo("Moderate or severe ID");
    assertThat(row.changeNote()).isEmpty();
  }

  @Test
  void aMissingColumnIsNamed() {
    byte[] noMethod =
        Workbooks.directory()
            .header(
                Workbooks.V51_HEADER.stream()
                    .filter(h -> !h.equals("Test Method"))
                    .toArray(String[]::new))
            .row(
                "R29",
                "R29.1",
                "Intellectual disability",
                "Intellectual disability (285)",
                "Core",
                "Core",
                "No change")
            .bytes();
    assertThatThrownBy(() -> DirectoryWorkbook.read("old.xlsx", noMethod))
        .isInstanceOf(GmsException.class)
        .hasMessageContaining("old.xlsx, sheet 'R&ID indications', header row 2")
        .hasMessageContaining("column 'Test Method' is missing");
  }

  @Test
  void aBadTestCodeNamesRowAndColumn() {
    byte[] bad =
        Workbooks.directory()
            .row(
                "R29",
                "R29.1",
                "Intellectual disability",
                "Intellectual disability (285)",
                "WGS",
                "Core",
                "Core",
                "No change")
            .row(
                "R29",
                "R30.2",
                "Intellectual disability",
                "Intellectual disability (285)",
                "Microarray",
                "Core",
                "Core",
                "No change")
            .bytes();
    assertThatThrownBy(() -> DirectoryWorkbook.read("bad.xlsx", bad))
        .isInstanceOf(GmsException.class)
        .hasMessageContaining("bad.xlsx, sheet 'R&ID indications', row 4, column B (Test ID)")
        .hasMessageContaining("'R30.2' is not a test code of indication R29");
  }

  @Test
  void anEmptyRequiredCellNamesRowAndColumn() {
    byte[] bad =
        Workbooks.directory()
            .row("R29", "R29.1", "Intellectual disability", "", "WGS", "Core", "Core", "")
            .bytes();
    assertThatThrownBy(() -> DirectoryWorkbook.read("bad.xlsx", bad))
        .isInstanceOf(GmsException.class)
        .hasMessageContaining("row 3, column D (Target/Genes): the cell is empty");
  }

  @Test
  void aTestListedTwiceIsRefused() {
    byte[] bad =
        Workbooks.directory()
            .row("R29", "R29.1", "ID", "Intellectual disability (285)", "WGS", "Core", "Core")
            .row("R29", "R29.1", "ID", "Intellectual disability (285)", "WGS", "Core", "Core")
            .bytes();
    assertThatThrownBy(() -> DirectoryWorkbook.read("bad.xlsx", bad))
        .hasMessageContaining(
            "row 4, column B (Test ID): test R29.1 is listed twice (also on row 3)");
  }

  @Test
  void aSheetWithHeaderButNoTestsLooksCutShort() {
    assertThatThrownBy(() -> DirectoryWorkbook.read("empty.xlsx", Workbooks.directory().bytes()))
        .hasMessageContaining("no test rows");
  }

  @Test
  void theVersionComesFromTheTitleOrTheFileName() {
    byte[] untitled =
        Workbooks.directory()
            .title("Test directory")
            .row("R29", "R29.1", "ID", "Intellectual disability (285)", "WGS", "Core", "Core")
            .bytes();
    assertThat(DirectoryWorkbook.read("directory-version-6.0.xlsx", untitled).version())
        .isEqualTo("6.0");
    assertThat(DirectoryWorkbook.read("directory.xlsx", untitled).version()).isNull();
  }

  @Test
  void everyTargetOfTheRealReleaseIsUnderstood() {
    TargetParser parser = new TargetParser(GeneReference.bundled());
    var kinds =
        v51().rows().stream()
            .flatMap(row -> parser.parse(row.target()).stream())
            .collect(Collectors.groupingBy(t -> t.kind(), Collectors.counting()));
    // 269 panel references "(id)" in 267 rows, counted with openpyxl and a regular expression.
    assertThat(kinds.get(org.gms.server.directory.TestTarget.Kind.PANEL)).isEqualTo(269);
    assertThat(kinds)
        .containsKeys(
            org.gms.server.directory.TestTarget.Kind.GENE,
            org.gms.server.directory.TestTarget.Kind.OTHER);
  }
}
