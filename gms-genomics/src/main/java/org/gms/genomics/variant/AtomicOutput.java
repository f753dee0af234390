package org.gms.genomics.variant;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.gms.genomics.GenomicsException;

/**
 * An output file that appears only when complete: bytes go to a hidden temporary file in the same
 * directory, which {@link #commit()} moves into place (atomically where the file system allows);
 * closing without committing deletes it. A failed run therefore never leaves a half-written file,
 * nor destroys an existing one.
 *
 * <pre>{@code
 * try (AtomicOutput out = AtomicOutput.create(target)) {
 *   write(out.stream());
 *   out.commit();
 * }
 * }</pre>
 */
public final class AtomicOutput implements AutoCloseable {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path target;
  private final Path temporary;
  private final OutputStream stream;
  private boolean closed;

  private AtomicOutput(Path target) throws IOException {
    this.target = target.toAbsolutePath();
    Path directory = this.target.getParent();
    Files.createDirectories(directory);
    // Not Files.createTempFile: that makes the file private (0600); the result should get the
    // permissions any new file in that directory gets.
    String name =
        "." + this.target.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".partial";
    this.temporary = directory.resolve(name);
    this.stream =
        new BufferedOutputStream(
            Files.newOutputStream(
                temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
            1 << 16);
  }

  /** Starts writing {@code target}; its directory is created if needed. */
  public static AtomicOutput create(Path target) {
    try {
      return new AtomicOutput(target);
    } catch (IOException e) {
      throw new GenomicsException("Cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  /** Where to write; do not close it yourself, {@link #commit()} or {@link #close()} does. */
  public OutputStream stream() {
    return stream;
  }

  /**
   * The file as UTF-8 text, gzip-compressed when its name ends in .gz; close the writer (which
   * finishes the compression) before {@link #commit()}.
   */
  public Writer text() throws IOException {
    OutputStream out =
        target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
            ? new GZIPOutputStream(stream, 1 << 16)
            : stream;
    return new OutputStreamWriter(out, StandardCharsets.UTF_8);
  }

  public Path target() {
    return target;
  }

  /** Finishes the file and moves it into place, replacing any file of the same name. */
  public void commit() {
    if (closed) {
      throw new IllegalStateException("Output " + target + " is already closed");
    }
    closed = true;
    try {
      stream.close();
      try {
        Files.move(
            temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      deleteTemporary();
      throw new GenomicsException("Cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  /** Discards the output unless it was committed. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      stream.close();
    } catch (IOException ignored) {
      // the output is being discarded anyway
    }
    deleteTemporary();
  }

  private void deleteTemporary() {
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException ignored) {
      // nothing more can be done; the name starts with '.' and ends in .partial
    }
  }
}
