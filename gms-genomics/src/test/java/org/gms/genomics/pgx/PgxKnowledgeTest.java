package org.gms.genomics.pgx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.gms.genomics.SharedReference;
import org.gms.genomics.pgx.definition.DefinedPosition;
import org.gms.genomics.pgx.definition.GeneDefinition;
import org.gms.genomics.pgx.phenotype.GuidelineSource;
import org.gms.genomics.pgx.phenotype.PhenotypeTable;
import org.gms.genomics.pgx.recommendation.Guideline;
import org.junit.jupiter.api.Test;

/** The bundled knowledge: real definitions, tables and guidelines, parsed as published. */
class PgxKnowledgeTest {

  private final PgxKnowledge knowledge = PgxKnowledge.bundled();

  @Test
  void hasTheTwentyGenesWithAlleleDefinitions() {
    assertThat(knowledge.definitions().keySet())
        .containsExactly(
            "ABCG2", "CACNA1S", "CFTR", "CYP2B6", "CYP2C19", "CYP2C9", "CYP2D6", "CYP3A4", "CYP3A5",
            "CYP4F2", "DPYD", "G6PD", "IFNL3", "NAT2", "NUDT15", "RYR1", "SLCO1B1", "TPMT",
            "UGT1A1", "VKORC1");
  }

  @Test
  void readsPositionsAndAllelesInVcfSpelling() {
    GeneDefinition cyp2c19 = knowledge.definitions().get("CYP2C19");
    assertThat(cyp2c19.positions()).hasSize(35);
    assertThat(cyp2c19.referenceAllele().name()).isEqualTo("*38");
    assertThat(cyp2c19.positions().get(0))
        .isEqualTo(
            new DefinedPosition(
                "chr10", 94761900, "rs12248560", "g.94761900C>T", "C", List.of("T")));
    GeneDefinition cyp2c9 = knowledge.definitions().get("CYP2C9");
    DefinedPosition deletion =
        cyp2c9.positions().stream().filter(p -> p.position() == 94949281).findFirst().orElseThrow();
    assertThat(deletion.ref()).isEqualTo("GA");
    assertThat(deletion.alts()).containsExactly("G");
  }

  @Test
  void appliesTheExemptions() {
    GeneDefinition g6pd = knowledge.definitions().get("G6PD");
    assertThat(g6pd.positions()).extracting(DefinedPosition::position).doesNotContain(154532439L);
    assertThat(g6pd.alleles()).noneMatch(a -> a.name().equals("Mediterranean Haplotype"));
    assertThat(knowledge.definitions().get("NAT2").exemption().requiredPositions())
        .contains(18400194L, 18400344L);
    assertThat(knowledge.definitions().get("NAT2").exemption().unphasedPriorities()).isNotEmpty();
    assertThat(knowledge.definitions().get("SLCO1B1").reportedName("*45.001")).isEqualTo("*45");
  }

  @Test
  void readsFunctionAndPhenotypeTables() {
    PhenotypeTable cyp2c19 = knowledge.phenotypes(GuidelineSource.CPIC, "CYP2C19").orElseThrow();
    assertThat(cyp2c19.diplotype(List.of("*1", "*2")).orElseThrow().phenotype())
        .isEqualTo("Intermediate Metabolizer");
    assertThat(cyp2c19.allele("*17").orElseThrow().function()).isEqualTo("Increased function");
    PhenotypeTable cyp2d6 = knowledge.phenotypes(GuidelineSource.CPIC, "CYP2D6").orElseThrow();
    assertThat(cyp2d6.diplotype(List.of("*1", "*4")).orElseThrow().activityScore())
        .isEqualTo("1.0");
    PhenotypeTable dpyd = knowledge.phenotypes(GuidelineSource.DPWG, "DPYD").orElseThrow();
    assertThat(dpyd.diplotype(List.of("Reference", "Reference")).orElseThrow().lookupKey())
        .isEqualTo("2.0 (Normal Metabolizer)");
    assertThat(knowledge.phenotypes(GuidelineSource.CPIC, "G6PD")).isEmpty();
  }

  @Test
  void readsAllCpicAndDpwgGuidelines() {
    assertThat(knowledge.guidelines()).hasSize(118);
    Guideline clopidogrel =
        knowledge.guidelines().stream()
            .filter(g -> g.source() == GuidelineSource.CPIC && g.drugs().contains("clopidogrel"))
            .findFirst()
            .orElseThrow();
    assertThat(clopidogrel.genes()).containsExactly("CYP2C19");
    assertThat(clopidogrel.recommendations())
        .anySatisfy(
            r -> {
              assertThat(r.phenotypeKeys()).containsEntry("CYP2C19", "Poor Metabolizer");
              assertThat(r.strength()).isEqualTo("Strong");
              assertThat(r.text()).startsWith("Avoid clopidogrel if possible.");
            });
    assertThat(knowledge.genes()).contains("HLA-A", "HLA-B", "MT-RNR1");
  }

  @Test
  void bundledFilesAreExactCopiesOfTheSharedReferenceData() throws IOException {
    Path shared = SharedReference.path("pharmacogenomics");
    List<String[]> pairs =
        Stream.of(
                new String[] {
                  "allele-definitions/CYP2C19_translation.json",
                  "definitions/CYP2C19_translation.json.gz"
                },
                new String[] {
                  "allele-definitions/exemptions.json", "definitions/exemptions.json.gz"
                },
                new String[] {"phenotypes/DPYD.json", "phenotypes/cpic/DPYD.json.gz"},
                new String[] {"phenotypes-2024/cpic/CYP2D6.json", "phenotypes/cpic/CYP2D6.json.gz"},
                new String[] {"phenotypes-2024/dpwg/TPMT.json", "phenotypes/dpwg/TPMT.json.gz"},
                new String[] {
                  "guidelines-2024/CPIC_clopidogrel_and_CYP2C19.json",
                  "guidelines/CPIC_clopidogrel_and_CYP2C19.json.gz"
                })
            .toList();
    for (String[] pair : pairs) {
      try (InputStream bundled =
          new GZIPInputStream(
              PgxKnowledge.class.getResourceAsStream("/org/gms/genomics/pgx/" + pair[1]))) {
        assertThat(bundled.readAllBytes())
            .as(pair[1])
            .isEqualTo(Files.readAllBytes(shared.resolve(pair[0])));
      }
    }
  }
}
