package org.gms.genomics.pgx.recommendation;

/**
 * What a recommendation asks the prescriber to change, as ClinPGx flags it on each guideline
 * recommendation. A recommendation with none of the flags leaves the prescription as it is (e.g.
 * "use the standard dose").
 *
 * @param dosing it changes the dose ({@code dosingInformation})
 * @param alternateDrug it advises another drug ({@code alternateDrugAvailable})
 * @param otherGuidance it gives other prescribing guidance, e.g. monitoring ({@code
 *     otherPrescribingGuidance})
 */
public record PrescribingChange(boolean dosing, boolean alternateDrug, boolean otherGuidance) {

  public static final PrescribingChange NONE = new PrescribingChange(false, false, false);

  /** Whether the prescriber should do anything differently. */
  public boolean actionable() {
    return dosing || alternateDrug || otherGuidance;
  }
}
