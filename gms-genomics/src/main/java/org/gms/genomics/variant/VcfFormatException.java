package org.gms.genomics.variant;

import org.gms.genomics.GenomicsException;

/**
 * A VCF input is not valid: says which file, which line (1-based, counting header lines), which
 * column or field, and why. The only error type the VCF reader throws for bad content.
 */
public class VcfFormatException extends GenomicsException {

  private final String file;
  private final long line;
  private final String column;
  private final VcfProblem problem;
  private final String reason;

  public VcfFormatException(
      String file, long line, String column, VcfProblem problem, String reason) {
    this(file, line, column, problem, reason, null);
  }

  public VcfFormatException(
      String file, long line, String column, VcfProblem problem, String reason, Throwable cause) {
    super(format(file, line, column, problem, reason), cause);
    this.file = file;
    this.line = line;
    this.column = column;
    this.problem = problem;
    this.reason = reason;
  }

  private static String format(
      String file, long line, String column, VcfProblem problem, String reason) {
    StringBuilder where = new StringBuilder(file == null ? "<vcf>" : file);
    if (line > 0) {
      where.append(", line ").append(line);
    }
    if (column != null && !column.isEmpty()) {
      where.append(", column ").append(column);
    }
    return where + ": " + problem.description() + ": " + reason;
  }

  /** The file as named by the caller. */
  public String file() {
    return file;
  }

  /** 1-based line number in the (uncompressed) file, or 0 when the problem has no line. */
  public long line() {
    return line;
  }

  /** The column or field at fault (for example {@code POS} or {@code sample HG002 GT}). */
  public String column() {
    return column;
  }

  public VcfProblem problem() {
    return problem;
  }

  /** Why the input is wrong and, where possible, what to do. */
  public String reason() {
    return reason;
  }
}
