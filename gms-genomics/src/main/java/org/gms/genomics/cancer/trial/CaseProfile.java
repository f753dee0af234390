package org.gms.genomics.cancer.trial;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

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
 * @param receptors the receptor statuses reported by pathology ({@code positive}, {@code negative},
 *     {@code equivocal}); a receptor not in the map is not known
 * @param signatures the mutational signatures assessed (name as {@link Criterion.Signature} has it
 *     to present or not); a signature not in the map was not assessed
 */
public record CaseProfile(
    String caseId,
    String oncotreeCode,
    Integer ageYears,
    String sex,
    Double tmbPerMb,
    Boolean msiHigh,
    List<Alteration> alterations,
    Map<Receptor, String> receptors,
    Map<String, Boolean> signatures) {

  /** The receptor status values. */
  public static final Set<String> RECEPTOR_VALUES = Set.of("positive", "negative", "equivocal");

  /** A profile without receptor statuses or signatures. */
  public CaseProfile(
      String caseId,
      String oncotreeCode,
      Integer ageYears,
      String sex,
      Double tmbPerMb,
      Boolean msiHigh,
      List<Alteration> alterations) {
    this(caseId, oncotreeCode, ageYears, sex, tmbPerMb, msiHigh, alterations, Map.of(), Map.of());
  }

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
    Map<Receptor, String> r = new EnumMap<>(Receptor.class);
    (receptors == null ? Map.<Receptor, String>of() : receptors)
        .forEach(
            (k, v) -> {
              String value = v.trim().toLowerCase(Locale.ROOT);
              if (!RECEPTOR_VALUES.contains(value)) {
                throw new IllegalArgumentException(
                    k.label()
                        + " status '"
                        + v
                        + "' of case "
                        + caseId
                        + ": give positive, negative or equivocal");
              }
              r.put(k, value);
            });
    receptors = java.util.Collections.unmodifiableMap(r);
    Map<String, Boolean> s = new TreeMap<>();
    (signatures == null ? Map.<String, Boolean>of() : signatures)
        .forEach((k, v) -> s.put(k.trim().toLowerCase(Locale.ROOT), v));
    signatures = java.util.Collections.unmodifiableMap(s);
  }

  /** The same case with these receptor statuses. */
  public CaseProfile withReceptors(Map<Receptor, String> statuses) {
    return new CaseProfile(
        caseId, oncotreeCode, ageYears, sex, tmbPerMb, msiHigh, alterations, statuses, signatures);
  }

  /** The same case with these mutational signatures assessed. */
  public CaseProfile withSignatures(Map<String, Boolean> assessed) {
    return new CaseProfile(
        caseId, oncotreeCode, ageYears, sex, tmbPerMb, msiHigh, alterations, receptors, assessed);
  }
}
