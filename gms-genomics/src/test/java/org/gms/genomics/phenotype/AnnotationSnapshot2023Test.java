package org.gms.genomics.phenotype;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.gms.genomics.SharedReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 2023-01-27 annotation snapshot (legacy nine-column genes_to_phenotype and phenotype.hpoa) on
 * the 2026 ontology: its retired ids are mapped, its disease names and NOT annotations are used.
 */
class AnnotationSnapshot2023Test {

  private static PhenotypeKnowledge snapshot;

  @BeforeAll
  static void loadTheSnapshot() {
    Path hpo = SharedReference.path("hpo");
    snapshot =
        PhenotypeKnowledge.builder()
            .genesToPhenotype(hpo.resolve("genes_to_phenotype.2023-01-27.txt.gz"))
            .hpoa(hpo.resolve("phenotype.2023-01-27.hpoa.gz"))
            .load();
  }

  @Test
  void readsBothLegacyFilesMappingRetiredIds() {
    assertThat(snapshot.provenance()).hasSize(3);
    assertThat(snapshot.provenance().get(1))
        .contains("268,983 rows")
        .contains("2,122 obsolete/alt ids mapped");
    assertThat(snapshot.provenance().get(2)).contains("dated 2023-01-27");
    assertThat(snapshot.diseaseName(new DiseaseId("OMIM:101600"))).contains("Pfeiffer syndrome");
    assertThat(snapshot.gene("FGFR2")).isPresent();
  }

  /** OMIM:617816 (GPI biosynthesis defect 16, PIGC) is annotated NOT HP:0003155. */
  @Test
  void aNotAnnotationContradictsAnObservedTermAndConfirmsAnExcludedOne() {
    GenePrioritiser prioritiser = GenePrioritiser.likelihoodRatio(snapshot);
    HpoTermId phosphatase = HpoTermId.parse("HP:0003155");
    HpoTermId seizure = HpoTermId.parse("HP:0001250");
    Gene pigc = snapshot.gene("PIGC").orElseThrow();

    TermMatch observed =
        termOf(
            prioritiser.rank(new PatientPhenotype(List.of(seizure, phosphatase), List.of())),
            pigc,
            phosphatase);
    TermMatch excluded =
        termOf(
            prioritiser.rank(new PatientPhenotype(List.of(seizure), List.of(phosphatase))),
            pigc,
            phosphatase);

    assertThat(observed.kind()).isEqualTo(MatchKind.CONTRADICTED);
    assertThat(observed.score()).isNegative();
    assertThat(excluded.kind()).isEqualTo(MatchKind.EXCLUDED_AS_EXPECTED);
    assertThat(excluded.diseaseTerm()).isEqualTo(phosphatase);
  }

  private static TermMatch termOf(Ranking ranking, Gene gene, HpoTermId term) {
    DiseaseMatch disease =
        ranking.find(gene).orElseThrow().diseases().stream()
            .filter(d -> d.disease().value().equals("OMIM:617816"))
            .findFirst()
            .orElseThrow();
    return disease.terms().stream()
        .filter(t -> t.patientTerm().equals(term))
        .findFirst()
        .orElseThrow();
  }
}
