package org.gms.server.record;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import org.gms.genomics.pgx.PgxReport;

/**
 * Pharmacogenomic results of patients: the results of pharmacogenomic analysis runs, and of VCFs
 * uploaded to the record (analysed with the bundled CPIC/DPWG knowledge), stored for the patient.
 * Every analysis is kept; the latest is the current one. Stores and reads are audited.
 */
public interface PgxResults {

  /**
   * Analyses one sample of the VCF and stores the result as the patient's latest.
   *
   * @param sample the sample's column name; empty when the VCF has exactly one sample
   * @param input where the VCF came from, for the record (e.g. the uploaded file's name)
   * @throws org.gms.server.GmsException NOT_FOUND for an unknown patient, INVALID_INPUT when the
   *     sample is missing or ambiguous
   * @throws org.gms.genomics.GenomicsException when the VCF is not valid GRCh38 VCF
   */
  PgxResult analyseAndStore(NhsNumber nhsNumber, Path vcf, Optional<String> sample, String input);

  /**
   * Stores a result analysed elsewhere (a pharmacogenomic analysis run) as the patient's latest.
   *
   * @param input where the VCF came from, for the record (e.g. {@code analysis run 12})
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
