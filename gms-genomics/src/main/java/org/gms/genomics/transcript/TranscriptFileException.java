package org.gms.genomics.transcript;

import java.nio.file.Path;
import org.gms.genomics.GenomicsException;

/** A transcript model or sequence file that cannot be read as it stands. */
public class TranscriptFileException extends GenomicsException {

  public TranscriptFileException(String message) {
    super(message);
  }

  public TranscriptFileException(String message, Throwable cause) {
    super(message, cause);
  }

  /** A problem at one line and field, with what to do about it. */
  static TranscriptFileException at(Path file, long line, String field, String problem) {
    return new TranscriptFileException(
        file
            + ":"
            + line
            + ": field '"
            + field
            + "': "
            + problem
            + " (fix or remove the line, or use an unmodified release file)");
  }
}
