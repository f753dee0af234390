package org.gms.genomics.cancer.trial;

/** Where a trial's record came from. */
public enum TrialSource {
  /** MatchMiner's Clinical Trial Markup Language. */
  CTML,
  /** A ClinicalTrials.gov API v2 study record (genomic criteria curated). */
  CTGOV
}
