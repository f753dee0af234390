package org.gms.server.research.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.gms.genomics.phenotype.HpoOntology;
import org.gms.genomics.phenotype.HpoTermId;
import org.gms.genomics.phenotype.PhenotypeKnowledge;
import org.gms.server.ordering.OrderCases;
import org.gms.server.record.NhsNumber;
import org.gms.server.research.ResearchIndividual;
import org.junit.jupiter.api.Test;

/**
 * The index answers exactly as comparing each consented individual's phenotypes with the filter
 * through the ontology at query time did (the way before it): the same individuals, in the same
 * order, for terms, their ancestors, terms no one has, ids the ontology does not hold as current,
 * phenotypes that are not HPO ids, and sexes.
 */
class IndexedCohortTest {

  private static final List<String> PHENOTYPES =
      List.of(
          "HP:0001263",
          "HP:0001250",
          "HP:0001249",
          "HP:0000252",
          "HP:0001631",
          "HP:0001629",
          "HP:0000717",
          "HP:0004322",
          "HP:0000365",
          "HP:0000505",
          "HP:0003002",
          "HP:0001644",
          "HP:0000486",
          "HP:0002664",
          "HP:0001627",
          "HP:0004715",
          "HP:9999999",
          "ORPHA:558");

  private static final List<String> FILTERS =
      List.of(
          "HP:0001263",
          "HP:0001631",
          "HP:0001627",
          "HP:0012759",
          "HP:0000707",
          "HP:0002664",
          "HP:0000478",
          "HP:0000118",
          "HP:0000001",
          "HP:0004715",
          "HP:9999999",
          "HP:0000505",
          "HP:0001250",
          "HP:0010000");

  @Test
  void answersAsComparingEachIndividualAtQueryTimeDid() {
    HpoOntology hpo = PhenotypeKnowledge.bundled().ontology();
    Random random = new Random(7);
    List<JdbcResearchView.Participant> participants = new ArrayList<>();
    Set<NhsNumber> consenting = new HashSet<>();
    for (int i = 0; i < 2_000; i++) {
      NhsNumber nhs = NhsNumber.firstValidFrom(900_000_000L + i * 3L);
      List<String> phenotypes = new ArrayList<>();
      for (int t = random.nextInt(5); t > 0; t--) {
        String term = PHENOTYPES.get(random.nextInt(PHENOTYPES.size()));
        if (!phenotypes.contains(term)) {
          phenotypes.add(term);
        }
      }
      String sex = List.of("FEMALE", "MALE", "OTHER", "UNKNOWN").get(random.nextInt(4));
      String id = "R%024x".formatted(random.nextLong() & Long.MAX_VALUE);
      participants.add(
          new JdbcResearchView.Participant(
              nhs, new ResearchIndividual(id, 1950 + i % 60, sex, phenotypes)));
      if (random.nextInt(10) < 9) {
        consenting.add(nhs);
      }
    }
    Set<NhsNumber> asked = new HashSet<>();
    participants.forEach(p -> asked.add(p.nhsNumber()));
    IndexedCohort cohort =
        IndexedCohort.of(new OrderCases.PhenotypesVersion(1, 1), asked, participants, hpo);
    BitSet consented = cohort.numbersOf(consenting);
    List<ResearchIndividual> sorted =
        participants.stream()
            .filter(p -> consenting.contains(p.nhsNumber()))
            .map(JdbcResearchView.Participant::individual)
            .sorted(java.util.Comparator.comparing(ResearchIndividual::id))
            .toList();
    List<List<String>> queries = new ArrayList<>();
    for (String term : FILTERS) {
      queries.add(List.of(term));
      queries.add(List.of(term, SexTerms.FEMALE));
      queries.add(List.of(term, FILTERS.get(random.nextInt(FILTERS.size()))));
    }
    queries.add(List.of());
    SexTerms.ALL.forEach(sex -> queries.add(List.of(sex)));
    for (List<String> query : queries) {
      IndividualFilter filter = IndividualFilter.parse(query);
      List<ResearchIndividual> expected =
          sorted.stream().filter(i -> matchesAtQueryTime(filter, i, hpo)).toList();
      assertThat(cohort.matching(filter, consented)).as(query.toString()).isEqualTo(expected);
    }
    assertThat(cohort.individuals(consented)).isEqualTo(sorted);
  }

  /** The comparison individuals queries made before the index. */
  private static boolean matchesAtQueryTime(
      IndividualFilter filter, ResearchIndividual individual, HpoOntology hpo) {
    if (filter.sex() != null && !filter.sex().equals(SexTerms.of(individual.sex()))) {
      return false;
    }
    for (HpoTermId term : filter.terms()) {
      boolean any = false;
      for (String phenotype : individual.phenotypes()) {
        try {
          HpoTermId id = HpoTermId.parse(phenotype);
          any |= id.equals(term) || (hpo.contains(id) && hpo.isSubsumedBy(id, term));
        } catch (IllegalArgumentException e) {
          // not comparable
        }
      }
      if (!any) {
        return false;
      }
    }
    return true;
  }
}
