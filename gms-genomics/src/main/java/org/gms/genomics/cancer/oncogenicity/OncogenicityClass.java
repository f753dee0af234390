package org.gms.genomics.cancer.oncogenicity;

/** The five classes of the standard. */
public enum OncogenicityClass {
  ONCOGENIC("Oncogenic"),
  LIKELY_ONCOGENIC("Likely oncogenic"),
  UNCERTAIN_SIGNIFICANCE("VUS"),
  LIKELY_BENIGN("Likely benign"),
  BENIGN("Benign");

  private final String label;

  OncogenicityClass(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
