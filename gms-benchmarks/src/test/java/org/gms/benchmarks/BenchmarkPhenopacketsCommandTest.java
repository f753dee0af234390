package org.gms.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gms.cli.Gms;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./gms benchmark phenopackets} on a few published cases: the TSV and its summary line. */
class BenchmarkPhenopacketsCommandTest {

  private static final Path COHORTS = Path.of("../../shared/reference/phenopackets/cohorts");
  private static final List<String> CASES =
      List.of(
          "SATB2/PMID_31021519_individual_SATB2_98.json",
          "FBN1/PMID_10756346_Patient_B13.json",
          "JAG1/PMID_30046498_proband.json",
          "11q_terminal_deletion/PMID_15266616_100.json");

  @TempDir Path temp;

  @Test
  void writesOneRowPerCaseAndTheSummaryLine() throws IOException {
    Assumptions.assumeTrue(
        Files.isDirectory(COHORTS), "shared reference data absent: " + COHORTS.toAbsolutePath());
    Path dir = temp.resolve("cases/nested");
    Files.createDirectories(dir);
    for (String file : CASES) {
      Files.copy(COHORTS.resolve(file), dir.resolve(Path.of(file).getFileName()));
    }
    Path tsv = temp.resolve("results.tsv");

    int exit =
        Gms.commandLine()
            .setErr(new PrintWriter(new StringWriter()))
            .execute(
                "benchmark",
                "phenopackets",
                "--dir",
                temp.resolve("cases").toString(),
                "--output",
                tsv.toString());

    assertThat(exit).isZero();
    List<String> lines = Files.readAllLines(tsv);
    assertThat(lines).hasSize(1 + CASES.size() + 1);
    assertThat(lines.get(0))
        .isEqualTo("case_id\tgene\tphenotype_rank\tcase_rank\tbackground_rank\thuman_annotated");
    assertThat(lines.subList(1, 5))
        .extracting(l -> l.split("\t")[1])
        .containsExactlyInAnyOrder("SATB2", "FBN1", "JAG1", "-");
    assertThat(lines.subList(1, 5))
        .filteredOn(l -> !l.contains("\t-\t"))
        .allMatch(l -> l.matches("\\S+\t\\S+\t\\d+\t\\d+\t(\\d+|NA)\t(yes|no)"));
    assertThat(lines).anyMatch(l -> l.startsWith("PMID_15266616_100\t-\tNA\tNA\t"));
    assertThat(lines.get(5))
        .matches(
            "n=3 top1=[01]\\.\\d{3} top3=[01]\\.\\d{3} top10=[01]\\.\\d{3}"
                + " case_top1=[01]\\.\\d{3} case_top10=[01]\\.\\d{3} unannotated=1");
  }
}
