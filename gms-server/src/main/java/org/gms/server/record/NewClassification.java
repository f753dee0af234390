package org.gms.server.record;

import org.gms.genomics.interpretation.acmg.AcmgClass;
import org.gms.server.GmsException;

/**
 * A classification to record for a patient's variant.
 *
 * @param orderId the test order it was made for, or null
 * @param genotype the patient's genotype, e.g. {@code 0/1}; may be empty
 * @param evidence the evidence it rests on as a JSON array (ACMG codes with strength and reason)
 * @param classifier the guideline and its version, e.g. {@code ACGS 2020 v4.01}, and whether the
 *     scientist overrode it
 * @param comment the scientist's comment; may be empty
 */
public record NewClassification(
    NhsNumber patient,
    Long orderId,
    RecordedVariant variant,
    String genotype,
    AcmgClass acmgClass,
    String evidence,
    String classifier,
    String comment,
    ClassificationSource source) {

  public NewClassification {
    if (patient == null || variant == null || acmgClass == null || source == null) {
      throw new GmsException("A classification needs a patient, a variant, a class and a source.");
    }
    genotype = genotype == null ? "" : genotype.strip();
    evidence = evidence == null || evidence.isBlank() ? "[]" : evidence;
    classifier = classifier == null ? "" : classifier.strip();
    comment = comment == null ? "" : comment.strip();
  }
}
