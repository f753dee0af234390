package org.gms.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
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

  @Test
  void printsRankedGenesWithTheirBestDiseasesExplained() {
    int exit =
        run(
            "prioritise-genes",
            "--hpo",
            "HP:0001156,HP:0001363,HP:0011304,HP:0010055",
            "--top",
            "5");

    assertThat(exit).isZero();
    assertThat(out.toString())
        .contains("likelihood-ratio-2026 over")
        .contains("FGFR2")
        .contains("HP:0011304 Broad thumb -> exact HP:0011304 Broad thumb");
    assertThat(out.toString().lines().filter(l -> l.matches("\\s*\\d+ {2}\\S+\\s+score.*")))
        .hasSize(5);
  }

  @Test
  void mapsASecondaryIdAndSaysSo() {
    int exit = run("prioritise-genes", "--hpo", "HP:0001189,HP:0001363", "--top", "1");

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
