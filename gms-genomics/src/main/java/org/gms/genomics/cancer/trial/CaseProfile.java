package org.gms.genomics.cancer.trial;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What trial matching needs to know of a reported cancer case.
 *
 * @param caseId the case's identifier (an order id, a sample barcode)
 * @param oncotreeCode the tumour's OncoTree code ({@code LUAD}), or empty when not known
 * @param ageYears age in whole years, or null when not known
 * @param sex {@code female}, {@code male}, or empty when not known
 * @param tmbPerMb tumour mutational burden per megabase, or null
 * @param msiHigh whether the tumour is MSI-high (or MMR-deficient), or null when not measured
 * @param alterations the reported somatic alterations
 */
public record CaseProfile(
    String caseId,
    String oncotreeCode,
    Integer ageYears,
    String sex,
    Double tmbPerMb,
    Boolean msiHigh,
    List<Alteration> alterations) {

  public CaseProfile {
    Objects.requireNonNull(caseId, "caseId");
    oncotreeCode = oncotreeCode == null ? "" : oncotreeCode.trim().toUpperCase(Locale.ROOT);
    sex = sex == null ? "" : sex.trim().toLowerCase(Locale.ROOT);
    if (!sex.isEmpty() && !sex.equals("female") && !sex.equals("male")) {
      throw new IllegalArgumentException(
          "Sex '" + sex + "' of case " + caseId + ": give female, male or leave it empty");
    }
    if (ageYears != null && (ageYears < 0 || ageYears > 130)) {
      throw new IllegalArgumentException("Age " + ageYears + " of case " + caseId);
    }
    alterations = List.copyOf(alterations);
  }
}
