package org.gms.genomics.cancer.trial;

import org.gms.genomics.GenomicsException;

/** A trial file that cannot be read: names the file, the place in the document and what to do. */
public final class TrialFormatException extends GenomicsException {

  private final String file;
  private final String documentPath;

  public TrialFormatException(String file, String documentPath, String problem) {
    super(file + (documentPath.isEmpty() ? "" : " at " + documentPath) + ": " + problem);
    this.file = file;
    this.documentPath = documentPath;
  }

  /** The file name. */
  public String file() {
    return file;
  }

  /** Where in the document ({@code treatment_list.step[0].arm[2].match[0].and[1]}), or empty. */
  public String documentPath() {
    return documentPath;
  }
}
