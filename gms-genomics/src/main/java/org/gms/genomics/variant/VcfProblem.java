package org.gms.genomics.variant;

/**
 * What can be wrong with a VCF input. Lenient reading skips records with a record-level problem and
 * counts them by this kind; file-level problems always stop the reading.
 */
public enum VcfProblem {
  MISSING_HEADER("missing header", false),
  MALFORMED_HEADER("malformed header line", false),
  BUILD_MISMATCH("contig does not match the declared genome build", false),
  TRUNCATED_FILE("truncated file", false),
  CORRUPT_COMPRESSION("corrupt compressed data", false),
  WRONG_COLUMN_COUNT("wrong number of columns", true),
  MALFORMED_CONTIG("malformed CHROM", true),
  UNKNOWN_CONTIG("contig not in the genome build nor the header", true),
  MALFORMED_POSITION("malformed POS", true),
  POSITION_BEYOND_CONTIG("POS beyond the end of the contig", true),
  MALFORMED_REF("malformed REF", true),
  MALFORMED_ALT("malformed ALT", true),
  MALFORMED_QUAL("malformed QUAL", true),
  MALFORMED_FIELD("malformed field", true),
  MALFORMED_INFO("malformed INFO", true),
  MALFORMED_SAMPLE("malformed sample field", true),
  REF_MISMATCH("REF does not match the reference genome", true),
  NOT_TEXT("not text (binary or control characters)", true);

  private final String description;
  private final boolean recordLevel;

  VcfProblem(String description, boolean recordLevel) {
    this.description = description;
    this.recordLevel = recordLevel;
  }

  public String description() {
    return description;
  }

  /** Whether lenient reading may skip the record and go on; file-level problems always stop. */
  public boolean skippable() {
    return recordLevel;
  }
}
