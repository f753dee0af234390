package org.gms.genomics.phenotype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gms.genomics.GenomicsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Annotation files that are not what they claim: the error names the file, line and problem. */
class AnnotationFileErrorsTest {

  private static final String HEADER =
      "ncbi_gene_id\tgene_symbol\thpo_id\thpo_name\tfrequency\tdisease_id";

  @TempDir Path temp;

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2263\\tFGFR2\\tHP:0011304\\tBroad thumb\\toften\\tOMIM:101600 | line 2: frequency 'often'
          2263\\tFGFR2\\tHP:11304\\tBroad thumb\\t-\\tOMIM:101600     | line 2: 'HP:11304' is not an HPO term id
          2263\\tFGFR2\\tHP:0011304                                   | line 2: expected 6 columns, found 3
          x\\tFGFR2\\tHP:0011304\\tBroad thumb\\t-\\tOMIM:101600      | line 2: gene id 'x' is not an NCBI Gene id
          """)
  void aBadRowIsReportedWithItsLine(String row, String message) throws IOException {
    Path file =
        Files.writeString(temp.resolve("g2p.txt"), HEADER + "\n" + row.replace("\\t", "\t") + "\n");

    assertThatThrownBy(() -> PhenotypeKnowledge.builder().genesToPhenotype(file).load())
        .isInstanceOf(GenomicsException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining(message);
  }

  @Test
  void aFileWithoutTheExpectedHeaderIsRefusedNamingIt() throws IOException {
    Path file = Files.writeString(temp.resolve("other.tsv"), "gene\tterm\nFGFR2\tHP:0011304\n");

    assertThatThrownBy(() -> PhenotypeKnowledge.builder().genesToPhenotype(file).load())
        .isInstanceOf(GenomicsException.class)
        .hasMessageContaining("line 1: unrecognised header")
        .hasMessageContaining("ncbi_gene_id");
  }

  @Test
  void aMissingFileSaysWhichPath() {
    Path absent = temp.resolve("absent.txt.gz");

    assertThatThrownBy(() -> PhenotypeKnowledge.builder().genesToPhenotype(absent).load())
        .isInstanceOf(GenomicsException.class)
        .hasMessageContaining("File not found: " + absent);
  }

  @Test
  void aSmallValidFileGivesItsGenesAndSecondaryIdsAreMapped() throws IOException {
    Path file =
        Files.writeString(
            temp.resolve("g2p.txt"),
            HEADER
                + "\n2263\tFGFR2\tHP:0011304\tBroad thumb\t3/4\tOMIM:101600\n"
                + "2263\tFGFR2\tHP:0001189\tBrachydactyly\t-\tOMIM:101600\n");

    PhenotypeKnowledge knowledge = PhenotypeKnowledge.builder().genesToPhenotype(file).load();

    assertThat(knowledge.genes()).containsExactly(new Gene(2263, "FGFR2"));
    assertThat(knowledge.provenance().get(1)).contains("2 rows", "1 obsolete/alt ids mapped");
  }
}
