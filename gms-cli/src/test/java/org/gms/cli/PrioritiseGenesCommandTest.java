package org.gms.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code ./gms prioritise-genes} on the bundled HPO: the ranked, explained list and bad ids. */
class PrioritiseGenesCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Gms.commandLine()
        .setOut(new PrintWriter(out))
        .setErr(new PrintWriter(err))
        .execute(args);
  }

  /** Prioritises on human evidence alone, printing the top genes. */
  private int humanEvidence(String hpo, String top) {
    return run("prioritise-genes", "--evidence", "human", "--hpo", hpo, "--top", top);
  }

  @Test
  void printsRankedGenesWithTheirBestDiseasesExplained() {
    int exit = humanEvidence("HP:0001156,HP:0001363,HP:0011304,HP:0010055", "5");

    assertThat(exit).isZero();
    assertThat(out.toString())
        .contains("likelihood-ratio-2026 over")
        .doesNotContain("mouse (MGI")
        .contains("FGFR2")
        .contains("HP:0011304 Broad thumb -> exact HP:0011304 Broad thumb");
    assertThat(out.toString().lines().filter(l -> l.matches("\\s*\\d+ {2}\\S+\\s+score.*")))
        .hasSize(5);
  }

  /**
   * By default the ranking is the benchmark's: human annotations with calibrated mouse, network and
   * prior evidence, each gene's evidence on its own lines naming the source (the Pfeiffer syndrome
   * features of the Exomiser example; FGFR2 has mouse mutants with craniosynostosis).
   */
  @Test
  void ranksWithMouseNetworkAndPriorEvidenceByDefaultAndExplainsIt() {
    int exit =
        run(
            "prioritise-genes",
            "--hpo",
            "HP:0001156,HP:0001363,HP:0011304,HP:0010055",
            "--top",
            "10");

    assertThat(exit).isZero();
    String text = out.toString();
    assertThat(text)
        .contains("likelihood-ratio-cross-species-2026 (calibration:")
        .contains("FGFR2")
        .contains("HP:0011304 Broad thumb -> exact HP:0011304 Broad thumb");
    List<String> lines = text.lines().toList();
    assertThat(lines).anyMatch(l -> l.matches("\\s+mouse \\(MGI 2016-10-13.*-> [+-]\\d.*"));
    assertThat(lines).anyMatch(l -> l.strip().startsWith("interactions (PRINCE 2016"));
    assertThat(lines).anyMatch(l -> l.strip().startsWith("prior: "));
    assertThat(lines.stream().filter(l -> l.startsWith("# ") && l.contains("MGI"))).isNotEmpty();
  }

  @Test
  void anUnknownEvidenceKindIsAUserError() {
    int exit = run("prioritise-genes", "--evidence", "fly", "--hpo", "HP:0001363");

    assertThat(exit).isEqualTo(UserErrorHandler.USER_ERROR);
    assertThat(err.toString()).contains("--evidence must be human or cross-species");
  }

  @Test
  void mapsASecondaryIdAndSaysSo() {
    int exit = humanEvidence("HP:0001189,HP:0001363", "1");

    assertThat(exit).isZero();
    assertThat(out.toString()).contains("HP:0001189 is a secondary id (alt_id) of HP:0001156");
  }

  @Test
  void anUnknownIdIsAUserErrorSayingWhatToDo() {
    int exit = run("prioritise-genes", "--hpo", "HP:0001156,HP:9999999");

    assertThat(exit).isEqualTo(UserErrorHandler.USER_ERROR);
    assertThat(err.toString()).contains("HP:9999999", "check the id");
  }

  @Test
  void anObsoleteIdWithSeveralSuggestionsIsAUserErrorListingThem() {
    int exit = run("prioritise-genes", "--hpo", "HP:0000489");

    assertThat(exit).isEqualTo(UserErrorHandler.USER_ERROR);
    assertThat(err.toString()).contains("HP:0100886", "HP:0100887", "choose");
  }
}
