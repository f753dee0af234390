package org.gms.server.record;

import java.util.Collection;
import java.util.Optional;
import org.gms.genomics.pgx.PgxReport;

/**
 * Pharmacogenomic results of patients, as the analysis feature produced them (pharmacogenomic
 * analysis runs, and VCFs uploaded for a patient: {@code analysis.PharmacogenomicUploads}), stored
 * for the patient. Every analysis is kept; the latest is the current one. Stores and reads are
 * audited.
 */
public interface PgxResults {

  /**
   * Stores a result analysed by the analysis feature as the patient's latest.
   *
   * @param input where the VCF came from, for the record (e.g. {@code analysis run 12}, or the
   *     uploaded file's name)
   * @throws org.gms.server.GmsException NOT_FOUND for an unknown patient
   */
  PgxResult store(NhsNumber nhsNumber, PgxReport report, String input);

  /** The patient's latest result, complete. */
  Optional<PgxResult> latest(NhsNumber nhsNumber);

  /** The latest result as {@code ./gms pgx} writes it (JSON text). */
  Optional<String> latestReportJson(NhsNumber nhsNumber);

  /**
   * For prescribing: the latest result with only the recommendations for the given drugs (names as
   * the guidelines spell them) and the genes those recommendations depend on. Empty when the
   * patient is unknown or has no result.
   */
  Optional<PgxResult> latestForDrugs(NhsNumber nhsNumber, Collection<String> drugs);
}
