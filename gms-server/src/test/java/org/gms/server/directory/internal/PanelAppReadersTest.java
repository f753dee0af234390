package org.gms.server.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.gms.server.GmsException;
import org.junit.jupiter.api.Test;

/**
 * The PanelApp files as published read whole; damaged ones fail with the place of the problem.
 * Expected counts were taken from the files with Python's csv and json modules.
 */
class PanelAppReadersTest {

  private static ImportFile bundled(String name) {
    return ImportFile.resource(DirectoryImporter.BUNDLED_PANELS + name);
  }

  @Test
  void theTsvHasEveryPanelGene() {
    List<PanelData> panels = PanelAppTsv.read(bundled("PanelAppData_combined_core.tsv.gz"));
    assertThat(panels).hasSize(447);
    assertThat(panels.stream().mapToInt(p -> p.entities().size()).sum()).isEqualTo(58_592);
    PanelData first = panels.get(0);
    assertThat(first.meta().id()).isEqualTo(1);
    assertThat(first.meta().name()).isEqualTo("Thoracic aortic aneurysm or dissection");
    assertThat(first.meta().version()).isNull();
    assertThat(first.entities().get(0))
        .isEqualTo(new PanelData.Entity("gene", "ABL1", "ABL1", null, 3, "AD", null));
  }

  @Test
  void aListPageDescribesPanelsWithVersions() {
    var page = (PanelAppApiJson.ListPage) PanelAppApiJson.read(bundled("ge_panels_page_1.json.gz"));
    assertThat(page.count()).isEqualTo(439);
    assertThat(page.last()).isFalse();
    assertThat(page.panels()).hasSize(100);
    PanelData.Meta first = page.panels().get(0);
    assertThat(first.id()).isEqualTo(1207);
    assertThat(first.name()).isEqualTo("Acute intermittent porphyria");
    assertThat(first.version()).isEqualTo("1.6");
    assertThat(first.relevantDisorders()).isEqualTo("[\"R169\"]");
    assertThat(
            ((PanelAppApiJson.ListPage) PanelAppApiJson.read(bundled("ge_panels_page_5.json.gz")))
                .last())
        .isTrue();
  }

  @Test
  void aPanelDetailHasGenesStrsAndRegions() {
    PanelData panel =
        (PanelData) PanelAppApiJson.read(bundled("ge_panel_details/panel_112.json.gz"));
    assertThat(panel.meta().name()).isEqualTo("Mitochondrial disorders");
    assertThat(panel.meta().version()).isEqualTo("9.41");
    assertThat(panel.entities()).hasSize(494 + 2 + 1);
    PanelData.Entity aars2 = panel.entities().get(0);
    assertThat(aars2.symbol()).isEqualTo("AARS2");
    assertThat(aars2.hgncId()).isEqualTo("HGNC:21022");
    assertThat(aars2.level()).isEqualTo(3);
    assertThat(aars2.modeOfInheritance()).isEqualTo("BIALLELIC, autosomal or pseudoautosomal");
    assertThat(aars2.raw()).contains("\"penetrance\":\"Complete\"");
    assertThat(panel.entities().stream().filter(e -> e.type().equals("str")).map(e -> e.name()))
        .contains("DMPK_CTG");
  }

  @Test
  void aTruncatedGzipIsReported() {
    byte[] whole = bundled("PanelAppData_combined_core.tsv.gz").bytes();
    ImportFile cut = new ImportFile("panels.tsv.gz", Arrays.copyOf(whole, whole.length / 2));
    assertThatThrownBy(() -> PanelAppTsv.read(cut))
        .isInstanceOf(GmsException.class)
        .hasMessage(
            "panels.tsv.gz is truncated: the gzip data ends early. Download or copy the"
                + " file again.");
  }

  @Test
  void aCutTsvLineIsReportedWithItsLineNumber() {
    String tsv =
        "id\tmode_of_inheritance\tGene\tconfidence_level\tname\n"
            + "1\tAD\tABL1\t3\tThoracic aortic aneurysm or dissection\n"
            + "1\tAD\tACTA2\n";
    assertThatThrownBy(() -> PanelAppTsv.read(text("cut.tsv", tsv)))
        .isInstanceOf(GmsException.class)
        .hasMessageContaining("cut.tsv, line 3: 3 columns where the header has 5");
  }

  @Test
  void aBadConfidenceIsReportedWithLineAndColumn() {
    String tsv =
        "id\tmode_of_inheritance\tGene\tconfidence_level\tname\n" + "1\tAD\tABL1\tgreen\tTAAD\n";
    assertThatThrownBy(() -> PanelAppTsv.read(text("bad.tsv", tsv)))
        .hasMessageContaining(
            "bad.tsv, line 2, column confidence_level: 'green' is not a whole"
                + " number from 0 to 4");
  }

  @Test
  void aTsvWithoutTheGeneColumnIsRefused() {
    assertThatThrownBy(() -> PanelAppTsv.read(text("other.tsv", "id\tname\n1\tX\n")))
        .hasMessageContaining("other.tsv, line 1: column 'Gene' is missing");
  }

  @Test
  void truncatedJsonIsReportedWithItsPosition() throws IOException {
    byte[] whole = bundled("ge_panel_details/panel_112.json.gz").content();
    byte[] cut = Arrays.copyOf(whole, 5000);
    assertThatThrownBy(() -> PanelAppApiJson.read(new ImportFile("panel_112.json.gz", gzip(cut))))
        .isInstanceOf(GmsException.class)
        .hasMessageContaining("panel_112.json.gz, line ")
        .hasMessageContaining("not valid JSON")
        .hasMessageContaining("truncated");
  }

  @Test
  void aGeneWithoutSymbolIsRefused() {
    String json =
        "{\"id\": 5, \"name\": \"P\", \"version\": \"1.0\", \"genes\": [{\"entity_type\":"
            + " \"gene\", \"entity_name\": \"X\", \"confidence_level\": \"3\", \"gene_data\": {}}]}";
    assertThatThrownBy(() -> PanelAppApiJson.read(text("p.json", json)))
        .hasMessageContaining("p.json, genes[0] (X): a gene needs gene_data.gene_symbol");
  }

  @Test
  void jsonOfAnotherKindIsRefused() {
    assertThatThrownBy(() -> PanelAppApiJson.read(text("x.json", "{\"hello\": 1}")))
        .hasMessageContaining("x.json: neither a PanelApp panel list page");
  }

  @Test
  void aListWithoutGenesIsNotAnImport() {
    PanelAppExport export = new PanelAppExport();
    export.add(bundled("ge_panels_page_1.json.gz"));
    assertThatThrownBy(export::contents).hasMessageContaining("No panel genes");
  }

  @Test
  void theBundledExportHas448PanelsWithGenes() {
    PanelAppExport export = new PanelAppExport();
    DirectoryImporter.bundledPanelFiles().forEach(export::add);
    PanelAppExport.Contents contents = export.contents();
    // 447 TSV panels plus one panel (of 99 detail files) absent from the TSV.
    assertThat(contents.panels()).hasSize(448);
    assertThat(contents.panels().stream().mapToInt(p -> p.entities().size()).sum())
        .isEqualTo(58_896);
    assertThat(contents.fullSnapshot()).isTrue();
    assertThat(contents.label()).startsWith("PanelApp 2026-");
    PanelData mito =
        contents.panels().stream().filter(p -> p.meta().id() == 112).findFirst().orElseThrow();
    assertThat(mito.entitySource()).isEqualTo("panelapp-api");
    PanelData taad =
        contents.panels().stream().filter(p -> p.meta().id() == 1).findFirst().orElseThrow();
    assertThat(taad.entitySource()).isEqualTo("panelapp-tsv");
    assertThat(taad.meta().version()).isNotNull();
  }

  private static ImportFile text(String name, String content) {
    return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }
}
