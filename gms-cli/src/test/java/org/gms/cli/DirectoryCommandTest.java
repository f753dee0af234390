package org.gms.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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

    CliRun imported =
        CliRun.of("directory", "import", "--panelapp-tsv", tsv.toString(), "--data-dir", dataDir);
    assertThat(imported.exitCode()).isZero();
    assertThat(imported.out())
        .contains("PanelApp panels", "1 panels, 3 genes, 1 new panel versions");

    CliRun genes =
        CliRun.of("directory", "panel", "507", "--confidence", "green", "--data-dir", dataDir);
    assertThat(genes.exitCode()).isZero();
    assertThat(genes.out())
        .contains("EFNB1\tHGNC:3226\tgreen\tXL", "FGFR2\tHGNC:3689\tgreen\tAD")
        .doesNotContain("ERF\t");

    Path cut = temp.resolve("cut.tsv");
    Files.writeString(cut, Files.readString(tsv).substring(0, 150));
    CliRun refused =
        CliRun.of("directory", "import", "--panelapp-tsv", cut.toString(), "--data-dir", dataDir);
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err())
        .contains("cut.tsv, line 3: 1 columns", "columns where the header has 8");
  }
}
