package org.gms.genomics.phenotype;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gms.genomics.GenomicsException;

/**
 * A patient's phenotype as current HPO terms: features observed, and features looked for and found
 * absent (excluded). Build it with {@link #resolve}, which maps secondary and obsolete ids and
 * rejects ids that cannot be mapped.
 *
 * @param observed features present, current terms below Phenotypic abnormality
 * @param excluded features explicitly absent, same rule
 */
public record PatientPhenotype(List<HpoTermId> observed, List<HpoTermId> excluded) {

  public PatientPhenotype {
    observed = List.copyOf(new LinkedHashSet<>(observed));
    excluded = List.copyOf(new LinkedHashSet<>(excluded));
  }

  /** What to do with an id that cannot be mapped onto a current term. */
  public enum UnresolvedIds {
    /** Refuse the whole phenotype with one message listing every such id (interactive use). */
    REJECT,
    /** Leave the id out and say so in the notes (bulk runs over published cases). */
    SKIP
  }

  /**
   * Maps the given ids onto current terms of the ontology. Secondary ids, and obsolete ids with a
   * single replacement, are mapped (with a note); terms outside Phenotypic abnormality
   * (inheritance, onset) are left out (with a note); a term both observed and excluded counts as
   * observed.
   *
   * @throws IllegalArgumentException if an id is malformed
   * @throws GenomicsException if ids do not resolve and the policy is {@link UnresolvedIds#REJECT}
   */
  public static ResolvedPhenotype resolve(
      HpoOntology ontology, List<String> observed, List<String> excluded, UnresolvedIds policy) {
    List<String> notes = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<HpoTermId> present = map(ontology, observed, "observed", notes, problems);
    List<HpoTermId> absent = map(ontology, excluded, "excluded", notes, problems);
    if (!problems.isEmpty() && policy == UnresolvedIds.REJECT) {
      throw new GenomicsException(
          "Cannot use "
              + (problems.size() == 1 ? "this HPO id" : "these HPO ids")
              + ": "
              + String.join("; ", problems));
    }
    problems.forEach(problem -> notes.add("left out: " + problem));
    Set<HpoTermId> both = new LinkedHashSet<>(present);
    both.retainAll(absent);
    for (HpoTermId term : both) {
      notes.add(term + " is both observed and excluded; counted as observed");
    }
    absent.removeAll(both);
    return new ResolvedPhenotype(new PatientPhenotype(present, absent), notes);
  }

  private static List<HpoTermId> map(
      HpoOntology ontology,
      List<String> ids,
      String role,
      List<String> notes,
      List<String> problems) {
    List<HpoTermId> terms = new ArrayList<>();
    for (String text : ids) {
      HpoTermId id;
      try {
        id = HpoTermId.parse(text);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(role + " term: " + e.getMessage(), e);
      }
      TermResolution resolution = ontology.resolve(id);
      if (!resolution.isResolved()) {
        problems.add(role + " " + resolution.explanation());
        continue;
      }
      HpoTermId term = resolution.term();
      if (resolution.status() != TermResolution.Status.CURRENT) {
        notes.add(resolution.explanation() + " (" + ontology.name(term) + "); using " + term);
      }
      if (!ontology.isPhenotypicAbnormality(term)) {
        notes.add(
            term
                + " ("
                + ontology.name(term)
                + ") is not a phenotypic abnormality (HP:0000118); not used for matching");
        continue;
      }
      terms.add(term);
    }
    return terms;
  }
}
