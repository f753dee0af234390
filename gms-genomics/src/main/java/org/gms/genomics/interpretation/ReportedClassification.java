package org.gms.genomics.interpretation;

/**
 * A classification reported elsewhere for this exact variant (e.g. ClinVar), shown in the
 * explanation. It is not ACMG evidence: ClinGen withdrew PP5 and BP6 (Biesecker et al. 2018).
 *
 * @param source e.g. {@code ClinVar 2026-02}
 * @param significance e.g. {@code Pathogenic}
 * @param reviewStatus e.g. {@code criteria provided, multiple submitters, no conflicts}
 */
public record ReportedClassification(String source, String significance, String reviewStatus) {

  public ReportedClassification {
    if (source == null || significance == null) {
      throw new IllegalArgumentException("A reported classification needs a source and a class");
    }
  }

  @Override
  public String toString() {
    return source + ": " + significance + (reviewStatus == null ? "" : " (" + reviewStatus + ")");
  }
}
