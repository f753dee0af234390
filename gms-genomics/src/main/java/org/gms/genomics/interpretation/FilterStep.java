package org.gms.genomics.interpretation;

/**
 * One filter of the funnel: how many candidates it kept and removed, and an example of why.
 *
 * @param example the first removal's reason, or null when nothing was removed
 */
public record FilterStep(String filter, int kept, int removed, String example) {

  @Override
  public String toString() {
    return filter
        + ": kept "
        + kept
        + ", removed "
        + removed
        + (example == null ? "" : " (e.g. " + example + ")");
  }
}
