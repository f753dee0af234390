package org.gms.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./gms knowledge} end to end on an embedded database in a temporary directory. */
class KnowledgeCommandTest {

  @TempDir Path temp;

  @Test
  void importsAClinvarReleaseOnceListsItAndRefusesAFileThatIsNotOne() throws IOException {
    Path vcf = temp.resolve("clinvar_20260101.vcf");
    Files.writeString(
        vcf,
        """
        ##fileformat=VCFv4.1
        ##fileDate=2026-01-01
        ##reference=GRCh38
        #CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO
        2\t47838938\t1234\tAAG\tA\t.\t.\tCLNSIG=Pathogenic;CLNREVSTAT=criteria_provided,_single_submitter;GENEINFO=FBXO11:80204
        17\t43045712\t55\tG\tA,<DEL>\t.\t.\tCLNSIG=Benign;CLNREVSTAT=reviewed_by_expert_panel;GENEINFO=BRCA1:672
        """);
    String dataDir = temp.resolve("data").toString();

    CliRun imported =
        CliRun.of("knowledge", "import", "clinvar", vcf.toString(), "--data-dir", dataDir);
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.out())
        .contains("CLINVAR 2026-01-01 imported as version ", "2 alleles", "1 symbolic")
        .contains("re-analysis job 1 SUCCEEDED: 0 of 0 cases examined, 0 alerts raised");
    // the classifier in use is a knowledge version too, recorded at start
    java.util.regex.Matcher version =
        java.util.regex.Pattern.compile("imported as version (\\d+)").matcher(imported.out());
    assertThat(version.find()).isTrue();

    CliRun again =
        CliRun.of("knowledge", "import", "clinvar", vcf.toString(), "--data-dir", dataDir);
    assertThat(again.exitCode()).isZero();
    assertThat(again.out())
        .contains("was imported already (version " + version.group(1) + ", same file checksum)");

    CliRun versions = CliRun.of("knowledge", "versions", "--data-dir", dataDir);
    assertThat(versions.out())
        .contains("CLINVAR", "2026-01-01", "clinvar_20260101.vcf")
        .contains("CLASSIFIER", "ClinGen/ACGS points 2020");

    Path notHpo = temp.resolve("genes.txt");
    Files.writeString(notHpo, "gene\tdisease\nFBXO11\tOMIM:618089\n");
    CliRun refused =
        CliRun.of("knowledge", "import", "hpo", notHpo.toString(), "--data-dir", dataDir);
    assertThat(refused.exitCode()).isNotZero();
    assertThat(refused.err()).contains("genes.txt", "not a genes_to_phenotype.txt header");
  }
}
