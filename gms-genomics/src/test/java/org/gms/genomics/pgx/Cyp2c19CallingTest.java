package org.gms.genomics.pgx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gms.genomics.pgx.definition.DefinedPosition;
import org.gms.genomics.pgx.genotype.SampleGenotypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CYP2C19 end to end on the real definitions and CPIC tables. GRCh38 carries *38; *1 differs from
 * it at rs3758581 (94842866 A>G); *2 adds rs12769205 (94775367 A>G) and rs4244285 (94781859 G>A);
 * *17 adds rs12248560 (94761900 C>T). Phenotypes are CPIC's published translations.
 */
class Cyp2c19CallingTest {

  private static PgxAnalyser analyser;

  @BeforeAll
  static void load() {
    analyser = PgxAnalyser.bundled();
  }

  static Stream<Arguments> genotypes() {
    return Stream.of(
        row(Map.of(), "*38/*38", "Normal Metabolizer"),
        row(Map.of(94842866L, "A/G"), "*1/*38", "Normal Metabolizer"),
        row(Map.of(94842866L, "G/G"), "*1/*1", "Normal Metabolizer"),
        row(
            Map.of(94842866L, "G/G", 94775367L, "A/G", 94781859L, "G/A"),
            "*1/*2",
            "Intermediate Metabolizer"),
        row(
            Map.of(94842866L, "G/G", 94775367L, "G/G", 94781859L, "A/A"),
            "*2/*2",
            "Poor Metabolizer"),
        row(Map.of(94842866L, "G/G", 94761900L, "C/T"), "*1/*17", "Rapid Metabolizer"),
        row(Map.of(94842866L, "A/G", 94761900L, "C/T"), "*17/*38", "Rapid Metabolizer"),
        row(Map.of(94842866L, "G/G", 94761900L, "T/T"), "*17/*17", "Ultrarapid Metabolizer"),
        row(
            Map.of(94842866L, "G/G", 94761900L, "C/T", 94775367L, "A/G", 94781859L, "G/A"),
            "*2/*17",
            "Intermediate Metabolizer"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("genotypes")
  void callsAndTranslates(Map<Long, String> variants, String diplotype, String phenotype) {
    PgxReport report = analyser.analyse(sample(variants), List.of(), null, List.of());

    GeneReport cyp2c19 = report.gene("CYP2C19").orElseThrow();
    assertThat(cyp2c19.call().diplotypeNames()).containsExactly(diplotype);
    assertThat(cyp2c19.phenotype()).contains(phenotype);
    assertThat(report.recommendations())
        .filteredOn(r -> r.drug().equals("clopidogrel") && r.source().name().equals("CPIC"))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.lookupKeys().get("CYP2C19")).containsExactly(phenotype));
  }

  /** Every CYP2C19 position called as reference except the given ones. */
  private static SampleGenotypes sample(Map<Long, String> variants) {
    SampleGenotypes.Builder sample = SampleGenotypes.builder("S");
    Map<Long, String> calls = new HashMap<>(variants);
    for (DefinedPosition p : analyser.knowledge().definitions().get("CYP2C19").positions()) {
      sample.call(
          p.chromosome(), p.position(), calls.getOrDefault(p.position(), p.ref() + "/" + p.ref()));
    }
    return sample.build();
  }

  private static Arguments row(Map<Long, String> variants, String diplotype, String phenotype) {
    return Arguments.of(variants, diplotype, phenotype);
  }
}
