package org.gms.server.research.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.gms.genomics.phenotype.HpoOntology;
import org.gms.genomics.phenotype.HpoTermId;

/**
 * The filter terms a phenotype as written answers to: the term itself and, when the ontology has
 * it, every is-a ancestor. Exactly what a filter term matched when each individual was compared at
 * query time (the term, or a current term below it); a phenotype that is not an HPO id matches
 * nothing. Remembered per phenotype, as a cohort shares a few hundred of them.
 */
final class TermClosure {

  private final HpoOntology hpo;
  private final Map<String, Set<HpoTermId>> known = new HashMap<>();

  TermClosure(HpoOntology hpo) {
    this.hpo = hpo;
  }

  Set<HpoTermId> of(String phenotype) {
    return known.computeIfAbsent(phenotype, this::closure);
  }

  private Set<HpoTermId> closure(String phenotype) {
    HpoTermId id;
    try {
      id = HpoTermId.parse(phenotype);
    } catch (IllegalArgumentException e) {
      return Set.of(); // kept as written on the request: not comparable
    }
    Set<HpoTermId> terms = new LinkedHashSet<>();
    terms.add(id);
    if (hpo.contains(id)) {
      Deque<HpoTermId> open = new ArrayDeque<>(hpo.parents(id));
      while (!open.isEmpty()) {
        HpoTermId parent = open.pop();
        if (terms.add(parent)) {
          open.addAll(hpo.parents(parent));
        }
      }
    }
    return Set.copyOf(terms);
  }
}
