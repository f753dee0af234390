package org.gms.genomics.phenotype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gms.genomics.SharedReference;
import org.gms.genomics.phenotype.phenopacket.Phenopacket;
import org.gms.genomics.phenotype.phenopacket.PhenopacketReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Gene ranking on the bundled HPO 2026-02-16 annotations, checked against published diagnoses: the
 * Exomiser Pfeiffer syndrome example (FGFR2) and cases of the phenopacket-store.
 */
class LikelihoodRatio2026PrioritiserTest {

  /** The HPO terms published with the Exomiser Pfeiffer example (shared vcf/exomiser-pfeiffer). */
  private static final List<String> PFEIFFER =
      List.of("HP:0001156", "HP:0001363", "HP:0011304", "HP:0010055");

  private static PhenotypeKnowledge knowledge;
  private static GenePrioritiser prioritiser;

  @BeforeAll
  static void bundledKnowledge() {
    knowledge = PhenotypeKnowledge.bundled();
    prioritiser = GenePrioritiser.likelihoodRatio(knowledge);
  }

  private static Ranking rank(List<String> observed, List<String> excluded) {
    return prioritiser.rank(
        PatientPhenotype.resolve(
                knowledge.ontology(), observed, excluded, PatientPhenotype.UnresolvedIds.REJECT)
            .phenotype());
  }

  @Test
  void theBundledAnnotationsCoverTheAnnotatedGenes() {
    assertThat(knowledge.genes()).hasSizeGreaterThan(5_000);
    assertThat(knowledge.gene("FGFR2")).isPresent();
    assertThat(knowledge.geneByNcbiId(2263)).isEqualTo(knowledge.gene("FGFR2"));
    assertThat(prioritiser.algorithm()).isEqualTo("likelihood-ratio-2026");
  }

  @Test
  void ranksFgfr2AmongTheCraniosynostosisGenesForThePfeifferExample() {
    Ranking ranking = rank(PFEIFFER, List.of());

    Gene fgfr2 = knowledge.gene("FGFR2").orElseThrow();
    assertThat(ranking.rankOf(fgfr2).orElseThrow()).isLessThanOrEqualTo(5);
    assertThat(ranking.top(5))
        .extracting(m -> m.gene().symbol())
        .containsAnyOf("FGFR2", "FGFR1", "FGFR3", "TWIST1");
    assertThat(ranking.size()).isEqualTo(knowledge.genes().size());
  }

  @Test
  void explainsWhichPatientTermMatchedWhichDiseaseTerm() {
    Ranking ranking = rank(PFEIFFER, List.of());
    GeneMatch fgfr2 = ranking.find(knowledge.gene("FGFR2").orElseThrow()).orElseThrow();

    DiseaseMatch pfeiffer =
        fgfr2.diseases().stream()
            .filter(d -> d.disease().value().equals("OMIM:101600"))
            .findFirst()
            .orElseThrow();
    assertThat(pfeiffer.terms()).hasSize(4);
    TermMatch broadThumb =
        pfeiffer.terms().stream()
            .filter(t -> t.patientTerm().equals(HpoTermId.parse("HP:0011304")))
            .findFirst()
            .orElseThrow();
    assertThat(broadThumb.kind()).isEqualTo(MatchKind.EXACT);
    assertThat(broadThumb.diseaseTerm()).isEqualTo(HpoTermId.parse("HP:0011304"));
    assertThat(broadThumb.patientTermName()).isEqualTo("Broad thumb");
    assertThat(broadThumb.score()).isPositive();
    assertThat(pfeiffer.score())
        .isCloseTo(
            pfeiffer.terms().stream().mapToDouble(TermMatch::score).sum()
                + pfeiffer.unreportedFeatures(),
            org.assertj.core.data.Offset.offset(1e-9));
    assertThat(fgfr2.score()).isGreaterThanOrEqualTo(fgfr2.diseases().get(0).score());
    assertThat(fgfr2.posterior()).isBetween(0.0, 1.0);
  }

  @Test
  void aTermNoAnnotationExplainsCountsAgainstTheDisease() {
    Ranking ranking = rank(List.of("HP:0011304", "HP:0000750"), List.of());
    GeneMatch fgfr2 = ranking.find(knowledge.gene("FGFR2").orElseThrow()).orElseThrow();

    TermMatch unexplained =
        fgfr2.diseases().stream()
            .flatMap(d -> d.terms().stream())
            .filter(t -> t.kind() == MatchKind.NOT_EXPLAINED)
            .findFirst()
            .orElseThrow();
    assertThat(unexplained.score()).isNegative();
    assertThat(unexplained.diseaseTerm()).isNull();
  }

  @Test
  void unresolvedTermsAreRefusedBeforeRanking() {
    assertThatThrownBy(
            () ->
                prioritiser.rank(
                    new PatientPhenotype(List.of(HpoTermId.parse("HP:0000006")), List.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("resolve the phenotype first");
  }

  /**
   * Published cases (phenopacket-store) whose diagnosis is the external truth: the causative gene
   * must be among the ten best from the HPO terms alone. The current annotations were partly
   * curated from these publications, so this guards against regressions, not for accuracy.
   */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          FBN1/PMID_10756346_Patient_B13.json                | FBN1
          JAG1/PMID_30046498_proband.json                    | JAG1
          TCOF1/PMID_15214011_5_year_old_girl.json           | TCOF1
          COL2A1/PMID_28841907_boy.json                      | COL2A1
          NF1/PMID_17160901_family_A_individual_1.json       | NF1
          MECP2/PMID_21300488_girl_II_4.json                 | MECP2
          """)
  void ranksThePublishedCausativeGeneInTheTopTen(String file, String gene) {
    Phenopacket published =
        PhenopacketReader.read(SharedReference.path("phenopackets/cohorts/" + file));
    Ranking ranking = rank(published.observed(), published.excluded());

    assertThat(published.causativeGene()).contains(gene);
    assertThat(ranking.rankOf(knowledge.gene(gene).orElseThrow()).orElseThrow())
        .isLessThanOrEqualTo(10);
  }
}
