package org.gms.server.analysis;

import java.nio.file.Path;
import java.util.Optional;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.PgxResult;

/**
 * Pharmacogenomic analysis of a VCF uploaded for a patient (not through an order): the same
 * analyser and knowledge as a pharmacogenomic analysis run, the result stored in the patient's
 * record as their latest.
 */
public interface PharmacogenomicUploads {

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
}
