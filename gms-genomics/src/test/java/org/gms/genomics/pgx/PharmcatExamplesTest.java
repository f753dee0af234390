package org.gms.genomics.pgx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.gms.genomics.SharedReference;
import org.gms.genomics.pgx.diplotype.OutsideCall;
import org.gms.genomics.pgx.genotype.SampleGenotypes;
import org.gms.genomics.pgx.genotype.VcfGenotypeReader;
import org.gms.genomics.pgx.genotype.VcfGenotypeReader.VcfGenotypes;
import org.gms.genomics.pgx.recommendation.DrugRecommendation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validation against the reference tool (PharmCAT 3.1, data 2025-11-05): its expected outputs for
 * the two example VCFs in the shared reference data ({@code *.match.json}, {@code
 * *.phenotype.json}, {@code *.report.json}) are the truth. Every gene call and every phenotype must
 * agree, except the differences listed below, each with its reason.
 */
class PharmcatExamplesTest {

  private static final String EXAMPLES = "pharmacogenomics/examples/";

  /** Genes whose phenotype we cannot assign, and why; their diplotype calls must still agree. */
  private static final Map<String, String> PHENOTYPE_EXCEPTIONS =
      Map.of(
          "G6PD",
          "the shared reference data has no G6PD phenotype table (phenotypes/ and"
              + " phenotypes-2024/ lack G6PD.json), so no phenotype is assigned",
          "RYR1",
          "the shared reference data has no RYR1 phenotype table, so no phenotype is assigned");

  /**
   * Recommendations the reference tool gives that we do not, by source and drug, and why. The
   * reference tool ran on 2025-11 guideline data; the bundled guidelines are the shared 2024-03
   * files.
   */
  private static final Map<String, String> RECOMMENDATION_EXCEPTIONS = recommendationExceptions();

  private static PgxAnalyser analyser;

  @BeforeAll
  static void load() {
    analyser = PgxAnalyser.bundled();
  }

  static Stream<Arguments> examples() {
    return Stream.of(
        Arguments.of("pharmcat.example", "pharmcat.example.outsideCall.tsv"),
        Arguments.of("pharmcat.example2", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyGeneCallAgreesWithTheReferenceTool(String example, String outsideCalls) {
    PgxReport report = analyse(example, outsideCalls);
    JsonNode expected = json(EXAMPLES + example + ".match.json");

    int compared = 0;
    for (JsonNode result : expected.path("results")) {
      String gene = result.path("gene").asString();
      Set<String> expectedCalls = new TreeSet<>();
      result
          .path("diplotypes")
          .forEach(d -> expectedCalls.add(unordered(d.path("name").asString())));
      GeneReport mine = report.gene(gene).orElseThrow(() -> new AssertionError("no " + gene));
      Set<String> myCalls = new TreeSet<>();
      mine.call().diplotypeNames().forEach(name -> myCalls.add(unordered(name)));
      assertThat(myCalls).as(example + " " + gene + " diplotypes").isEqualTo(expectedCalls);
      assertThat(mine.call().missingPositions())
          .as(example + " " + gene + " missing positions")
          .hasSize(result.path("matchData").path("missingPositions").size());
      compared++;
    }
    assertThat(compared).isEqualTo(19);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyPhenotypeAgreesWithTheReferenceTool(String example, String outsideCalls) {
    PgxReport report = analyse(example, outsideCalls);
    JsonNode genes = json(EXAMPLES + example + ".phenotype.json").path("geneReports");

    List<String> checked = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : genes.properties()) {
      String gene = entry.getKey();
      GeneReport mine = report.gene(gene).orElseThrow(() -> new AssertionError("no " + gene));
      Map<String, List<String>> expected = new TreeMap<>();
      Map<String, String> expectedScores = new TreeMap<>();
      for (JsonNode diplotype : entry.getValue().path("sourceDiplotypes")) {
        String label = diplotype.path("label").asString();
        if (label.startsWith("Unknown")) {
          continue; // the reference tool's way of saying "not called"
        }
        List<String> phenotypes = new ArrayList<>();
        diplotype.path("phenotypes").forEach(p -> phenotypes.add(p.asString()));
        phenotypes.removeIf(p -> p.equals("n/a") || p.isBlank());
        expected.put(unordered(label), phenotypes);
        JsonNode score = diplotype.path("activityScore");
        expectedScores.put(unordered(label), score.isNull() ? null : score.asString());
      }
      Map<String, List<String>> actual = new TreeMap<>();
      Map<String, String> actualScores = new TreeMap<>();
      for (GeneReport.Interpretation interpretation : mine.interpretations()) {
        String label = unordered(interpretation.diplotype().name());
        actual.put(label, phenotypes(gene, interpretation));
        actualScores.put(label, interpretation.primary().map(p -> p.activityScore()).orElse(null));
      }
      if (PHENOTYPE_EXCEPTIONS.containsKey(gene)) {
        assertThat(actual.keySet()).as(gene + " diplotypes").isEqualTo(expected.keySet());
        assertThat(actual.values()).as(PHENOTYPE_EXCEPTIONS.get(gene)).allMatch(List::isEmpty);
        continue;
      }
      // Labels are compared by the match test; the reference tool relabels CFTR's reference
      // allele "Reference" in its phenotype output, so phenotypes are compared in call order.
      assertThat(List.copyOf(actual.values()))
          .as(example + " " + gene + " phenotypes")
          .containsExactlyInAnyOrderElementsOf(expected.values());
      assertThat(new ArrayList<>(actualScores.values()))
          .as(example + " " + gene + " activity scores")
          .containsExactlyInAnyOrderElementsOf(expectedScores.values());
      checked.add(gene);
    }
    assertThat(checked).contains("CYP2C19", "CYP2C9", "DPYD", "NAT2", "SLCO1B1", "TPMT");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void recommendationsAgreeWithTheReferenceToolExceptForDataVersionDifferences(
      String example, String outsideCalls) {
    PgxReport report = analyse(example, outsideCalls);
    JsonNode drugs = json(EXAMPLES + example + ".report.json").path("drugs");

    Set<String> expected = new TreeSet<>();
    for (String source : List.of("CPIC", "DPWG")) {
      for (JsonNode drug : drugs.path(source + " Guideline Annotation")) {
        for (JsonNode guideline : drug.path("guidelines")) {
          for (JsonNode annotation : guideline.path("annotations")) {
            expected.add(key(source, drug.path("name").asString(), population(source, annotation)));
          }
        }
      }
    }
    Set<String> mine = new TreeSet<>();
    for (DrugRecommendation rec : report.recommendations()) {
      mine.add(
          key(
              rec.source().name(),
              rec.drug(),
              rec.source().name().equals("CPIC") ? rec.population() : null));
    }

    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(mine);
    missing.removeIf(
        k -> {
          String[] parts = k.split("\\|");
          return RECOMMENDATION_EXCEPTIONS.containsKey(parts[0] + "|" + parts[1]);
        });
    Set<String> extra = new TreeSet<>(mine);
    extra.removeAll(expected);
    assertThat(missing).as("recommendations only the reference tool gives").isEmpty();
    assertThat(extra).as("recommendations only we give").isEmpty();
    assertThat(mine).hasSizeGreaterThan(70);
  }

  @Test
  void aMultiSampleVcfGivesEachSampleItsOwnCalls() {
    VcfGenotypes vcf =
        new VcfGenotypeReader(analyser.positions())
            .read(SharedReference.path(EXAMPLES + "multisample.vcf"), s -> true);

    assertThat(vcf.samples())
        .extracting(SampleGenotypes::sampleId)
        .containsExactly("Sample_1", "Sample_2");
    Map<String, String> cyp2c19 = new HashMap<>();
    Map<String, String> cyp2b6 = new HashMap<>();
    for (SampleGenotypes sample : vcf.samples()) {
      PgxReport report = analyser.analyse(sample, List.of(), vcf.source(), vcf.warnings());
      cyp2c19.put(
          sample.sampleId(),
          String.join(",", report.gene("CYP2C19").orElseThrow().call().diplotypeNames()));
      cyp2b6.put(
          sample.sampleId(),
          String.join(",", report.gene("CYP2B6").orElseThrow().call().diplotypeNames()));
    }
    // Sample_1 and Sample_2 are the two single-sample examples (see their match.json files).
    assertThat(cyp2c19).containsEntry("Sample_1", expectedCall("pharmcat.example", "CYP2C19"));
    assertThat(cyp2c19).containsEntry("Sample_2", expectedCall("pharmcat.example2", "CYP2C19"));
    assertThat(cyp2b6).containsEntry("Sample_2", expectedCall("pharmcat.example2", "CYP2B6"));
  }

  private static String expectedCall(String example, String gene) {
    for (JsonNode result : json(EXAMPLES + example + ".match.json").path("results")) {
      if (result.path("gene").asString().equals(gene)) {
        List<String> names = new ArrayList<>();
        result.path("diplotypes").forEach(d -> names.add(d.path("name").asString()));
        return String.join(",", names);
      }
    }
    throw new AssertionError(gene + " not in " + example);
  }

  /** Phenotypes as the reference tool lists them: carrier statuses for HLA, else one phenotype. */
  private static List<String> phenotypes(String gene, GeneReport.Interpretation interpretation) {
    if (gene.startsWith("HLA-")) {
      return interpretation.cpic().lookupKeys();
    }
    return interpretation
        .primary()
        .map(p -> p.phenotype())
        .filter(p -> !p.isBlank())
        .map(List::of)
        .orElse(List.of());
  }

  private static PgxReport analyse(String example, String outsideCalls) {
    Path vcf = SharedReference.path(EXAMPLES + example + ".vcf");
    List<OutsideCall> outside =
        outsideCalls == null
            ? List.of()
            : OutsideCall.read(SharedReference.path(EXAMPLES + outsideCalls));
    VcfGenotypes genotypes = new VcfGenotypeReader(analyser.positions()).read(vcf, s -> true);
    return analyser.analyse(
        genotypes.samples().get(0), outside, vcf.toString(), genotypes.warnings());
  }

  /** A diplotype name with its two haplotypes in a fixed order, to compare names order-free. */
  private static String unordered(String diplotype) {
    String[] parts = diplotype.split("/");
    if (parts.length == 2 && parts[0].compareTo(parts[1]) > 0) {
      return parts[1] + "/" + parts[0];
    }
    return diplotype;
  }

  private static String population(String source, JsonNode annotation) {
    return source.equals("CPIC") ? annotation.path("population").asString(null) : null;
  }

  private static String key(String source, String drug, String population) {
    return source + "|" + drug + "|" + population;
  }

  private static JsonNode json(String relative) {
    return JsonMapper.builder().build().readTree(SharedReference.path(relative).toFile());
  }

  private static Map<String, String> recommendationExceptions() {
    Map<String, String> reasons = new HashMap<>();
    String g6pd = "no G6PD phenotype table in the shared data, so no G6PD lookup key";
    for (String drug :
        List.of(
            "dapsone",
            "methylene blue",
            "nitrofurantoin",
            "pegloticase",
            "primaquine",
            "rasburicase",
            "tafenoquine",
            "toluidine blue")) {
      reasons.put("CPIC|" + drug, g6pd);
    }
    String ryr1 =
        "no RYR1 phenotype table in the shared data; the CACNA1S/RYR1 recommendation needs both";
    for (String drug :
        List.of(
            "desflurane",
            "enflurane",
            "halothane",
            "isoflurane",
            "methoxyflurane",
            "sevoflurane",
            "succinylcholine")) {
      reasons.put("CPIC|" + drug, ryr1);
    }
    String newer = "guideline annotation newer than the bundled 2024-03 guideline files";
    reasons.put("CPIC|hydralazine", newer);
    reasons.put("CPIC|metoprolol", newer);
    reasons.put("DPWG|atazanavir", newer);
    reasons.put("DPWG|mavacamten", newer);
    reasons.put("DPWG|rosuvastatin", newer);
    reasons.put(
        "CPIC|warfarin",
        "the CPIC warfarin guideline is a dosing algorithm with no phenotype-keyed"
            + " recommendation; the reference tool lists it without one, we list only"
            + " recommendations that apply");
    return Map.copyOf(reasons);
  }
}
