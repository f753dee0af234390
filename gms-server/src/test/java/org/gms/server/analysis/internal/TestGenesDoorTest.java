package org.gms.server.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gms.genomics.interpretation.GenePanel;
import org.gms.genomics.interpretation.PanelGene;
import org.gms.server.directory.Confidence;
import org.gms.server.directory.DirectoryImports;
import org.gms.server.directory.GenePanels;
import org.gms.server.directory.GenomicTest;
import org.gms.server.directory.TestDirectory;
import org.gms.server.directory.TestGene;
import org.gms.server.directory.TestGeneList;
import org.gms.server.directory.TestGenes;
import org.gms.server.directory.TestTarget;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every test of the bundled directory, resolved to its genes by the directory's rule, and the panel
 * an analysis run stores for it (as JSON, read back by the worker): the same genes, ratings and
 * modes of inheritance. A gene on two of a test's panels (which made the worker's panel refuse the
 * run before) is one gene with its best rating.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TestGenesDoorTest {

  @Autowired DirectoryImports imports;
  @Autowired TestDirectory directory;
  @Autowired GenePanels panels;
  @Autowired TestGenes testGenes;
  @Autowired JdbcClient jdbc;

  @Test
  void everyTestOfTheDirectoryGivesTheRuleGenesToItsAnalysisRun() {
    imports.importBundledIfMissing();
    String version = directory.currentVersion().orElseThrow();
    List<String[]> tests =
        jdbc.sql(
                """
                SELECT t.indication_code, t.code FROM genomic_test t
                WHERE t.import_id = (SELECT max(id) FROM directory_import WHERE kind = 'directory')
                ORDER BY t.code
                """)
            .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)})
            .list();
    assertThat(tests).hasSizeGreaterThan(500);

    int withGenes = 0;
    for (String[] test : tests) {
      TestGeneList list = testGenes.of(test[0], test[1], Optional.of(version)).orElseThrow();
      GenomicTest published =
          directory.indication(test[0], Optional.of(version)).orElseThrow().tests().stream()
              .filter(t -> t.code().equals(test[1]))
              .findFirst()
              .orElseThrow();
      Map<String, Integer> expected = new HashMap<>();
      for (TestTarget target : published.targets()) {
        if (target.kind() == TestTarget.Kind.PANEL && target.panelId() != null) {
          panels
              .geneList(target.panelId(), Optional.empty(), EnumSet.allOf(Confidence.class))
              .ifPresent(
                  l -> l.genes().forEach(g -> expected.merge(g.symbol(), g.level(), Math::max)));
        } else if (target.kind() == TestTarget.Kind.GENE && target.geneSymbol() != null) {
          expected.merge(target.geneSymbol(), TestGene.NAMED_BY_TEST_LEVEL, Math::max);
        }
      }
      Map<String, Integer> resolved = new HashMap<>();
      list.genes().forEach(g -> resolved.put(g.symbol(), Math.min(g.level(), 4)));
      assertThat(list.genes()).as(test[1]).hasSameSizeAs(resolved.keySet());
      assertThat(resolved)
          .as(test[1])
          .isEqualTo(
              expected.entrySet().stream()
                  .collect(
                      java.util.stream.Collectors.toMap(
                          Map.Entry::getKey, e -> Math.min(e.getValue(), 4))));
      if (list.genes().isEmpty()) {
        continue;
      }
      withGenes++;

      RunSpec.Panel stored =
          JdbcAnalysisRuns.JSON.readValue(
              JdbcAnalysisRuns.JSON.writeValueAsString(RunSpec.Panel.of(list)),
              RunSpec.Panel.class);
      GenePanel worker = stored.toGenePanel();
      assertThat(worker.genes())
          .as(test[1])
          .containsExactlyElementsOf(
              list.genes().stream()
                  .map(g -> PanelGene.fromPanelApp(g.symbol(), g.level(), g.modesOfInheritance()))
                  .toList());
    }
    assertThat(withGenes).isGreaterThan(300);
  }
}
