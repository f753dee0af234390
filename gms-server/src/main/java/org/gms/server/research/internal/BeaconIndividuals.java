package org.gms.server.research.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.gms.genomics.phenotype.HpoOntology;
import org.gms.genomics.phenotype.HpoTermId;
import org.gms.genomics.phenotype.PhenotypeKnowledge;
import org.gms.server.audit.AuditLog;
import org.gms.server.consent.Consents;
import org.gms.server.research.ResearchIndividual;
import org.gms.server.research.ResearchView;
import org.springframework.stereotype.Component;

/**
 * Answers individuals queries and lists the filtering terms from the phenotype index, over the
 * patients whose current research decision is GIVEN (read at each query), by research id only; a
 * term fewer than {@value ResearchView#SMALLEST_COUNT} of them have is not listed, as its count
 * would tell about them.
 */
@Component
class BeaconIndividuals {

  private final Consents consents;
  private final PhenotypeIndex index;
  private final AuditLog audit;

  BeaconIndividuals(Consents consents, PhenotypeIndex index, AuditLog audit) {
    this.consents = consents;
    this.index = index;
    this.audit = audit;
  }

  /** The individuals answer: consented individuals with every HPO term and the sex filtered. */
  Map<String, Object> answer(List<String> filters, Granularity granularity, int skip, int limit) {
    HpoOntology hpo = PhenotypeKnowledge.bundled().ontology();
    IndividualFilter filter = IndividualFilter.parse(filters);
    PhenotypeIndex.Consented consented = index.consented(consents.researchParticipants());
    List<ResearchIndividual> matching = consented.cohort().matching(filter, consented.numbers());
    Answer answer = Answer.of(granularity, matching.size());
    audit.record(
        "query",
        "beacon",
        "individuals",
        filters
            + " "
            + answer.granularity().id()
            + ": "
            + answer.audited(matching.size())
            + " individuals");
    List<Object> results = BeaconEnvelope.page(answer, matching, skip, limit, i -> record(i, hpo));
    return BeaconEnvelope.response(
        new BeaconEnvelope.Found(
            BeaconEnvelope.INDIVIDUAL,
            Map.of(),
            filters.stream().map(f -> (Object) f.strip()).toList(),
            answer,
            matching.size(),
            results,
            skip,
            limit,
            Map.of()));
  }

  private static Map<String, Object> record(ResearchIndividual individual, HpoOntology hpo) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("id", individual.id());
    String sex = SexTerms.of(individual.sex());
    record.put("sex", Map.of("id", sex, "label", SexTerms.label(sex)));
    List<Object> features = new ArrayList<>();
    for (String term : individual.phenotypes()) {
      features.add(Map.of("featureType", Map.of("id", term, "label", label(hpo, term))));
    }
    record.put("phenotypicFeatures", features);
    return record;
  }

  /** The HPO terms at least the smallest count of consented individuals have, and the sexes. */
  List<Map<String, Object>> filteringTerms() {
    HpoOntology hpo = PhenotypeKnowledge.bundled().ontology();
    Map<String, Integer> counts = new TreeMap<>();
    PhenotypeIndex.Consented consented = index.consented(consents.researchParticipants());
    for (ResearchIndividual individual : consented.cohort().individuals(consented.numbers())) {
      for (String term : Set.copyOf(individual.phenotypes())) {
        counts.merge(term, 1, Integer::sum);
      }
    }
    List<Map<String, Object>> terms = new ArrayList<>();
    for (String sex : SexTerms.ALL) {
      terms.add(filteringTerm(sex, SexTerms.label(sex)));
    }
    counts.forEach(
        (term, count) -> {
          if (count >= ResearchView.SMALLEST_COUNT) {
            terms.add(filteringTerm(term, label(hpo, term)));
          }
        });
    audit.record("query", "beacon", "filtering_terms", terms.size() + " terms");
    return terms;
  }

  private static Map<String, Object> filteringTerm(String id, String label) {
    return Map.of(
        "type", "ontologyTerm", "id", id, "label", label, "scopes", List.of("individual"));
  }

  /** The term's HPO name; a term not in the bundled HPO, or not HPO at all, as written. */
  private static String label(HpoOntology hpo, String term) {
    try {
      HpoTermId id = HpoTermId.parse(term);
      return hpo.contains(id) ? hpo.name(id) : term;
    } catch (IllegalArgumentException e) {
      return term;
    }
  }
}
