package org.gms.server.analysis;

import java.util.Locale;
import org.gms.server.GmsException;

/**
 * A candidate the scientist reports, by its rank in the run's result, with the classification they
 * give it after review (which may differ from the computed one) and their comment.
 *
 * @param finalClass P, LP, VUS, LB or B
 */
public record Reportable(int rank, String finalClass, String comment) {

  public Reportable {
    if (rank < 1) {
      throw new GmsException("Each reported variant names its candidate rank (1 or more).");
    }
    finalClass = finalClass == null ? null : finalClass.strip().toUpperCase(Locale.ROOT);
    if (finalClass == null || !java.util.Set.of("P", "LP", "VUS", "LB", "B").contains(finalClass)) {
      throw new GmsException(
          "finalClass of candidate "
              + rank
              + " must be P, LP, VUS, LB or B; got "
              + finalClass
              + ".");
    }
    comment = comment == null ? "" : comment.strip();
  }
}
