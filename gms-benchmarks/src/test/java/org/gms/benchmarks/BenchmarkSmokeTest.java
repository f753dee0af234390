package org.gms.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.gms.benchmarks.support.SharedReference;
import org.gms.cli.Gms;
import org.gms.server.record.NhsNumber;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every benchmark is reachable as {@code ./gms benchmark <name>} and its options parse (two mixins
 * declaring one option would fail here); the benchmarks that need neither a server nor external
 * tools run on a tiny input and print their figures. The server benchmarks' figures come from
 * running them ({@code ./gms benchmark ordering} and so on), not from tests.
 */
class BenchmarkSmokeTest {

  private static final List<String> BENCHMARKS =
      List.of(
          "vcf-io",
          "clinvar-concordance",
          "annotate-core",
          "annotate",
          "pgx",
          "cds-hooks",
          "ordering",
          "phenopackets",
          "beacon",
          "reanalysis",
          "somatic",
          "insights",
          "cohort",
          "oncology",
          "trials");

  @TempDir Path temp;

  private record Run(int exit, String out, String err) {}

  /** Runs {@code ./gms args}; out has what the command printed (the benchmarks print directly). */
  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream standard = System.out;
    int exit;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      exit =
          Gms.commandLine()
              .setOut(new PrintWriter(out, true))
              .setErr(new PrintWriter(err, true))
              .execute(args);
    } finally {
      System.setOut(standard);
    }
    return new Run(exit, out + printed.toString(StandardCharsets.UTF_8), err.toString());
  }

  @Test
  void everyBenchmarkIsACommandOfGmsBenchmarkAndShowsItsHelp() {
    CommandLine benchmark = Gms.commandLine().getSubcommands().get("benchmark");
    assertThat(benchmark).as("./gms benchmark, added through ServiceLoader").isNotNull();
    assertThat(benchmark.getSubcommands().keySet()).containsExactlyInAnyOrderElementsOf(BENCHMARKS);
    for (String name : BENCHMARKS) {
      Run help = run("benchmark", name, "--help");
      assertThat(help.exit()).as(name + ": " + help.err()).isZero();
      assertThat(help.out()).contains("Usage: gms benchmark " + name);
    }
  }

  @Test
  void theServerBenchmarksShareOneDefinitionOfTheirDatabaseOptions() {
    for (String name : List.of("beacon", "insights")) {
      Run help = run("benchmark", name, "--help");
      assertThat(help.out())
          .contains(
              "--data-dir",
              "--jdbc-url",
              "--db-user",
              "--db-password",
              "Folder for the embedded database",
              "Use this PostgreSQL instead of an embedded one");
    }
    Run wrong = run("benchmark", "insights", "--jdbc-url");
    assertThat(wrong.exit()).isNotZero();
    assertThat(wrong.err()).contains("--jdbc-url");
  }

  @Test
  void pgxCallsAFewGeneratedSamplesAndPrintsItsRates() {
    Run pgx =
        run("benchmark", "pgx", "--samples", "20", "--threads", "1", "--work-dir", temp.toString());
    assertThat(pgx.exit()).as(pgx.err()).isZero();
    assertThat(pgx.out()).contains("samples/s");
  }

  @Test
  void clinvarConcordanceMeasuresOneGeneOnTheSharedData() {
    Optional<Path> root =
        SharedReference.rootWith(
            List.of(
                "transcripts/cellbase-32genes/cellbase_grch38.gtf",
                "transcripts/brca1-region/chr17_42425000_43600000.GRCh38.fa",
                "clinvar/clinvar.2026-02-26.18genes.grch38.vcf.gz"));
    Assumptions.assumeTrue(root.isPresent(), "shared reference data absent");
    Path shared = root.get();
    Run concordance =
        run(
            "benchmark",
            "clinvar-concordance",
            "--transcripts",
            shared.resolve("transcripts/cellbase-32genes/cellbase_grch38.gtf").toString(),
            "--cdna",
            shared.resolve("transcripts/cellbase-32genes/cellbase_grch38.cdna.fa").toString(),
            "--genome",
            shared.resolve("transcripts/brca1-region/chr17_42425000_43600000.GRCh38.fa").toString(),
            "--clinvar",
            shared.resolve("clinvar/clinvar.2026-02-26.18genes.grch38.vcf.gz").toString(),
            "--minimum",
            "0");
    assertThat(concordance.exit()).as(concordance.err()).isZero();
    assertThat(concordance.out()).containsIgnoringCase("BRCA1");
  }

  @Test
  void theReanalysisCohortHasValidNhsNumbersFromTheTestRange() {
    assertThat(BenchmarkReanalysisCommand.nhsNumbers(3))
        .extracting(NhsNumber::value)
        .containsExactly("9000000009", "9000000017", "9000000025");
  }
}
