package org.gms.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gms.genomics.pgx.PgxKnowledge;
import org.gms.genomics.pgx.definition.DefinedPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code ./gms pgx} end to end on small VCFs: the JSON shape, per-sample outputs, user errors. */
class PgxCommandTest {

  /** CYP2C19*2 on GRCh38: rs12769205, rs4244285 and rs3758581 (the *1 backbone). */
  private static final Map<Long, String> STAR_2 =
      Map.of(94775367L, "G", 94781859L, "A", 94842866L, "G");

  @TempDir Path dir;

  @Test
  void writesTheJsonReportOfOneSample() throws IOException {
    Path vcf = cyp2c19Vcf(List.of("P1"), List.of("1/1"));
    Path out = dir.resolve("out/p1.json");
    Path html = dir.resolve("out/p1.html");

    int exit =
        run("pgx", "--vcf", vcf.toString(), "--output", out.toString(), "--html", html.toString());

    assertThat(exit).isZero();
    JsonNode report = JsonMapper.builder().build().readTree(out.toFile());
    assertThat(report.path("sample").asString()).isEqualTo("P1");
    JsonNode cyp2c19 = gene(report, "CYP2C19");
    assertThat(cyp2c19.path("callable").asBoolean()).isTrue();
    assertThat(cyp2c19.path("diplotypes").get(0).asString()).isEqualTo("*2/*2");
    assertThat(cyp2c19.path("diplotypes").size()).isEqualTo(1);
    assertThat(cyp2c19.path("phenotype").asString()).isEqualTo("Poor Metabolizer");
    assertThat(cyp2c19.has("activityScore")).isTrue();
    assertThat(cyp2c19.path("missingPositions").isArray()).isTrue();
    assertThat(cyp2c19.path("missingPositions").size()).isZero();
    JsonNode dpyd = gene(report, "DPYD");
    assertThat(dpyd.path("callable").asBoolean()).isFalse();
    assertThat(dpyd.path("status").asString()).isEqualTo("NO_DATA");
    assertThat(dpyd.path("missingPositions").size()).isEqualTo(83);
    JsonNode cyp2d6 = gene(report, "CYP2D6");
    assertThat(cyp2d6.path("status").asString()).isEqualTo("OUTSIDE_CALL_REQUIRED");
    assertThat(cyp2d6.path("reason").asString()).contains("duplications");

    List<JsonNode> clopidogrel = new ArrayList<>();
    report
        .path("recommendations")
        .forEach(
            r -> {
              if (r.path("drug").asString().equals("clopidogrel")) {
                clopidogrel.add(r);
              }
            });
    assertThat(clopidogrel).isNotEmpty();
    JsonNode first = clopidogrel.get(0);
    assertThat(first.path("source").asString()).isIn("CPIC", "DPWG");
    assertThat(first.path("genes").get(0).asString()).isEqualTo("CYP2C19");
    assertThat(first.path("recommendation").asString()).containsIgnoringCase("clopidogrel");
    assertThat(first.has("strength")).isTrue();
    assertThat(first.path("implications").isArray()).isTrue();
    assertThat(Files.readString(html)).contains("<h1>Pharmacogenomic report: P1</h1>", "*2/*2");
  }

  @Test
  void aMultiSampleVcfGivesOneReportPerSampleInTheOutputFolder() throws IOException {
    Path vcf = cyp2c19Vcf(List.of("P1", "P2"), List.of("0/1", "1/1"));
    Path out = dir.resolve("reports");

    int exit = run("pgx", "--vcf", vcf.toString(), "--output-dir", out.toString());

    assertThat(exit).isZero();
    JsonNode p1 = JsonMapper.builder().build().readTree(out.resolve("P1.pgx.json").toFile());
    JsonNode p2 = JsonMapper.builder().build().readTree(out.resolve("P2.pgx.json").toFile());
    assertThat(gene(p1, "CYP2C19").path("diplotypes").get(0).asString()).isEqualTo("*1/*2");
    assertThat(gene(p2, "CYP2C19").path("diplotypes").get(0).asString()).isEqualTo("*2/*2");
    assertThat(out.resolve("P2.pgx.html")).exists();
  }

  @Test
  void aFolderOfVcfsIsOneBatch() throws IOException {
    Path batch = Files.createDirectories(dir.resolve("batch"));
    Files.move(cyp2c19Vcf(List.of("P1"), List.of("0/1")), batch.resolve("a.vcf"));
    Files.move(cyp2c19Vcf(List.of("P2"), List.of("1/1")), batch.resolve("b.vcf"));

    int exit = run("pgx", "--vcf", batch.toString(), "--output-dir", dir.resolve("r").toString());

    assertThat(exit).isZero();
    assertThat(dir.resolve("r/P1.pgx.json")).exists();
    assertThat(dir.resolve("r/P2.pgx.json")).exists();
  }

  @Test
  void severalSamplesWithoutAnOutputFolderIsAUserError() throws IOException {
    Path vcf = cyp2c19Vcf(List.of("P1", "P2"), List.of("0/1", "1/1"));
    StringWriter err = new StringWriter();

    int exit =
        Gms.commandLine()
            .setErr(new PrintWriter(err))
            .execute("pgx", "--vcf", vcf.toString(), "--output", dir.resolve("x.json").toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("--output-dir", "--sample");
  }

  @Test
  void anUnknownSampleIsAUserErrorNamingTheSamples() throws IOException {
    Path vcf = cyp2c19Vcf(List.of("P1"), List.of("0/1"));
    StringWriter err = new StringWriter();

    int exit =
        Gms.commandLine()
            .setErr(new PrintWriter(err))
            .execute("pgx", "--vcf", vcf.toString(), "--sample", "NOPE");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("NOPE", "P1");
  }

  /** The launcher builds only the pgx command for it; same reports, same user errors. */
  @Test
  void theLightLaunchOfPgxWritesTheSameReportAndTheSameUserErrors() throws IOException {
    Path vcf = cyp2c19Vcf(List.of("P1"), List.of("0/1"));
    Path light = dir.resolve("light.json");
    Path full = dir.resolve("full.json");

    assertThat(Gms.execute("pgx", "--vcf", vcf.toString(), "--output", light.toString())).isZero();
    assertThat(run("pgx", "--vcf", vcf.toString(), "--output", full.toString())).isZero();
    assertThat(Files.readString(light)).isEqualTo(Files.readString(full));
    assertThat(Gms.execute("pgx", "--vcf", vcf.toString(), "--sample", "NOPE")).isEqualTo(2);
  }

  private static JsonNode gene(JsonNode report, String symbol) {
    for (JsonNode gene : report.path("genes")) {
      if (gene.path("gene").asString().equals(symbol)) {
        return gene;
      }
    }
    throw new AssertionError("no gene " + symbol);
  }

  private static int run(String... args) {
    CommandLine cli = Gms.commandLine();
    cli.setOut(new PrintWriter(new StringWriter()));
    return cli.execute(args);
  }

  /** Every CYP2C19 position, reference except the *2 positions, which get the given GT. */
  private Path cyp2c19Vcf(List<String> samples, List<String> star2Genotypes) throws IOException {
    StringBuilder vcf =
        new StringBuilder(
            "##fileformat=VCFv4.2\n##FORMAT=<ID=GT,Number=1,Type=String,Description=\"GT\">\n"
                + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\t"
                + String.join("\t", samples)
                + "\n");
    for (DefinedPosition p : PgxKnowledge.bundled().definitions().get("CYP2C19").positions()) {
      String variant = STAR_2.get(p.position());
      vcf.append(p.chromosome()).append('\t').append(p.position()).append("\t.\t").append(p.ref());
      vcf.append('\t').append(variant == null ? String.join(",", p.alts()) : variant);
      vcf.append("\t.\tPASS\t.\tGT");
      for (String gt : star2Genotypes) {
        // rs3758581 is part of the *1 backbone too: homozygous in every sample here.
        vcf.append('\t').append(variant == null ? "0/0" : p.position() == 94842866L ? "1/1" : gt);
      }
      vcf.append('\n');
    }
    Path file = Files.createTempFile(dir, "pgx", ".vcf");
    Files.writeString(file, vcf);
    return file;
  }
}
