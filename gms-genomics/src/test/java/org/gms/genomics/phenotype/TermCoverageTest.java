package org.gms.genomics.phenotype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A gene is dominated when another gene's annotations imply every observed term its own imply, and
 * more. Three genes on the real ontology: FOCAL annotated with Focal-onset seizure (which implies
 * Seizure), BROAD with Seizure and Intellectual disability, ID with Intellectual disability only.
 */
class TermCoverageTest {

  @TempDir static Path temp;

  private static PhenotypeKnowledge knowledge;
  private static TermCoverage coverage;

  @BeforeAll
  static void threeGenes() throws IOException {
    Path file =
        Files.writeString(
            temp.resolve("g2p.txt"),
            "ncbi_gene_id\tgene_symbol\thpo_id\thpo_name\tfrequency\tdisease_id\n"
                + "1\tFOCAL\tHP:0007359\tFocal-onset seizure\t-\tOMIM:100001\n"
                + "2\tBROAD\tHP:0001250\tSeizure\t-\tOMIM:100002\n"
                + "2\tBROAD\tHP:0001249\tIntellectual disability\t-\tOMIM:100002\n"
                + "3\tID\tHP:0001249\tIntellectual disability\t-\tOMIM:100003\n");
    knowledge = PhenotypeKnowledge.builder().genesToPhenotype(file).load();
    coverage = TermCoverage.of(knowledge);
  }

  @ParameterizedTest(name = "patient {0}: {1} is dominated by {2} genes")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # patient's observed terms | gene  | dominating genes
          HP:0001250 HP:0001249      | FOCAL | 1
          HP:0001250 HP:0001249      | BROAD | 0
          HP:0001250 HP:0001249      | ID    | 1
          HP:0007359                 | FOCAL | 0
          HP:0007359                 | BROAD | 1
          HP:0007359                 | ID    | 1
          HP:0001249                 | BROAD | 0
          HP:0001249                 | ID    | 0
          HP:0001249                 | FOCAL | 2
          """)
  void countsTheGenesWhoseAnnotationsExplainMoreOfThePatient(
      String observed, String gene, int dominating) {
    PatientPhenotype patient =
        PatientPhenotype.resolve(
                knowledge.ontology(),
                Arrays.asList(observed.split(" ")),
                List.of(),
                PatientPhenotype.UnresolvedIds.REJECT)
            .phenotype();

    assertThat(coverage.dominatingGenes(knowledge.gene(gene).orElseThrow(), patient))
        .isEqualTo(dominating);
  }

  @Test
  void aGeneWithoutAnnotationsIsRefused() {
    PatientPhenotype patient =
        new PatientPhenotype(List.of(HpoTermId.parse("HP:0001249")), List.of());

    assertThatThrownBy(() -> coverage.dominatingGenes(new Gene(4, "NONE"), patient))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NONE has no phenotype annotations");
  }
}
