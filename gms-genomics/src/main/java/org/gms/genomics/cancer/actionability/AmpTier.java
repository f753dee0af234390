package org.gms.genomics.cancer.actionability;

/** The AMP/ASCO/CAP 2017 tiers with their evidence levels, strongest first. */
public enum AmpTier {
  IA(
      "Tier I, level A: strong clinical significance (approved therapy or guideline in this tumour type)"),
  IB("Tier I, level B: strong clinical significance (well-powered studies in this tumour type)"),
  IIC(
      "Tier II, level C: potential clinical significance (approved elsewhere, or multiple small studies)"),
  IID("Tier II, level D: potential clinical significance (preclinical or case reports)"),
  III("Tier III: unknown clinical significance"),
  IV("Tier IV: benign or likely benign");

  private final String description;

  AmpTier(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }

  /** Tier I or II. */
  public boolean actionable() {
    return ordinal() <= IID.ordinal();
  }

  public AmpTier stronger(AmpTier other) {
    return other.ordinal() < ordinal() ? other : this;
  }
}
