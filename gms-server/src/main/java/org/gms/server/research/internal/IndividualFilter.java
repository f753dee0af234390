package org.gms.server.research.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gms.genomics.phenotype.HpoOntology;
import org.gms.genomics.phenotype.HpoTermId;
import org.gms.server.GmsException;
import org.gms.server.research.ResearchIndividual;

/**
 * The filters of an individuals query: an individual matches when they have every HPO term (or a
 * term below it) and the sex, if one is given. Whether a phenotype as written is a filter term or
 * below it is worked out once per query, as most individuals share their phenotypes.
 */
final class IndividualFilter {

  private final HpoOntology hpo;
  private final String sex;
  private final List<HpoTermId> terms;
  private final List<Map<String, Boolean>> below = new ArrayList<>();

  private IndividualFilter(HpoOntology hpo, String sex, List<HpoTermId> terms) {
    this.hpo = hpo;
    this.sex = sex;
    this.terms = terms;
    terms.forEach(t -> below.add(new HashMap<>()));
  }

  /** The filters as given: HPO terms and NCIT sex terms, anything else rejected. */
  static IndividualFilter parse(List<String> filters, HpoOntology hpo) {
    String sex = null;
    List<HpoTermId> terms = new ArrayList<>();
    for (String filter : filters) {
      String id = filter.strip().toUpperCase(Locale.ROOT);
      switch (id) {
        case SexTerms.FEMALE, SexTerms.MALE, SexTerms.UNKNOWN, SexTerms.OTHER -> sex = id;
        default -> {
          try {
            terms.add(HpoTermId.parse(id));
          } catch (IllegalArgumentException e) {
            throw new GmsException(
                "Filter '"
                    + filter
                    + "' is not an HPO term (HP:0001250) or a sex (NCIT:C16576 female, NCIT:C20197"
                    + " male); GET /beacon/v2/filtering_terms lists them.");
          }
        }
      }
    }
    return new IndividualFilter(hpo, sex, terms);
  }

  boolean matches(ResearchIndividual individual) {
    if (sex != null && !sex.equals(SexTerms.of(individual.sex()))) {
      return false;
    }
    boolean all = true;
    for (int t = 0; t < terms.size() && all; t++) {
      HpoTermId term = terms.get(t);
      Map<String, Boolean> known = below.get(t);
      all =
          individual.phenotypes().stream()
              .anyMatch(p -> known.computeIfAbsent(p, q -> isTermOrDescendant(q, term)));
    }
    return all;
  }

  private boolean isTermOrDescendant(String phenotype, HpoTermId term) {
    try {
      HpoTermId id = HpoTermId.parse(phenotype);
      return id.equals(term) || (hpo.contains(id) && hpo.isSubsumedBy(id, term));
    } catch (IllegalArgumentException e) {
      return false; // a term kept as written on the request: not comparable
    }
  }
}
