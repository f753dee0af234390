package org.gms.genomics.phenotype;

import java.util.List;

/**
 * A patient's terms as the likelihood-ratio model matches them: observed terms reduced to the most
 * specific ones (an ancestor adds nothing its descendant does not say), excluded terms to the most
 * general ones, and an excluded term that is an ancestor of an observed one dropped as
 * contradictory. Both as dense term indexes.
 */
record PatientTerms(int[] observed, int[] excluded) {

  /**
   * @throws IllegalArgumentException if a term is not a current phenotypic abnormality term (the
   *     patient must be resolved first)
   */
  static PatientTerms of(HpoOntology ontology, PatientPhenotype patient) {
    int[] observed = mostSpecific(ontology, indexes(ontology, patient.observed()));
    int[] excluded =
        mostGeneral(
            ontology,
            withoutAncestorsOf(ontology, indexes(ontology, patient.excluded()), observed));
    return new PatientTerms(observed, excluded);
  }

  private static int[] indexes(HpoOntology ontology, List<HpoTermId> ids) {
    IntList result = new IntList();
    for (HpoTermId id : ids) {
      int index = ontology.index(id);
      if (index < 0 || !ontology.isPhenotypeTerm(index)) {
        throw new IllegalArgumentException(
            id + " is not a current phenotypic abnormality term; resolve the phenotype first");
      }
      result.add(index);
    }
    return result.toArray();
  }

  /** Drops every term that is an ancestor of another one in the set. */
  private static int[] mostSpecific(HpoOntology ontology, int[] terms) {
    return without(terms, (term, other) -> ontology.isAncestor(term, other));
  }

  /** Drops every term that lies below another one in the set. */
  private static int[] mostGeneral(HpoOntology ontology, int[] terms) {
    return without(terms, (term, other) -> ontology.isAncestor(other, term));
  }

  /** The distinct terms, in order, that no other term of the set makes redundant. */
  private static int[] without(int[] terms, Redundant redundant) {
    IntList kept = new IntList();
    for (int term : terms) {
      boolean implied = false;
      for (int other : terms) {
        implied |= other != term && redundant.given(term, other);
      }
      if (!implied && !kept.contains(term)) {
        kept.add(term);
      }
    }
    return kept.toArray();
  }

  /** Whether a term says nothing more once another term of the set is there. */
  private interface Redundant {
    boolean given(int term, int other);
  }

  /** Excluded terms that are ancestors of an observed term contradict it and are dropped. */
  private static int[] withoutAncestorsOf(HpoOntology ontology, int[] excluded, int[] observed) {
    IntList kept = new IntList();
    for (int term : excluded) {
      boolean contradicts = false;
      for (int present : observed) {
        contradicts |= ontology.isAncestor(term, present);
      }
      if (!contradicts) {
        kept.add(term);
      }
    }
    return kept.toArray();
  }
}
