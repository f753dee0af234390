package org.gms.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code ./gms somatic} on an unannotated real tumour VCF (PCGR's T001-COAD, its POLE and PKD1
 * records): GMS's own annotation with {@code --transcripts}, and the errors without them.
 */
class SomaticCommandTest {

  private static final Path SHARED = Path.of("../../shared/reference");
  private static final Path COAD =
      SHARED.resolve("cancer/pcgr-examples/pcgr_T001-COAD.grch38.vcf.gz");
  private static final Path GTF =
      SHARED.resolve("transcripts/cellbase-32genes/cellbase_grch38.gtf");
  private static final Path CDNA =
      SHARED.resolve("transcripts/cellbase-32genes/cellbase_grch38.cdna.fa");

  @TempDir Path temp;
  private Path input;

  @BeforeEach
  void poleAndPkd1Records() throws IOException {
    Assumptions.assumeTrue(
        Files.exists(COAD) && Files.exists(GTF), "shared reference data absent: " + SHARED);
    List<String> lines = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(COAD)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t", 3);
        if (line.startsWith("#")
            || in(f, "12", 132_623_000, 132_690_000) // POLE
            || in(f, "16", 2_088_000, 2_135_000)) { // PKD1
          lines.add(line);
        }
      }
    }
    input = temp.resolve("t001-coad-pole-pkd1.vcf");
    Files.write(input, lines);
  }

  private static boolean in(String[] f, String chrom, long from, long to) {
    if (f.length < 2 || !f[0].equals(chrom)) {
      return false;
    }
    long pos = Long.parseLong(f[1]);
    return pos >= from && pos <= to;
  }

  @Test
  void transcriptsAnnotateAnUnannotatedVcf() throws IOException {
    Path out = temp.resolve("r.json");
    CliRun run =
        somatic(
            input,
            out,
            "--transcripts",
            GTF.toString(),
            "--transcript-sequences",
            CDNA.toString(),
            "--build",
            "GRCh38");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode report = new ObjectMapper().readTree(out.toFile());
    List<String> findings = new ArrayList<>();
    report
        .get("findings")
        .forEach(
            f -> findings.add(f.get("gene").asString() + " " + f.get("proteinChange").asString()));
    assertThat(findings)
        .contains("POLE K1170fs", "PKD1 R3115W", "PKD1 G3602S", "PKD1 S3308N", "PKD1 T1337M");
    List<String> warnings = new ArrayList<>();
    report.get("warnings").forEach(w -> warnings.add(w.asString()));
    assertThat(warnings).anySatisfy(w -> assertThat(w).contains("annotated by GMS"));
  }

  @Test
  void transcriptsWithoutTheBuildAreRefused() {
    Path out = temp.resolve("r.json");
    CliRun run = somatic(input, out, "--transcripts", GTF.toString());
    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains("--transcripts needs --build");
    assertThat(out).doesNotExist();
  }

  @Test
  void anUnannotatedVcfOfNoBuildWithoutTranscriptsIsAnErrorAndWritesNothing() throws IOException {
    Path plain = temp.resolve("no-build.vcf");
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(input)) {
      if (!line.startsWith("##liftOver")) {
        lines.add(line);
      }
    }
    Files.write(plain, lines);
    Path out = temp.resolve("r.json");
    CliRun run = somatic(plain, out);
    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err())
        .contains("no-build.vcf, line")
        .contains("neither VEP CSQ nor snpEff ANN")
        .contains("--transcripts");
    assertThat(out).doesNotExist();
  }

  /** {@code ./gms somatic} of a colorectal tumour (1 Mb targeted) with the options given. */
  private static CliRun somatic(Path vcf, Path out, String... options) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "somatic",
                "--input",
                vcf.toString(),
                "--tumour-type",
                "COADREAD",
                "--target-mb",
                "1",
                "--output",
                out.toString()));
    args.addAll(List.of(options));
    return CliRun.of(args.toArray(String[]::new));
  }
}
