package org.gms.server.record;

import java.util.List;
import org.gms.genomics.variant.VariantKey;

/**
 * The variants found in patients and the history of their classification: who classified, when, on
 * what evidence. Appends only; reads are audited.
 */
public interface VariantClassifications {

  /**
   * Appends a classification to the patient's history of the variant, as the logged-in user.
   *
   * @throws org.gms.server.GmsException NOT_FOUND when the patient is not registered
   */
  VariantClassification record(NewClassification classification);

  /** The patient's classifications, oldest first (every variant, every change). */
  List<VariantClassification> forPatient(NhsNumber patient);

  /** Every patient's classifications of the variant, oldest first. */
  List<VariantClassification> forVariant(VariantKey key);

  /** The latest classification of each variant in each patient, by patient then variant key. */
  List<VariantClassification> current();
}
