package org.gms.server.research.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gms.genomics.phenotype.HpoOntology;
import org.gms.genomics.phenotype.HpoTermId;
import org.gms.server.ordering.OrderCases;
import org.gms.server.record.NhsNumber;
import org.gms.server.research.ResearchIndividual;

/**
 * The research participants as read at one orders version, numbered 0, 1, 2, ... in research id
 * order (so set bits come out in the order answers list individuals), with a bitset per HPO term of
 * the individuals who have it or a term below it, and one per sex. Only terms that occur and their
 * ancestors have a bitset. Immutable: a change is a new one. Consent is not in it: a query ANDs the
 * consented bits of that moment, so a withdrawal needs no rebuild.
 *
 * @param version the orders version the phenotypes were read at (read before them)
 * @param asked the participants it was read for; anyone else needs a new one
 * @param individuals by number
 */
record IndexedCohort(
    OrderCases.PhenotypesVersion version,
    Set<NhsNumber> asked,
    List<ResearchIndividual> individuals,
    Map<NhsNumber, Integer> numbers,
    Map<HpoTermId, BitSet> terms,
    Map<String, BitSet> sexes) {

  private static final BitSet NONE = new BitSet();

  IndexedCohort {
    if (version == null || individuals.size() != numbers.size()) {
      throw new IllegalArgumentException("An indexed cohort needs a version and numbered people");
    }
    asked = Set.copyOf(asked);
    individuals = List.copyOf(individuals);
    numbers = Map.copyOf(numbers);
    terms = Map.copyOf(terms);
    sexes = Map.copyOf(sexes);
  }

  static IndexedCohort of(
      OrderCases.PhenotypesVersion version,
      Set<NhsNumber> asked,
      List<JdbcResearchView.Participant> participants,
      HpoOntology hpo) {
    List<JdbcResearchView.Participant> sorted = new ArrayList<>(participants);
    sorted.sort(Comparator.comparing(p -> p.individual().id()));
    List<ResearchIndividual> individuals = new ArrayList<>(sorted.size());
    Map<NhsNumber, Integer> numbers = new HashMap<>();
    Map<HpoTermId, BitSet> terms = new HashMap<>();
    Map<String, BitSet> sexes = new HashMap<>();
    TermClosure closure = new TermClosure(hpo);
    for (JdbcResearchView.Participant participant : sorted) {
      int number = individuals.size();
      ResearchIndividual individual = participant.individual();
      individuals.add(individual);
      numbers.put(participant.nhsNumber(), number);
      sexes.computeIfAbsent(SexTerms.of(individual.sex()), s -> new BitSet()).set(number);
      for (String phenotype : individual.phenotypes()) {
        for (HpoTermId term : closure.of(phenotype)) {
          terms.computeIfAbsent(term, t -> new BitSet()).set(number);
        }
      }
    }
    return new IndexedCohort(version, asked, individuals, numbers, terms, sexes);
  }

  /** The consented patients' numbers (patients not in the cohort are not registered). */
  BitSet numbersOf(Set<NhsNumber> patients) {
    BitSet bits = new BitSet(individuals.size());
    for (NhsNumber patient : patients) {
      Integer number = numbers.get(patient);
      if (number != null) {
        bits.set(number);
      }
    }
    return bits;
  }

  /** The consented individuals with the filter's sex and every one of its terms (or below). */
  List<ResearchIndividual> matching(IndividualFilter filter, BitSet consented) {
    return individuals(matchingNumbers(filter, consented));
  }

  /** The numbers of the consented individuals the filter matches. */
  BitSet matchingNumbers(IndividualFilter filter, BitSet consented) {
    BitSet matching = (BitSet) consented.clone();
    if (filter.sex() != null) {
      matching.and(sexes.getOrDefault(filter.sex(), NONE));
    }
    for (HpoTermId term : filter.terms()) {
      matching.and(terms.getOrDefault(term, NONE));
    }
    return matching;
  }

  /** The patients of the set numbers (a sub-cohort, for the genotype store). */
  Set<NhsNumber> patients(BitSet set) {
    Set<NhsNumber> patients = new java.util.HashSet<>();
    for (Map.Entry<NhsNumber, Integer> entry : numbers.entrySet()) {
      if (set.get(entry.getValue())) {
        patients.add(entry.getKey());
      }
    }
    return patients;
  }

  /** The individuals of the set numbers, in research id order. */
  List<ResearchIndividual> individuals(BitSet numbers) {
    List<ResearchIndividual> found = new ArrayList<>(numbers.cardinality());
    for (int i = numbers.nextSetBit(0); i >= 0; i = numbers.nextSetBit(i + 1)) {
      found.add(individuals.get(i));
    }
    return found;
  }

  /** The heap the bitsets take (their words), for the log: the records are the bulk read's. */
  long bitsetBytes() {
    long bytes = 0;
    for (BitSet bits : terms.values()) {
      bytes += bits.size() / 8;
    }
    for (BitSet bits : sexes.values()) {
      bytes += bits.size() / 8;
    }
    return bytes;
  }
}
