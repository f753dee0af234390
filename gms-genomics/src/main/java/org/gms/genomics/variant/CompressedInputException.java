package org.gms.genomics.variant;

import java.io.IOException;

/** A compressed input is truncated or corrupt; the reader adds the file and line. */
final class CompressedInputException extends IOException {

  private final VcfProblem problem;

  CompressedInputException(VcfProblem problem, String message) {
    super(message);
    this.problem = problem;
  }

  CompressedInputException(VcfProblem problem, String message, Throwable cause) {
    super(message, cause);
    this.problem = problem;
  }

  VcfProblem problem() {
    return problem;
  }
}
