package org.gms.server.oncology.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.gms.server.oncology.TumourSampleType;

/**
 * A sample of a cancer case.
 *
 * @param cellularityPercent tumour cellularity from pathology (0-100), or null when not given
 * @param germlineSampleId the paired germline sample of a tumour sample, or null
 * @param collectedOn the day it was taken (serial ctDNA samples are ordered by it)
 */
record TumourSample(
    long id,
    long caseId,
    TumourSampleType type,
    String barcode,
    Integer cellularityPercent,
    Long germlineSampleId,
    LocalDate collectedOn,
    String receivedBy,
    Instant receivedAt) {}
