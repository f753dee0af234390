package org.gms.server.oncology.internal;

import java.time.Instant;
import org.gms.server.GmsException;
import org.gms.server.oncology.TumourSampleType;

/**
 * The tumour side of a cancer test order.
 *
 * @param oncotreeCode the tumour type as an OncoTree code ({@code LUAD})
 * @param tumourType its OncoTree name
 * @param histology the pathologist's histology, as written
 * @param primarySite the primary site, as written
 * @param stage e.g. {@code IV} or {@code T2N1M1a}; empty when not known
 * @param sampleType the tumour sample the request says will be sent, or null when not stated
 * @param cellularityPercent the tumour cellularity the request states (pathology's estimate), or
 *     null
 * @param pairedGermline whether a blood sample for germline comparison will be sent, or null when
 *     not stated
 */
record CancerCase(
    long id,
    long orderId,
    String nhsNumber,
    String testCode,
    String oncotreeCode,
    String tumourType,
    String histology,
    String primarySite,
    String stage,
    TumourSampleType sampleType,
    Integer cellularityPercent,
    Boolean pairedGermline,
    String createdBy,
    Instant createdAt) {

  static final int MAX_TEXT = 200;

  CancerCase {
    histology = checked(histology, "histology", "histology");
    primarySite = checked(primarySite, "primary site", "primarySite");
    stage = checked(stage, "stage", "stage");
    if (sampleType == TumourSampleType.BLOOD_GERMLINE) {
      throw GmsException.atField(
          "sampleType",
          "The sample for a cancer test is tumour tissue, bone marrow or plasma; the germline blood"
              + " sample is asked for with \"paired germline\".");
    }
    if (cellularityPercent != null && (cellularityPercent < 0 || cellularityPercent > 100)) {
      throw GmsException.atField(
          "cellularityPercent",
          "Tumour cellularity is a percentage from 0 to 100, not " + cellularityPercent + ".");
    }
  }

  private static String checked(String text, String what, String field) {
    String t = text == null ? "" : text.strip();
    if (t.length() > MAX_TEXT) {
      throw GmsException.atField(
          field,
          "The " + what + " is " + t.length() + " characters; write at most " + MAX_TEXT + ".");
    }
    return t;
  }
}
