package org.gms.genomics.pgx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.gms.genomics.SharedReference;
import org.gms.genomics.pgx.diplotype.GeneCall;
import org.gms.genomics.pgx.genotype.SampleGenotypes;
import org.gms.genomics.pgx.genotype.VcfGenotypeReader;
import org.gms.genomics.pgx.genotype.VcfGenotypeReader.VcfGenotypes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Conformance with the reference tool (PharmCAT 3.1.1, definitions 2025-11-05): every case of
 * {@code pharmacogenomics/pharmcat-conformance/cases.tsv} is run through the engine {@code ./gms
 * pgx} uses ({@link VcfGenotypeReader} then {@link PgxAnalyser}), and the gene's call(s) must equal
 * the expected ones: the same set of diplotypes, each the same pair of allele names (a diplotype's
 * two names are compared as a pair; {@code NO_CALL} means no diplotype). Cases of the default
 * output ({@code top-ties}) and of DPYD's unphased lowest-function pairing are compared; cases that
 * need other matcher settings or test-only definitions are skipped with the reason. A deliberate
 * difference is listed in {@code conformance-exceptions.tsv} with its reason; a listed case that
 * agrees fails too, so the list stays true.
 */
class PharmcatConformanceTest {

  private static final String ROOT = "pharmacogenomics/pharmcat-conformance/";
  private static final Map<String, int[]> AGREEMENT = new ConcurrentHashMap<>();
  private static final Map<String, String> EXCEPTIONS = exceptions();
  private static PgxAnalyser analyser;

  @BeforeAll
  static void load() {
    analyser = PgxAnalyser.bundled();
  }

  @AfterAll
  static void printAgreement() {
    if (AGREEMENT.isEmpty()) {
      return;
    }
    StringBuilder out = new StringBuilder("Agreement with the reference tool per gene:\n");
    int agree = 0;
    int total = 0;
    for (Map.Entry<String, int[]> e : new TreeMap<>(AGREEMENT).entrySet()) {
      out.append(String.format("  %-8s %3d/%3d%n", e.getKey(), e.getValue()[0], e.getValue()[1]));
      agree += e.getValue()[0];
      total += e.getValue()[1];
    }
    out.append(
        String.format("  %-8s %3d/%3d (%.1f%%)%n", "all", agree, total, 100.0 * agree / total));
    System.out.print(out);
  }

  static Stream<Arguments> cases() throws IOException {
    Path table = SharedReference.path(ROOT + "cases.tsv");
    List<String> lines = Files.readAllLines(table, StandardCharsets.UTF_8);
    String[] header = lines.get(0).split("\t", -1);
    List<Arguments> cases = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.length && i < cells.length; i++) {
        row.put(header[i], cells[i]);
      }
      cases.add(Arguments.of(row.get("case_id"), row));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theCallAgreesWithTheReferenceTool(String caseId, Map<String, String> row) {
    String mode = row.get("mode");
    Assumptions.assumeTrue(
        row.get("definitions").equals("shipped") && row.get("exemptions").equals("shipped"),
        () -> caseId + " skipped: the case uses test-only definitions or no exemptions");
    Assumptions.assumeTrue(
        mode.equals("top-ties") || mode.equals("lowest-function"),
        () ->
            caseId
                + " skipped: mode "
                + mode
                + " needs matcher settings other than the default output");
    String gene = row.get("gene");
    List<String> expected = names(row.get("expected"));
    List<String> actual = call(row, gene);
    boolean agrees = expected.equals(actual);
    AGREEMENT.merge(
        gene, new int[] {agrees ? 1 : 0, 1}, (a, b) -> new int[] {a[0] + b[0], a[1] + b[1]});
    String reason = EXCEPTIONS.get(caseId);
    if (reason != null) {
      assertThat(agrees)
          .as(caseId + " is listed as a deliberate difference (" + reason + ") but agrees")
          .isFalse();
      return;
    }
    assertThat(actual)
        .as(caseId + " " + gene + " (" + row.get("source") + ", phased: " + row.get("phased") + ")")
        .isEqualTo(expected);
  }

  private static List<String> call(Map<String, String> row, String gene) {
    String relative = row.get("vcf");
    Path vcf = SharedReference.path(ROOT + "vcf_clean/" + relative);
    String sample = row.getOrDefault("sample", "");
    VcfGenotypes read =
        new VcfGenotypeReader(analyser.positions())
            .read(vcf, s -> sample.isBlank() || s.equals(sample));
    SampleGenotypes genotypes = read.samples().get(0);
    PgxReport report = analyser.analyse(genotypes, List.of(), vcf.toString(), read.warnings());
    GeneCall call = report.gene(gene).orElseThrow().call();
    List<String> names = new ArrayList<>();
    call.diplotypeNames().forEach(name -> names.add(pair(name)));
    names.sort(null);
    return names.isEmpty() ? List.of("NO_CALL") : names;
  }

  /** The expected call(s) as sorted pairs. */
  private static List<String> names(String expected) {
    List<String> names = new ArrayList<>();
    for (String name : expected.split(" \\| ")) {
      names.add(name.equals("NO_CALL") ? name : pair(name));
    }
    names.sort(null);
    return names;
  }

  /**
   * A diplotype's two allele names in a fixed order. Names contain {@code /} only as the separator,
   * except inside combination brackets, which are kept whole.
   */
  static String pair(String diplotype) {
    int depth = 0;
    for (int i = 0; i < diplotype.length(); i++) {
      char c = diplotype.charAt(i);
      depth += c == '[' ? 1 : c == ']' ? -1 : 0;
      if (c == '/' && depth == 0) {
        String a = diplotype.substring(0, i);
        String b = diplotype.substring(i + 1);
        return a.compareTo(b) <= 0 ? a + " / " + b : b + " / " + a;
      }
    }
    return diplotype;
  }

  private static Map<String, String> exceptions() {
    Map<String, String> reasons = new HashMap<>();
    try (InputStream in =
        PharmcatConformanceTest.class.getResourceAsStream("conformance-exceptions.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t", 2);
        if (parts.length != 2 || parts[1].isBlank()) {
          throw new IllegalStateException(
              "conformance-exceptions.tsv: no reason in '" + line + "'");
        }
        reasons.put(parts[0].strip(), parts[1].strip());
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return Map.copyOf(reasons);
  }
}
