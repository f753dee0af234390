package org.gms.genomics;

/**
 * The root of every error the genomics core reports to a user. Messages say what was wrong, where
 * (file, line, field) and what to do about it.
 */
public class GenomicsException extends RuntimeException {

  public GenomicsException(String message) {
    super(message);
  }

  public GenomicsException(String message, Throwable cause) {
    super(message, cause);
  }
}
