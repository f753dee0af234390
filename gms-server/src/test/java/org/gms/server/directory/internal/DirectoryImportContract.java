package org.gms.server.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.gms.server.GmsException;
import org.gms.server.directory.BundledImport;
import org.gms.server.directory.Confidence;
import org.gms.server.directory.DirectoryImports;
import org.gms.server.directory.GenePanels;
import org.gms.server.directory.ImportChanges;
import org.gms.server.directory.ImportSummary;
import org.gms.server.directory.IndicationMatch;
import org.gms.server.directory.PanelGene;
import org.gms.server.directory.TestDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Imports of the real files and what they leave in the database; run against each kind of
 * PostgreSQL the platform supports. Tests here add releases, so they assert on named releases,
 * never on which one is current.
 */
abstract class DirectoryImportContract {

  @Autowired DirectoryImports imports;
  @Autowired TestDirectory directory;
  @Autowired GenePanels panels;
  @Autowired JdbcClient jdbc;

  @TempDir Path temp;

  BundledImport bundled;

  @BeforeEach
  void importBundled() {
    bundled = imports.importBundledIfMissing();
  }

  @Test
  void theBundledReleaseHasEveryIndicationTestAndPanel() {
    ImportSummary v51 = imports.directoryVersion("5.1").orElseThrow();
    assertThat(v51.indications()).isEqualTo(372);
    assertThat(v51.tests()).isEqualTo(619);
    assertThat(count("SELECT count(*) FROM indication WHERE import_id = " + v51.id()))
        .isEqualTo(372);
    assertThat(count("SELECT count(*) FROM genomic_test WHERE import_id = " + v51.id()))
        .isEqualTo(619);
    assertThat(count("SELECT count(DISTINCT panel_id) FROM panel_version")).isEqualTo(448);
    // Panels 473 and 481 are named by the directory but absent from the PanelApp export.
    assertThat(v51.warnings()).anyMatch(w -> w.contains("[473, 481]"));
  }

  @Test
  void importingTheBundledDataAgainDoesNothing() {
    int before = imports.imports().size();
    BundledImport again = imports.importBundledIfMissing();
    assertThat(again.wasPresent()).isTrue();
    assertThat(again.version()).isEqualTo(bundled.version());
    assertThat(imports.imports()).hasSize(before);
  }

  @Test
  void searchFindsByCodeNameGeneAndMethod() {
    assertThat(directory.search("R29", 10).get(0).code()).isEqualTo("R29");
    assertThat(directory.search("intellectual disability", 20))
        .extracting(IndicationMatch::code)
        .contains("R29");
    List<IndicationMatch> fgfr2 = directory.search("FGFR2", 100);
    assertThat(fgfr2).extracting(IndicationMatch::code).contains("R99", "R100", "R23");
    assertThat(directory.search("microarray", 100))
        .extracting(IndicationMatch::code)
        .contains("R27");
  }

  @Test
  void aTruncatedDirectoryLeavesTheCurrentReleaseAsItWas() throws IOException {
    Optional<String> current = directory.currentVersion();
    int before = imports.imports().size();
    byte[] whole = ImportFile.resource(DirectoryImporter.BUNDLED_XLSX).bytes();
    Path cut = temp.resolve("directory-version-9.xlsx");
    Files.write(cut, Arrays.copyOf(whole, whole.length / 2));

    assertThatThrownBy(() -> imports.importDirectory(cut, null, line -> {}))
        .isInstanceOf(GmsException.class)
        .hasMessageContaining("truncated");

    assertThat(directory.currentVersion()).isEqualTo(current);
    assertThat(imports.imports()).hasSize(before);
  }

  @Test
  void theSameVersionLabelFromAnotherFileIsAConflict() throws IOException {
    Path edited = temp.resolve("edited.xlsx");
    Files.write(
        edited,
        Workbooks.editedV51(
            sheet -> Workbooks.rowOfTest(sheet, "R67.1").getCell(4).setCellValue("WGS")));
    int before = imports.imports().size();
    assertThatThrownBy(() -> imports.importDirectory(edited, null, line -> {}))
        .isInstanceOf(GmsException.class)
        .satisfies(e -> assertThat(((GmsException) e).kind()).isEqualTo(GmsException.Kind.CONFLICT))
        .hasMessageContaining("Directory version 5.1 was already imported");
    assertThat(imports.imports()).hasSize(before);
  }

  @Test
  void aNewReleaseIsStoredBesideTheOldOneWithWhatChanged() throws IOException {
    String label = "5.1-edited-" + UUID.randomUUID().toString().substring(0, 8);
    Path edited = temp.resolve("edited.xlsx");
    Files.write(
        edited,
        Workbooks.editedV51(
            sheet -> {
              Workbooks.rowOfTest(sheet, "R67.1").getCell(4).setCellValue("WGS");
              var gone = Workbooks.rowOfTest(sheet, "R441.1");
              gone.getCell(0).setCellValue("R999");
              gone.getCell(1).setCellValue("R999.1");
              gone.getCell(2).setCellValue("A new indication");
            }));

    ImportSummary summary = imports.importDirectory(edited, label, line -> {});

    assertThat(summary.label()).isEqualTo(label);
    assertThat(summary.indications()).isEqualTo(372);
    ImportChanges changes = imports.changes(summary.id()).orElseThrow();
    assertThat(changes.added()).extracting(ImportChanges.Item::id).containsExactly("R999");
    assertThat(changes.removed()).extracting(ImportChanges.Item::id).containsExactly("R441");
    assertThat(changes.changed()).hasSize(1);
    assertThat(changes.changed().get(0).id()).isEqualTo("R67");
    assertThat(changes.changed().get(0).details())
        .containsExactly("test R67.1 method: 'WES or Large Panel' -> 'WGS'");
    assertThat(directory.indication("R441", Optional.of("5.1"))).isPresent();
    assertThat(directory.indication("R441", Optional.of(label))).isEmpty();
    assertThat(directory.indication("R999", Optional.of(label)).orElseThrow().name())
        .isEqualTo("A new indication");
  }

  @Test
  void aNewPanelVersionIsStoredAndTheOldOneKept() throws IOException {
    JsonMapper json = JsonMapper.builder().build();
    ObjectNode panel =
        (ObjectNode)
            json.readTree(
                ImportFile.resource(
                        DirectoryImporter.BUNDLED_PANELS + "ge_panel_details/panel_1141.json.gz")
                    .content());
    String oldVersion = panel.get("version").asString();
    String newVersion = oldVersion + "." + UUID.randomUUID().toString().substring(0, 6);
    panel.put("version", newVersion);
    ArrayNode genes = (ArrayNode) panel.get("genes");
    String removed = genes.get(0).path("gene_data").path("gene_symbol").asString();
    String removedRating = rating(genes.get(0).get("confidence_level").asString());
    genes.remove(0);
    ObjectNode demoted = (ObjectNode) genes.get(0);
    String demotedSymbol = demoted.path("gene_data").path("gene_symbol").asString();
    String oldRating = rating(demoted.get("confidence_level").asString());
    demoted.put("confidence_level", "1");
    Path file = temp.resolve("panel_1141.json.gz");
    try (var out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(json.writeValueAsBytes(panel));
    }

    ImportSummary summary = imports.importPanelApp(List.of(file), line -> {});

    assertThat(summary.newPanelVersions()).isEqualTo(1);
    ImportChanges.Item change = imports.changes(summary.id()).orElseThrow().changed().get(0);
    assertThat(change.id()).isEqualTo("1141");
    assertThat(change.details())
        .containsExactly(
            "version " + oldVersion + " -> " + newVersion,
            demotedSymbol + " " + oldRating + " -> red",
            "removed " + removed + " (" + removedRating + ")");
    assertThat(panels.versions(1141)).contains(oldVersion, newVersion);
    assertThat(symbols(Optional.of(oldVersion))).contains(removed);
    assertThat(symbols(Optional.empty())).doesNotContain(removed);
  }

  @Test
  void aTruncatedPanelFileLeavesThePanelsAsTheyWere() throws IOException {
    int versions = count("SELECT count(*) FROM panel_version");
    byte[] whole =
        ImportFile.resource(DirectoryImporter.BUNDLED_PANELS + "PanelAppData_combined_core.tsv.gz")
            .bytes();
    Path cut = temp.resolve("panels.tsv.gz");
    Files.write(cut, Arrays.copyOf(whole, whole.length - 1000));

    assertThatThrownBy(() -> imports.importPanelApp(List.of(cut), line -> {}))
        .isInstanceOf(GmsException.class)
        .hasMessageContaining("truncated");

    assertThat(count("SELECT count(*) FROM panel_version")).isEqualTo(versions);
  }

  private static String rating(String level) {
    return Confidence.ofLevel(Integer.parseInt(level)).label();
  }

  private Set<String> symbols(Optional<String> version) {
    return Set.copyOf(
        panels.geneList(1141, version, Set.of(Confidence.values())).orElseThrow().genes().stream()
            .map(PanelGene::symbol)
            .toList());
  }

  private int count(String sql) {
    return jdbc.sql(sql).query(Integer.class).single();
  }
}
