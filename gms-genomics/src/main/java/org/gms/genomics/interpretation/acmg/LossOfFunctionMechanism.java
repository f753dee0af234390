package org.gms.genomics.interpretation.acmg;

import java.util.Locale;
import java.util.Optional;
import org.gms.genomics.constraint.GeneConstraint;
import org.gms.genomics.constraint.GeneConstraints;

/**
 * Whether loss of function is a known mechanism of disease for the gene, the precondition of PVS1,
 * and on what basis.
 *
 * @param basis in words, e.g. {@code PanelApp: loss of function} or {@code gnomAD v2.1.1 LOEUF 0.03
 *     < 0.35}
 */
public record LossOfFunctionMechanism(Status status, String basis) {

  public enum Status {
    /** Established (curated panel, ClinGen haploinsufficiency, or the user says so). */
    ESTABLISHED,
    /** Inferred from constraint: the gene is intolerant of loss of function in gnomAD. */
    CONSTRAINED,
    /** Not known. */
    UNKNOWN,
    /** Known not to be the mechanism (e.g. gain of function only). */
    NOT_THE_MECHANISM
  }

  public LossOfFunctionMechanism {
    if (status == null || basis == null || basis.isBlank()) {
      throw new IllegalArgumentException("A mechanism needs a status and a basis");
    }
  }

  public static LossOfFunctionMechanism unknown() {
    return new LossOfFunctionMechanism(Status.UNKNOWN, "no curated mechanism or constraint data");
  }

  public boolean supportsPvs1() {
    return status == Status.ESTABLISHED || status == Status.CONSTRAINED;
  }

  /** The PVS1 precondition as far as the gene's population constraint can tell. */
  public static LossOfFunctionMechanism fromConstraint(GeneConstraints constraints, String gene) {
    Optional<GeneConstraint> constraint = constraints.of(gene);
    if (constraint.isEmpty()) {
      return new LossOfFunctionMechanism(
          LossOfFunctionMechanism.Status.UNKNOWN,
          gene + " has no " + constraints.version() + " constraint");
    }
    GeneConstraint c = constraint.get();
    String figure =
        c.loeuf().isPresent()
            ? String.format(Locale.ROOT, "LOEUF %.3f", c.loeuf().getAsDouble())
            : String.format(Locale.ROOT, "pLI %.3f", c.pLI().orElse(0));
    String threshold =
        c.loeuf().isPresent()
            ? String.format(Locale.ROOT, "%.2f", GeneConstraint.LOEUF_INTOLERANT)
            : String.format(Locale.ROOT, "%.1f", GeneConstraint.PLI_INTOLERANT);
    return c.intolerant()
        ? new LossOfFunctionMechanism(
            LossOfFunctionMechanism.Status.CONSTRAINED,
            constraints.version()
                + " "
                + figure
                + (c.loeuf().isPresent() ? " < " : " >= ")
                + threshold
                + ": intolerant of loss of function")
        : new LossOfFunctionMechanism(
            LossOfFunctionMechanism.Status.UNKNOWN,
            constraints.version()
                + " "
                + figure
                + ": not intolerant of loss of function, and no curated mechanism given");
  }
}
