package org.gms.genomics.cancer.oncogenicity;

import java.util.Collection;

/** Sums oncogenicity evidence into a class, by one version of a standard. */
public interface OncogenicityClassifier {

  /** The standard and version, for reports. */
  String guideline();

  /**
   * The class for the evidence (each code at most once).
   *
   * @throws IllegalArgumentException if a code appears twice
   */
  Oncogenicity classify(Collection<OncogenicityEvidence> evidence);

  /**
   * Horak et al., Genet Med 2022 (ClinGen/CGC/VICC): points summed; Oncogenic >= 10, Likely
   * oncogenic 6 to 9, VUS 0 to 5, Likely benign -1 to -6, Benign <= -7.
   */
  static OncogenicityClassifier vicc2022() {
    return new Vicc2022OncogenicityClassifier();
  }
}
