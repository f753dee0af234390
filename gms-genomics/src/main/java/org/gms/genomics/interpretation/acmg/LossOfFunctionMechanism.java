package org.gms.genomics.interpretation.acmg;

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
}
