package org.gms.genomics.reference;

import org.gms.genomics.GenomicsException;

/** A reference FASTA or its index is unusable, or does not match the declared genome build. */
public class ReferenceException extends GenomicsException {

  public ReferenceException(String message) {
    super(message);
  }

  public ReferenceException(String message, Throwable cause) {
    super(message, cause);
  }
}
