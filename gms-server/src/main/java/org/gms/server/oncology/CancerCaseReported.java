package org.gms.server.oncology;

import java.time.Instant;
import java.util.List;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.Sex;

/**
 * Published when the report of a cancer case is authorised (after its transaction commits), and
 * listed by {@link ReportedCancerCases#reported()}: what trial matching and other features need of
 * the case. An amended report publishes the case again with the same {@code caseId} and a later
 * {@code reportedAt}; the latest one stands.
 *
 * @param caseId the oncology case
 * @param orderId the test order the case belongs to
 * @param testCode the directory test ordered, e.g. {@code M4.13}
 * @param oncotreeCode the tumour's OncoTree code, e.g. {@code LUAD}
 * @param tumourType the OncoTree name, e.g. {@code Lung Adenocarcinoma}
 * @param ageYears the patient's age in whole years on the day the report was authorised
 * @param sex the patient's administrative sex
 * @param findings the findings reported (somatic and germline), tier I first
 * @param tmb tumour mutational burden in mutations per megabase, or null when not measured
 * @param msiStatus {@code MSI-H}, {@code MSS}, or empty when not measured
 * @param reportedAt when the report was authorised
 * @param receptors the tumour's ER, PR and HER2 statuses recorded on the case at the time
 */
public record CancerCaseReported(
    long caseId,
    long orderId,
    NhsNumber patient,
    String testCode,
    String oncotreeCode,
    String tumourType,
    int ageYears,
    Sex sex,
    List<ReportedFinding> findings,
    Double tmb,
    String msiStatus,
    Instant reportedAt,
    TumourReceptors receptors) {

  public CancerCaseReported {
    if (patient == null || oncotreeCode == null || oncotreeCode.isBlank() || reportedAt == null) {
      throw new IllegalArgumentException(
          "A reported cancer case needs a patient, an OncoTree code and a time");
    }
    if (ageYears < 0) {
      throw new IllegalArgumentException("An age is 0 or more: " + ageYears);
    }
    findings = List.copyOf(findings);
    testCode = testCode == null ? "" : testCode;
    tumourType = tumourType == null ? "" : tumourType;
    sex = sex == null ? Sex.UNKNOWN : sex;
    msiStatus = msiStatus == null ? "" : msiStatus;
    receptors = receptors == null ? TumourReceptors.NONE : receptors;
  }

  /** True when the tumour is microsatellite-instability high. */
  public boolean msiHigh() {
    return "MSI-H".equals(msiStatus);
  }
}
