package org.gms.genomics.interpretation.acmg;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A class, the evidence it rests on, and why.
 *
 * @param guideline the combining rules used, with their version
 * @param rule the rule that decided, in the guideline's words (e.g. {@code Pathogenic (ii)}) or the
 *     points total
 * @param points the Tavtigian points total of the evidence (BA1 not counted), for information
 */
public record Classification(
    AcmgClass acmgClass, List<Evidence> evidence, String guideline, String rule, int points) {

  public Classification {
    evidence = List.copyOf(evidence);
    if (acmgClass == null || guideline == null || rule == null) {
      throw new IllegalArgumentException("A classification needs a class, a guideline and a rule");
    }
  }

  /** The evidence labels, e.g. {@code PVS1, PM2_Supporting}. */
  public String codes() {
    return evidence.stream().map(Evidence::label).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return acmgClass.abbreviation() + " [" + codes() + "] by " + guideline + ": " + rule;
  }
}
