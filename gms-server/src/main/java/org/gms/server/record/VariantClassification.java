package org.gms.server.record;

import java.time.Instant;
import org.gms.genomics.interpretation.acmg.AcmgClass;

/**
 * One classification of a variant in a patient, as it was recorded; later classifications add to
 * the history and never replace it.
 *
 * @param evidence JSON array of the evidence (ACMG codes with strength and reason)
 */
public record VariantClassification(
    long id,
    NhsNumber patient,
    Long orderId,
    RecordedVariant variant,
    String genotype,
    AcmgClass acmgClass,
    String evidence,
    String classifier,
    String comment,
    ClassificationSource source,
    String classifiedBy,
    Instant classifiedAt) {}
