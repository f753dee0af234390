package org.gms.genomics.phenotype;

import java.util.List;
import java.util.stream.Collectors;

/**
 * How a requested HPO id maps onto the current ontology. Ids that are secondary ({@code alt_id}) or
 * obsolete with a single {@code replaced_by} or {@code consider} target map to that term; obsolete
 * ids with several or no suggestions, and ids the ontology never had, do not resolve.
 *
 * @param requested the id as given
 * @param status what the ontology says about it
 * @param candidates the current term (if resolved) or the suggestions of an ambiguous obsolete id
 */
public record TermResolution(HpoTermId requested, Status status, List<HpoTermId> candidates) {

  /** What the ontology says about a requested id. */
  public enum Status {
    /** A current, primary term id. */
    CURRENT,
    /** A secondary id ({@code alt_id}) of a current term. */
    ALT_ID,
    /** An obsolete id with a {@code replaced_by} term. */
    REPLACED_BY,
    /** An obsolete id with exactly one {@code consider} suggestion. */
    CONSIDER,
    /** An obsolete id with several {@code consider} suggestions: a person must choose. */
    OBSOLETE_AMBIGUOUS,
    /** An obsolete id without any replacement. */
    OBSOLETE,
    /** An id the ontology does not know. */
    UNKNOWN;

    boolean resolves() {
      return this == CURRENT || this == ALT_ID || this == REPLACED_BY || this == CONSIDER;
    }
  }

  public TermResolution {
    if (requested == null || status == null) {
      throw new IllegalArgumentException("A term resolution needs the requested id and a status");
    }
    candidates = List.copyOf(candidates);
    if (status.resolves() && candidates.size() != 1) {
      throw new IllegalArgumentException(
          requested + " resolves (" + status + ") so it needs exactly one current term");
    }
  }

  public boolean isResolved() {
    return status.resolves();
  }

  /** The current term this id stands for; only for resolved ids. */
  public HpoTermId term() {
    if (!isResolved()) {
      throw new IllegalStateException(requested + " does not resolve: " + explanation());
    }
    return candidates.get(0);
  }

  /** One sentence for a user: what happened to this id, and what to do if it did not resolve. */
  public String explanation() {
    return switch (status) {
      case CURRENT -> requested + " is a current term";
      case ALT_ID -> requested + " is a secondary id (alt_id) of " + candidates.get(0);
      case REPLACED_BY -> requested + " is obsolete and was replaced by " + candidates.get(0);
      case CONSIDER ->
          requested + " is obsolete; mapped to its only suggested term " + candidates.get(0);
      case OBSOLETE_AMBIGUOUS ->
          requested
              + " is obsolete and has several suggested replacements ("
              + candidates.stream().map(HpoTermId::toString).collect(Collectors.joining(", "))
              + "); choose the one that fits the patient";
      case OBSOLETE ->
          requested + " is obsolete with no replacement; choose a current term instead";
      case UNKNOWN ->
          requested
              + " is not in the HPO release loaded; check the id (for example at"
              + " https://hpo.jax.org)";
    };
  }
}
