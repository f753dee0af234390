package org.gms.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.gms.genomics.annotation.Consequence;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code ./gms annotate} end to end on real BRCA1 ClinVar records, the BRCA1 region of GRCh38 and
 * the CellBase transcript models; truth is ClinVar's own molecular consequence (MC) field.
 */
class AnnotateCommandTest {

  private static final Path SHARED = Path.of("../../shared/reference");
  private static final Path CLINVAR =
      SHARED.resolve("clinvar/clinvar.2026-02-26.18genes.grch38.vcf.gz");
  private static final Path GTF =
      SHARED.resolve("transcripts/cellbase-32genes/cellbase_grch38.gtf");
  private static final Path CDNA =
      SHARED.resolve("transcripts/cellbase-32genes/cellbase_grch38.cdna.fa");
  private static final Path BRCA1_FASTA =
      SHARED.resolve("transcripts/brca1-region/chr17_42425000_43600000.GRCh38.fa");
  private static final int RECORDS = 400;

  /** ClinVar's SO ids for terms it names differently from VEP. */
  private static final Map<String, Set<String>> CLINVAR_EQUIVALENTS =
      Map.of(
          "SO:0002012", Set.of("SO:0001582"), // start_lost = initiator_codon_variant
          "SO:0001821", Set.of("SO:0001820"), // inframe_insertion = inframe_indel
          "SO:0001822", Set.of("SO:0001820"), // inframe_deletion = inframe_indel
          "SO:0001792", Set.of("SO:0001619")); // non_coding_transcript_exon_variant

  @TempDir Path temp;
  private Path input;
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void brca1Records() throws IOException {
    Assumptions.assumeTrue(
        Files.exists(CLINVAR) && Files.exists(GTF) && Files.exists(BRCA1_FASTA),
        "shared reference data absent: " + SHARED.toAbsolutePath());
    input = temp.resolve("brca1.vcf");
    List<String> lines = new ArrayList<>();
    int records = 0;
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(CLINVAR)), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null && records < RECORDS; line = in.readLine()) {
        if (line.startsWith("#")) {
          lines.add(line);
        } else if (line.contains("GENEINFO=BRCA1:") && line.contains(";MC=")) {
          lines.add(line);
          records++;
        }
      }
    }
    Files.write(input, lines);
  }

  private int run(Path in, Path out, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "annotate",
                "--input",
                in.toString(),
                "--transcripts",
                GTF.toString(),
                "--transcript-sequences",
                CDNA.toString(),
                "--reference",
                BRCA1_FASTA.toString(),
                "--build",
                "GRCh38",
                "--clinvar",
                CLINVAR.toString(),
                "--threads",
                "2",
                "--output",
                out.toString()));
    args.addAll(List.of(extra));
    return Gms.commandLine()
        .setErr(new PrintWriter(err, true))
        .execute(args.toArray(String[]::new));
  }

  @Test
  void jsonLinesConsequencesAgreeWithClinvarMolecularConsequence() throws IOException {
    Path out = temp.resolve("brca1.jsonl");
    assertThat(run(input, out)).as(err.toString()).isZero();

    Map<String, Set<String>> clinvarTerms = clinvarMcById();
    ObjectMapper json = new ObjectMapper();
    int compared = 0;
    int agreed = 0;
    int withClinvar = 0; // records with a germline classification (CLNSIG) are found
    for (String line : Files.readAllLines(out)) {
      JsonNode allele = json.readTree(line);
      if (!allele.get("clinvar").isNull()) {
        withClinvar++;
      }
      Set<String> truth = clinvarTerms.get(allele.get("id").asString());
      for (JsonNode annotation : allele.get("annotations")) {
        if (annotation.get("maneSelect").asBoolean()) {
          compared++;
          if (agrees(annotation.get("consequences"), truth)) {
            agreed++;
          }
        }
      }
    }
    long classified =
        Files.readAllLines(input).stream()
            .filter(l -> !l.startsWith("#") && l.contains("CLNSIG="))
            .count();
    assertThat(withClinvar).isBetween((int) (classified * 95 / 100), (int) classified);
    assertThat(compared).isGreaterThan(RECORDS * 9 / 10);
    assertThat((double) agreed / compared).as(agreed + " of " + compared).isGreaterThan(0.9);
    assertThat(err.toString()).contains(RECORDS + " records").contains("variants/s");
  }

  private static boolean agrees(JsonNode consequences, Set<String> truth) {
    for (JsonNode term : consequences) {
      for (Consequence c : Consequence.values()) {
        if (c.term().equals(term.asString())
            && (truth.contains(c.soId())
                || CLINVAR_EQUIVALENTS.getOrDefault(c.soId(), Set.of()).stream()
                    .anyMatch(truth::contains))) {
          return true;
        }
      }
    }
    return false;
  }

  private Map<String, Set<String>> clinvarMcById() throws IOException {
    Map<String, Set<String>> terms = new java.util.HashMap<>();
    for (String line : Files.readAllLines(input)) {
      if (line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t");
      Set<String> ids = new HashSet<>();
      for (String field : columns[7].split(";")) {
        if (field.startsWith("MC=")) {
          for (String mc : field.substring(3).split(",")) {
            ids.add(mc.substring(0, mc.indexOf('|')));
          }
        }
      }
      terms.put(columns[2], ids);
    }
    return terms;
  }

  @Test
  void vcfOutputDeclaresTheInfoFieldAndAnnotatesEveryRecord() throws IOException {
    Path out = temp.resolve("brca1.annotated.vcf.gz");
    assertThat(run(input, out)).as(err.toString()).isZero();

    List<String> lines = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(out)), StandardCharsets.UTF_8))) {
      in.lines().forEach(lines::add);
    }
    assertThat(lines).anyMatch(l -> l.startsWith("##INFO=<ID=GMS_ANN,") && l.contains("HGVSc"));
    List<String> records = lines.stream().filter(l -> !l.startsWith("#")).toList();
    assertThat(records).hasSize(RECORDS).allMatch(l -> l.contains(";GMS_ANN="));
    assertThat(records).anyMatch(l -> l.contains("|BRCA1|HGNC:1100|ENST00000357654|1|"));
  }

  @Test
  void malformedRecordStopsWithFileAndLineAndLeavesNoOutput() throws IOException {
    Path broken = corrupted();
    Path out = temp.resolve("out.jsonl");

    assertThat(run(broken, out)).isEqualTo(2);

    assertThat(err.toString()).contains("broken.vcf").contains("line");
    assertThat(out).doesNotExist();
    try (var files = Files.list(temp)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("out."));
    }
  }

  @Test
  void lenientSkipsTheMalformedRecordAndSaysSo() throws IOException {
    Path out = temp.resolve("out.jsonl");

    assertThat(run(corrupted(), out, "--lenient")).as(err.toString()).isZero();

    assertThat(Files.readAllLines(out)).hasSize(RECORDS - 1);
    assertThat(err.toString()).contains("1 skipped").contains("skipped: ");
  }

  @Test
  void vcfOfAnotherBuildIsRefused() throws IOException {
    Path grch37 = grch37Vcf();
    Path out = temp.resolve("out.jsonl");

    assertThat(run(grch37, out)).isEqualTo(2);

    assertThat(err.toString()).contains("GRCh38");
    assertThat(out).doesNotExist();
  }

  @Test
  void clinvarOfAnotherBuildIsRefused() throws IOException {
    Path grch37 = grch37Vcf(); // the input agrees with --build; only the ClinVar file does not
    Path out = temp.resolve("out.jsonl");
    List<String> args =
        List.of(
            "annotate",
            "--input",
            input.toString(),
            "--transcripts",
            GTF.toString(),
            "--build",
            "GRCh37",
            "--clinvar",
            CLINVAR.toString(),
            "--output",
            out.toString());

    int exit =
        Gms.commandLine().setErr(new PrintWriter(err, true)).execute(args.toArray(String[]::new));

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains(CLINVAR.getFileName().toString()).contains("GRCh37");
    assertThat(out).doesNotExist();
  }

  @Test
  void allelesWithoutBasesGetOneObjectAndOneEntryEachWithTheReason() throws IOException {
    Path mixed = nonSequenceAlleles();
    Path jsonl = temp.resolve("mixed.jsonl");
    Path vcf = temp.resolve("mixed.vcf");

    assertThat(run(mixed, jsonl)).as(err.toString()).isZero();
    assertThat(run(mixed, vcf)).as(err.toString()).isZero();

    ObjectMapper json = new ObjectMapper();
    List<JsonNode> objects = new ArrayList<>();
    for (String line : Files.readAllLines(jsonl)) {
      objects.add(json.readTree(line));
    }
    // one object per input ALT allele, in input order
    assertThat(objects).extracting(o -> o.get("alt").asString()).hasSize(5);
    assertThat(objects.get(0).get("annotations")).isNotEmpty();
    assertThat(objects.get(0).has("note")).isFalse();
    List<String[]> expected =
        List.of(
            new String[] {"<DEL>", "symbolic_allele"},
            new String[] {"*", "spanning_deletion"},
            new String[] {"<NON_REF>", "symbolic_allele"},
            new String[] {"]17:43000000]", "breakend"});
    for (int i = 0; i < expected.size(); i++) {
      JsonNode object = objects.get(i + 1);
      assertThat(object.get("alt").asString()).endsWith(expected.get(i)[0]);
      assertThat(object.get("annotations")).isEmpty();
      assertThat(object.get("clinvar").isNull()).isTrue();
      assertThat(object.get("flags").get(0).asString()).isEqualTo(expected.get(i)[1]);
      assertThat(object.get("note").asString()).contains(object.get("alt").asString());
    }

    List<String> records =
        Files.readAllLines(vcf).stream().filter(l -> !l.startsWith("#")).toList();
    assertThat(records).hasSize(3);
    assertThat(records.get(0))
        .contains(",<DEL>||||||||||||symbolic_allele||")
        .contains(",*||||||||||||spanning_deletion||");
    assertThat(records.get(1)).contains("GMS_ANN=<NON_REF>||||||||||||symbolic_allele||");
    assertThat(records.get(2)).contains("]17:43000000]||||||||||||breakend||");
  }

  /** Truth: gnomAD v2.1.1 lof_metrics.by_gene gives BRCA1 pLI 9.2157e-29 and LOEUF 0.915. */
  @Test
  void geneConstraintIsTheBundledGnomadOrTheTableGiven() throws IOException {
    Path bundled = temp.resolve("bundled.vcf");
    assertThat(run(input, bundled)).as(err.toString()).isZero();
    assertThat(Files.readString(bundled))
        .contains("Gene_pLI|Gene_LOEUF")
        .contains("|BRCA1|HGNC:1100|ENST00000357654|1|")
        .containsPattern("\\|BRCA1\\|[^,;]*\\|9\\.22e-29\\|0\\.915[,;\t]");

    Path table = temp.resolve("constraint.tsv");
    Files.writeString(table, "gene\tpLI\tLOEUF\nBRCA1\t0.5\t0.25\n");
    Path given = temp.resolve("given.jsonl");
    assertThat(run(input, given, "--constraint", table.toString())).as(err.toString()).isZero();
    JsonNode first = new ObjectMapper().readTree(Files.readAllLines(given).get(0));
    JsonNode constraint = first.get("annotations").get(0).get("geneConstraint");
    assertThat(constraint.get("source").asString()).isEqualTo("constraint.tsv");
    assertThat(constraint.get("pLI").asDouble()).isEqualTo(0.5);
    assertThat(constraint.get("loeuf").asDouble()).isEqualTo(0.25);
  }

  /**
   * A BRCA1 SNV of the fixture with a deletion and a spanning deletion added, a gVCF reference
   * block and a breakend at the same place.
   */
  private Path nonSequenceAlleles() throws IOException {
    List<String> lines = Files.readAllLines(input);
    List<String> out = new ArrayList<>(lines.stream().filter(l -> l.startsWith("#")).toList());
    String[] snv =
        lines.stream()
            .filter(l -> !l.startsWith("#"))
            .map(l -> l.split("\t", -1))
            .filter(c -> c[3].length() == 1 && c[4].length() == 1)
            .findFirst()
            .orElseThrow();
    String prefix = snv[0] + "\t" + snv[1] + "\t.\t" + snv[3] + "\t";
    out.add(prefix + snv[4] + ",<DEL>,*\t.\t.\t.");
    out.add(prefix + "<NON_REF>\t.\t.\t.");
    out.add(prefix + snv[3] + "]17:43000000]\t.\t.\t.");
    Path mixed = temp.resolve("mixed.vcf");
    Files.write(mixed, out);
    return mixed;
  }

  private Path grch37Vcf() throws IOException {
    Path grch37 = temp.resolve("grch37.vcf");
    Files.writeString(
        grch37,
        """
        ##fileformat=VCFv4.2
        ##contig=<ID=17,length=81195210,assembly=GRCh37>
        #CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO
        17\t41245466\t.\tG\tA\t.\t.\t.
        """);
    return grch37;
  }

  /** The fixture with the POS of its tenth record made non-numeric. */
  private Path corrupted() throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(input));
    int headers = (int) lines.stream().filter(l -> l.startsWith("#")).count();
    String[] columns = lines.get(headers + 9).split("\t", -1);
    columns[1] = "12x4";
    lines.set(headers + 9, String.join("\t", columns));
    Path broken = temp.resolve("broken.vcf");
    Files.write(broken, lines);
    return broken;
  }
}
