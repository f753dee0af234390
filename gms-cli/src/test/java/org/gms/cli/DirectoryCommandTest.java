package org.gms.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./gms directory} end to end on an embedded database in a temporary directory. */
class DirectoryCommandTest {

  @TempDir Path temp;

  @Test
  void importsAPanelAppTsvThenPrintsTheGenesAndRefusesACutFile() throws IOException {
    Path tsv = temp.resolve("panels.tsv");
    Files.writeString(
        tsv,
        """
        id\tmode_of_inheritance\tGene\tconfidence_level\tname\tdisease_group\tdisease_sub_group\tstatus
        507\tXL\tEFNB1\t3\tCommon craniosynostosis syndromes\t\t\tpublic
        507\tAD\tFGFR2\t3\tCommon craniosynostosis syndromes\t\t\tpublic
        507\tAD\tERF\t2\tCommon craniosynostosis syndromes\t\t\tpublic
        """);
    String dataDir = temp.resolve("data").toString();

    Run imported =
        run("directory", "import", "--panelapp-tsv", tsv.toString(), "--data-dir", dataDir);
    assertThat(imported.exitCode()).isZero();
    assertThat(imported.out())
        .contains("PanelApp panels", "1 panels, 3 genes, 1 new panel versions");

    Run genes = run("directory", "panel", "507", "--confidence", "green", "--data-dir", dataDir);
    assertThat(genes.exitCode()).isZero();
    assertThat(genes.out())
        .contains("EFNB1\tHGNC:3226\tgreen\tXL", "FGFR2\tHGNC:3689\tgreen\tAD")
        .doesNotContain("ERF\t");

    Path cut = temp.resolve("cut.tsv");
    Files.writeString(cut, Files.readString(tsv).substring(0, 150));
    Run refused =
        run("directory", "import", "--panelapp-tsv", cut.toString(), "--data-dir", dataDir);
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err())
        .contains("cut.tsv, line 3: 1 columns", "columns where the header has 8");
  }

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
      var commandLine = Gms.commandLine();
      commandLine.setErr(new java.io.PrintWriter(System.err, true));
      int code = commandLine.execute(args);
      return new Run(
          code, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }
}
