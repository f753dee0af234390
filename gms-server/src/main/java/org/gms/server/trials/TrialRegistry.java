package org.gms.server.trials;

import java.util.List;
import java.util.Optional;

/**
 * The clinical trial registry. Reading needs a login; imports and curation are for administrators
 * (or the system). Imports are audited.
 */
public interface TrialRegistry {

  /** Every trial, open ones first, then by id. */
  List<TrialSummary> list();

  /** One trial with its arms. */
  Optional<TrialDetail> find(String id);

  /**
   * Imports MatchMiner CTML trials (JSON, a JSON array or documents one after another; YAML when
   * the name ends in .yml/.yaml). A trial already imported is replaced; one that opens (new and
   * open, or open now and closed before) is matched against every reported case.
   *
   * @throws org.gms.genomics.cancer.trial.TrialFormatException naming the file, the place in the
   *     document and what to do
   */
  TrialImport importCtml(String fileName, byte[] content);

  /**
   * Imports ClinicalTrials.gov API v2 records ({@code /api/v2/studies} responses or one study).
   * Their arms have no genomic criteria until curated ({@link #curate}); a curation given before is
   * kept.
   */
  TrialImport importClinicalTrialsGov(String fileName, byte[] content);

  /**
   * Curates the genomic criteria of imported ClinicalTrials.gov records: a JSON or YAML object of
   * NCT number to an object of arm label (or {@code *} for every arm) to a CTML {@code match}.
   */
  TrialImport curate(String fileName, byte[] content);
}
