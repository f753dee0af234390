package org.gms.server.research.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gms.genomics.phenotype.HpoTermId;
import org.gms.server.GmsException;

/**
 * The filters of an individuals query: an individual matches when they have every HPO term (or a
 * term below it) and the sex, if one is given. Matched through the {@link IndexedCohort}'s term
 * bitsets, which hold each term's descendants already.
 *
 * @param sex the NCIT sex term, or null for any sex
 * @param terms HPO terms, all required
 */
record IndividualFilter(String sex, List<HpoTermId> terms) {

  IndividualFilter {
    if (sex != null && !SexTerms.ALL.contains(sex)) {
      throw new IllegalArgumentException("Not a sex term: " + sex);
    }
    terms = List.copyOf(terms);
  }

  /** The filters as given: HPO terms and NCIT sex terms, anything else rejected. */
  static IndividualFilter parse(List<String> filters) {
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
    return new IndividualFilter(sex, terms);
  }
}
