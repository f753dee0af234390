package org.gms.genomics.pgx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.gms.genomics.SharedReference;
import org.gms.genomics.pgx.definition.AlleleDefinitionReader;
import org.gms.genomics.pgx.definition.DefinedPosition;
import org.gms.genomics.pgx.definition.GeneDefinition;
import org.gms.genomics.pgx.definition.GeneExemption;
import org.gms.genomics.pgx.phenotype.GuidelineSource;
import org.gms.genomics.pgx.phenotype.PhenotypeTable;
import org.gms.genomics.pgx.phenotype.PhenotypeTableReader;
import org.gms.genomics.pgx.recommendation.Guideline;
import org.gms.genomics.pgx.recommendation.GuidelineReader;
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
              assertThat(r.plainText()).startsWith("Avoid clopidogrel if possible.");
            });
    assertThat(knowledge.genes()).contains("HLA-A", "HLA-B", "MT-RNR1");
  }

  /**
   * The bundled files are compact copies of the shared data (fields the readers do not read are
   * left out, to start faster): every definition, phenotype table and guideline must read exactly
   * as its shared original does.
   */
  @Test
  void bundledCompactFilesReadAsTheSharedOriginals() throws IOException {
    Path shared = SharedReference.path("pharmacogenomics");
    Map<String, GeneExemption> exemptions =
        AlleleDefinitionReader.readExemptions(
            Files.newInputStream(shared.resolve("allele-definitions/exemptions.json")), "x");
    for (GeneDefinition bundled : knowledge.definitions().values()) {
      String file = "allele-definitions/" + bundled.gene() + "_translation.json";
      GeneDefinition original =
          AlleleDefinitionReader.readGene(
              Files.newInputStream(shared.resolve(file)), file, exemptions.get(bundled.gene()));
      assertThat(bundled).as(file).isEqualTo(original);
    }
    int tables = 0;
    for (GuidelineSource source : GuidelineSource.values()) {
      for (String gene : knowledge.genes()) {
        Optional<PhenotypeTable> bundled = knowledge.phenotypes(source, gene);
        if (bundled.isEmpty()) {
          continue;
        }
        String name = gene.replace('-', '_') + ".json";
        Path file =
            source == GuidelineSource.DPWG || gene.equals("CYP2D6")
                ? shared.resolve("phenotypes-2024/" + source.name().toLowerCase() + "/" + name)
                : shared.resolve("phenotypes/" + name);
        PhenotypeTable original =
            PhenotypeTableReader.read(Files.newInputStream(file), file.toString(), source);
        assertThat(bundled.get().version()).as(file.toString()).isEqualTo(original.version());
        assertThat(bundled.get().contents()).as(file.toString()).isEqualTo(original.contents());
        tables++;
      }
    }
    assertThat(tables).isGreaterThan(25);
    List<Guideline> originals = new ArrayList<>();
    try (Stream<Path> files = Files.list(shared.resolve("guidelines-2024"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        originals.add(GuidelineReader.read(Files.newInputStream(file), file.toString()));
      }
    }
    assertThat(knowledge.guidelines()).containsExactlyInAnyOrderElementsOf(originals);
  }
}
