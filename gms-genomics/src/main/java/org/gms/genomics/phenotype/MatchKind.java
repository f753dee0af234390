package org.gms.genomics.phenotype;

/** How one patient term relates to a disease's annotations, as used in its score. */
public enum MatchKind {
  /** The disease is annotated with exactly the patient's term. */
  EXACT,
  /** The patient's term is broader than a disease annotation (the disease implies it). */
  DISEASE_TERM_MORE_SPECIFIC,
  /** The patient's term is a more specific form of a disease annotation. */
  PATIENT_TERM_MORE_SPECIFIC,
  /** Both lie below a common ancestor the disease has; the disease term shown is that ancestor. */
  RELATED,
  /** Nothing in the disease explains the term: it counts as chance (the noise floor). */
  NOT_EXPLAINED,
  /** The disease is annotated NOT to have this feature (or a broader one). */
  CONTRADICTED,
  /** The patient lacks a feature the disease has: counts against it by the feature's frequency. */
  EXCLUDED_BUT_EXPECTED,
  /** The patient lacks a feature the disease is annotated NOT to have: counts for it. */
  EXCLUDED_AS_EXPECTED,
  /** The patient lacks a feature the disease does not have: slightly for it. */
  EXCLUDED_NOT_EXPECTED
}
