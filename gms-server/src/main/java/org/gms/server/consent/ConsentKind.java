package org.gms.server.consent;

/** What a decision is about. */
public enum ConsentKind {
  /** Use of the patient's genomic and clinical data for research, pseudonymised. */
  RESEARCH_PARTICIPATION,
  /** Being contacted again, for example when a result is reinterpreted. */
  RECONTACT
}
