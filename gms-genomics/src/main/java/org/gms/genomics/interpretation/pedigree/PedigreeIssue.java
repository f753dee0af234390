package org.gms.genomics.interpretation.pedigree;

/**
 * One problem found in a pedigree, or between a pedigree and the data.
 *
 * @param severity an error makes the pedigree unusable; a warning is reported and analysis goes on
 * @param kind what kind of problem
 * @param individual the individual concerned (or the family id for family-level problems)
 * @param message what is wrong, where, and what to do
 */
public record PedigreeIssue(Severity severity, Kind kind, String individual, String message) {

  public enum Severity {
    ERROR,
    WARNING
  }

  public enum Kind {
    PARENT_NOT_LISTED,
    PARENT_IN_OTHER_FAMILY,
    PARENT_SEX_MISMATCH,
    PARENT_SEX_UNKNOWN,
    SAME_FATHER_AND_MOTHER,
    ONE_PARENT_ONLY,
    ANCESTRY_CYCLE,
    NO_AFFECTED_MEMBER,
    NOT_IN_VCF,
    NOT_IN_PEDIGREE,
    NO_SEQUENCED_MEMBER,
    NO_SEQUENCED_AFFECTED,
    SEX_GENOTYPE_CONFLICT
  }

  public PedigreeIssue {
    if (severity == null || kind == null || message == null || message.isBlank()) {
      throw new IllegalArgumentException("A pedigree issue needs a severity, a kind and a message");
    }
  }

  static PedigreeIssue error(Kind kind, String individual, String message) {
    return new PedigreeIssue(Severity.ERROR, kind, individual, message);
  }

  static PedigreeIssue warning(Kind kind, String individual, String message) {
    return new PedigreeIssue(Severity.WARNING, kind, individual, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public String toString() {
    return severity + " " + kind + ": " + message;
  }
}
