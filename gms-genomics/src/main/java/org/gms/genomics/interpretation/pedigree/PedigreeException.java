package org.gms.genomics.interpretation.pedigree;

import org.gms.genomics.GenomicsException;

/** A pedigree that cannot be used: says which file, line and field, and what to do. */
public class PedigreeException extends GenomicsException {

  public PedigreeException(String message) {
    super(message);
  }

  static PedigreeException at(String source, int line, String field, String problem) {
    StringBuilder where = new StringBuilder(source);
    if (line > 0) {
      where.append(", line ").append(line);
    }
    if (field != null) {
      where.append(", field ").append(field);
    }
    return new PedigreeException(where + ": " + problem);
  }
}
