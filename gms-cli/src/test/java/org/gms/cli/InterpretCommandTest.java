package org.gms.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./gms interpret} end to end: a trio carrying the de novo FBXO11 frameshift of a published
 * case (PMID 30057029, individual 10, from phenopacket-store) with that case's HPO terms, analysed
 * with the real R29 (intellectual disability) panel from the bundled test directory.
 */
class InterpretCommandTest {

  private static final Path SHARED = Path.of("../../shared/reference");
  private static final Path TRANSCRIPTS = SHARED.resolve("transcripts/cellbase-32genes");
  private static final String HPO = "HP:0001263,HP:0001249,HP:0000252,HP:0000729";

  @TempDir Path temp;
  private Path vcf;
  private Path ped;

  @BeforeEach
  void trio() throws IOException {
    Assumptions.assumeTrue(
        Files.isDirectory(TRANSCRIPTS),
        "shared reference data absent: " + TRANSCRIPTS.toAbsolutePath());
    vcf =
        Files.writeString(
            temp.resolve("trio.vcf"),
            """
            ##fileformat=VCFv4.2
            ##contig=<ID=chr2,length=242193529>
            ##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">
            #CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tchild\tfather\tmother
            chr2\t47838938\t.\tAAG\tA\t500\tPASS\t.\tGT\t0/1\t0/0\t0/0
            """);
    ped =
        Files.writeString(
            temp.resolve("trio.ped"),
            "fam child father mother 1 2\nfam father 0 0 1 1\nfam mother 0 0 2 1\n");
  }

  @Test
  void theIndicationsPanelMakesThePublishedVariantTierOne() throws IOException {
    Path output = temp.resolve("out.json");

    CliRun run =
        CliRun.of(args("--indication", "R29", "--hpo", HPO, "--output", output.toString()));

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = JsonMapper.builder().build().readTree(Files.readString(output));
    assertThat(json.get("scope").asString()).contains("R29");
    JsonNode first = json.get("candidates").get(0);
    assertThat(first.get("gene").asString()).isEqualTo("FBXO11");
    assertThat(first.get("tier").asString()).isEqualTo("TIER_1");
    assertThat(first.at("/variants/0/hgvsc").asString()).endsWith(":c.506_507del");
    assertThat(run.err()).contains("1. TIER_1 FBXO11");
  }

  @Test
  void anHtmlReportIsWrittenGeneAgnostic() throws IOException {
    Path output = temp.resolve("report.html");

    CliRun run = CliRun.of(args("--gene-agnostic", "--hpo", HPO, "--output", output.toString()));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(output)).contains("<td>FBXO11</td>", "child: 0/1");
  }

  @Test
  void anUnknownHpoIdIsAUserErrorNamingIt() {
    Path output = temp.resolve("out.json");

    CliRun run =
        CliRun.of(
            args(
                "--gene-agnostic",
                "--hpo",
                "HP:0001263,HP:9999999",
                "--output",
                output.toString()));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("HP:9999999");
    assertThat(output).doesNotExist();
  }

  @Test
  void anOutputWithoutAKnownExtensionIsRefusedBeforeAnyWork() {
    CliRun run = CliRun.of(args("--gene-agnostic", "--output", temp.resolve("out.txt").toString()));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("name it .json or .html");
  }

  @Test
  void aPedNotMatchingTheVcfIsAUserError() throws IOException {
    Files.writeString(ped, "fam a b c 1 2\nfam b 0 0 1 1\nfam c 0 0 2 1\n");

    CliRun run =
        CliRun.of(args("--gene-agnostic", "--output", temp.resolve("out.json").toString()));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("trio.ped", "child, father, mother");
  }

  private String[] args(String... extra) {
    List<String> args = new ArrayList<>();
    args.addAll(
        List.of(
            "interpret",
            "--vcf",
            vcf.toString(),
            "--ped",
            ped.toString(),
            "--build",
            "GRCh38",
            "--transcripts",
            TRANSCRIPTS.resolve("cellbase_grch38.gtf").toString(),
            "--transcript-sequences",
            TRANSCRIPTS.resolve("cellbase_grch38.cdna.fa").toString(),
            "--data-dir",
            temp.resolve("data").toString()));
    args.addAll(List.of(extra));
    return args.toArray(String[]::new);
  }
}
