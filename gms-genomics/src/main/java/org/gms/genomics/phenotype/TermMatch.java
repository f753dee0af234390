package org.gms.genomics.phenotype;

/**
 * One line of an explanation: how a patient term (observed or excluded) matched a disease, and what
 * it contributed to the disease's score.
 *
 * @param patientTerm the patient's term
 * @param patientTermName its label
 * @param excluded whether the patient's term was excluded (absent) rather than observed
 * @param kind how it relates to the disease
 * @param diseaseTerm the disease annotation (or common ancestor, for {@link MatchKind#RELATED})
 *     that the match was made on; null for {@link MatchKind#NOT_EXPLAINED} and {@link
 *     MatchKind#EXCLUDED_NOT_EXPECTED}
 * @param diseaseTermName its label, or empty
 * @param frequency the probability the disease shows the matched feature (NaN when not relevant)
 * @param score this term's contribution: log10 of its likelihood ratio
 */
public record TermMatch(
    HpoTermId patientTerm,
    String patientTermName,
    boolean excluded,
    MatchKind kind,
    HpoTermId diseaseTerm,
    String diseaseTermName,
    double frequency,
    double score) {

  public TermMatch {
    if (patientTerm == null || kind == null) {
      throw new IllegalArgumentException("A term match needs the patient term and its kind");
    }
    patientTermName = patientTermName == null ? "" : patientTermName;
    diseaseTermName = diseaseTermName == null ? "" : diseaseTermName;
  }
}
