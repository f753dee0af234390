package org.gms.genomics.variant;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.gms.genomics.GenomicsException;

/**
 * Streams the records of a VCF (4.0 to 4.5; plain, gzip or BGZF, told apart by content), in file
 * order, one at a time: memory does not grow with the file. BGZF blocks are inflated ahead on
 * worker threads.
 *
 * <p>Every problem with the content is a {@link VcfFormatException} naming file, line, column and
 * reason. In lenient mode records with a record-level problem are skipped and counted in {@link
 * #summary()}; truncated or corrupt compression, a missing header and a build mismatch always stop.
 *
 * <pre>{@code
 * try (VcfReader reader = VcfReader.open(path, VcfReadOptions.defaults().withBuild(GRCh38))) {
 *   for (VcfRecord record : reader) { ... }
 * }
 * }</pre>
 */
public final class VcfReader implements AutoCloseable, Iterable<VcfRecord> {

  private final String source;
  private final LineSource lines;
  private final VcfHeader header;
  private final VcfRecordParser parser;
  private final boolean lenient;
  private final VcfHeaderParser headerParser;
  private final Map<VcfProblem, Long> skipped = new EnumMap<>(VcfProblem.class);
  private final Map<VcfProblem, String> firstExample = new EnumMap<>(VcfProblem.class);
  private long recordsRead;
  private boolean iterated;

  private VcfReader(String source, InputStream raw, VcfReadOptions options) throws IOException {
    this.source = source;
    this.lenient = options.lenient();
    this.lines = new LineSource(decompressed(raw, options.threads()));
    this.headerParser = new VcfHeaderParser(source, options);
    VcfHeader parsed;
    try {
      parsed = headerParser.parse(lines);
    } catch (IOException e) {
      throw translate(e);
    }
    this.header = parsed;
    this.parser = new VcfRecordParser(header, source, options);
  }

  /** Opens a VCF file; the file name is used in error messages. */
  public static VcfReader open(Path path, VcfReadOptions options) {
    InputStream raw;
    try {
      raw = Files.newInputStream(path);
    } catch (NoSuchFileException e) {
      throw new GenomicsException("VCF file not found: " + path);
    } catch (IOException e) {
      throw new GenomicsException("Cannot open VCF file " + path + ": " + e.getMessage(), e);
    }
    return open(raw, path.toString(), options);
  }

  public static VcfReader open(Path path) {
    return open(path, VcfReadOptions.defaults());
  }

  /** Reads a VCF from a stream (closed with the reader); {@code source} names it in errors. */
  public static VcfReader open(InputStream in, String source, VcfReadOptions options) {
    try {
      return new VcfReader(source, in, options);
    } catch (IOException e) {
      closeQuietly(in);
      throw new GenomicsException("Cannot read " + source + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(in);
      throw e;
    }
  }

  public VcfHeader header() {
    return header;
  }

  /** The file name used in messages. */
  public String source() {
    return source;
  }

  /**
   * The next record, or null at the end of the file.
   *
   * @throws VcfFormatException for bad content (in lenient mode only for file-level problems)
   */
  public VcfRecord read() {
    while (true) {
      byte[] line;
      try {
        line = lines.next();
      } catch (IOException e) {
        throw translate(e);
      }
      if (line == null) {
        return null;
      }
      try {
        if (line.length > 0 && line[0] == '#') {
          throw new VcfFormatException(
              source,
              lines.lineNumber(),
              null,
              VcfProblem.MALFORMED_FIELD,
              "a header line after the first record; header lines must all come before the records");
        }
        VcfRecord record = parser.parse(line, lines.lineNumber());
        recordsRead++;
        return record;
      } catch (VcfFormatException e) {
        if (!lenient || !e.problem().skippable()) {
          throw e;
        }
        skipped.merge(e.problem(), 1L, Long::sum);
        firstExample.putIfAbsent(
            e.problem(),
            "line " + e.line() + (e.column() == null ? "" : ", " + e.column()) + ": " + e.reason());
      }
    }
  }

  /** The records from here to the end, as a sequential stream (closing it closes the reader). */
  public Stream<VcfRecord> records() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(
                iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(this::close);
  }

  /** Iterates once over the remaining records. */
  @Override
  public Iterator<VcfRecord> iterator() {
    if (iterated) {
      throw new IllegalStateException("A VCF reader can be iterated only once");
    }
    iterated = true;
    return new Iterator<>() {
      private VcfRecord next = read();

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public VcfRecord next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        VcfRecord current = next;
        next = read();
        return current;
      }
    };
  }

  /** Records read and skipped so far, and header repairs. */
  public VcfReadSummary summary() {
    return new VcfReadSummary(recordsRead, skipped, firstExample, headerParser.warnings());
  }

  @Override
  public void close() {
    try {
      lines.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private RuntimeException translate(IOException e) {
    long line = lines.lineNumber() + 1;
    if (e instanceof CompressedInputException c) {
      return new VcfFormatException(source, line, null, c.problem(), c.getMessage(), c);
    }
    if (e instanceof LineSource.LineTooLongException) {
      return new VcfFormatException(
          source,
          line,
          null,
          VcfProblem.NOT_TEXT,
          "no line break within " + (LineSource.MAX_LINE >> 20) + " MiB; this is not a VCF",
          e);
    }
    if (e instanceof EOFException) {
      return new VcfFormatException(
          source,
          line,
          null,
          VcfProblem.TRUNCATED_FILE,
          "the gzip stream ends early, so the file was cut short (an interrupted copy or"
              + " download?); obtain the complete file",
          e);
    }
    if (e instanceof ZipException) {
      return new VcfFormatException(
          source,
          line,
          null,
          VcfProblem.CORRUPT_COMPRESSION,
          "the gzip data is damaged (" + e.getMessage() + "); obtain a good copy",
          e);
    }
    return new GenomicsException("Cannot read " + source + ": " + e.getMessage(), e);
  }

  /** Plain text, gzip or BGZF, told apart by the first bytes (not by the file name). */
  private static InputStream decompressed(InputStream raw, int threads) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
    in.mark(Bgzf.HEADER_SIZE);
    byte[] start = in.readNBytes(Bgzf.HEADER_SIZE);
    in.reset();
    if (Bgzf.isBgzf(start, start.length)) {
      return new BgzfInputStream(in, threads);
    }
    if (Bgzf.isGzip(start, start.length)) {
      try {
        return new GZIPInputStream(in, 1 << 16);
      } catch (EOFException | ZipException e) {
        return new FailingStream(e);
      }
    }
    return in;
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // the original error matters more
    }
  }

  /** A gzip stream whose header is already broken: fails on first read, with the line number. */
  private static final class FailingStream extends InputStream {
    private final IOException failure;

    FailingStream(IOException failure) {
      this.failure = failure;
    }

    @Override
    public int read() throws IOException {
      throw failure;
    }
  }
}
