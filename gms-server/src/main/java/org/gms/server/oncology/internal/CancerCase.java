package org.gms.server.oncology.internal;

import java.time.Instant;
import org.gms.server.GmsException;

/**
 * The tumour side of a cancer test order.
 *
 * @param oncotreeCode the tumour type as an OncoTree code ({@code LUAD})
 * @param tumourType its OncoTree name
 * @param histology the pathologist's histology, as written
 * @param primarySite the primary site, as written
 * @param stage e.g. {@code IV} or {@code T2N1M1a}; empty when not known
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
    String createdBy,
    Instant createdAt) {

  static final int MAX_TEXT = 200;

  CancerCase {
    histology = checked(histology, "histology");
    primarySite = checked(primarySite, "primary site");
    stage = checked(stage, "stage");
  }

  private static String checked(String text, String what) {
    String t = text == null ? "" : text.strip();
    if (t.length() > MAX_TEXT) {
      throw new GmsException(
          "The " + what + " is " + t.length() + " characters; write at most " + MAX_TEXT + ".");
    }
    return t;
  }
}
