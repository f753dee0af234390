package org.gms.genomics.variant;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes BGZF (bgzip-compatible, so tabix and bcftools read it): data is cut into blocks of at most
 * 65,280 bytes, each compressed as its own gzip member with the {@code BC} extra field on worker
 * threads, written in order, and the stream ends with the standard empty end-of-file block.
 */
public final class BgzfOutputStream extends OutputStream {

  /** bgzip's and htslib's default deflate level. */
  public static final int DEFAULT_LEVEL = 6;

  private final OutputStream out;
  private final ExecutorService workers;
  private final int maxPending;
  private final ThreadLocal<Deflater> deflaters;
  private final int level;
  private final ArrayDeque<Future<byte[]>> pending = new ArrayDeque<>();
  private byte[] buffer = new byte[Bgzf.MAX_PAYLOAD];
  private int filled;
  private boolean closed;

  /** Compresses on {@code threads} worker threads (at least 1) into {@code out}. */
  public BgzfOutputStream(OutputStream out, int threads) {
    this(out, threads, DEFAULT_LEVEL);
  }

  /**
   * As {@link #BgzfOutputStream(OutputStream, int)} at a deflate level from 1 (fastest) to 9
   * (smallest).
   */
  public BgzfOutputStream(OutputStream out, int threads, int level) {
    if (threads < 1) {
      throw new IllegalArgumentException("At least one compression thread is needed");
    }
    if (level < 1 || level > 9) {
      throw new IllegalArgumentException("Compression levels go from 1 to 9; got " + level);
    }
    this.out = out;
    this.level = level;
    this.workers = Bgzf.workers("bgzf-deflate", threads);
    this.maxPending = threads * 8;
    this.deflaters = ThreadLocal.withInitial(() -> new Deflater(level, true));
  }

  public BgzfOutputStream(OutputStream out) {
    this(out, Bgzf.defaultThreads());
  }

  @Override
  public void write(int b) throws IOException {
    if (filled == buffer.length) {
      submit();
    }
    buffer[filled++] = (byte) b;
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    while (length > 0) {
      if (filled == buffer.length) {
        submit();
      }
      int n = Math.min(length, buffer.length - filled);
      System.arraycopy(bytes, offset, buffer, filled, n);
      filled += n;
      offset += n;
      length -= n;
    }
  }

  /** Compresses what is buffered as one block and writes every finished block. */
  @Override
  public void flush() throws IOException {
    if (filled > 0) {
      submit();
    }
    while (!pending.isEmpty()) {
      writeNext();
    }
    out.flush();
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      flush();
      out.write(Bgzf.EOF_BLOCK);
    } finally {
      workers.shutdownNow();
      out.close();
    }
  }

  private void submit() throws IOException {
    byte[] data = buffer;
    int length = filled;
    buffer = new byte[Bgzf.MAX_PAYLOAD];
    filled = 0;
    pending.add(workers.submit(() -> compress(data, length)));
    while (pending.size() > maxPending || !pending.isEmpty() && pending.peek().isDone()) {
      writeNext();
    }
  }

  private void writeNext() throws IOException {
    try {
      out.write(pending.poll().get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while compressing", e);
    } catch (ExecutionException e) {
      throw new IOException("Compression failed: " + e.getCause(), e.getCause());
    }
  }

  private byte[] compress(byte[] data, int length) {
    byte[] block = new byte[Bgzf.MAX_BLOCK];
    Deflater deflater = deflaters.get();
    deflater.reset();
    deflater.setLevel(level);
    int compressed = deflate(deflater, data, length, block);
    if (compressed < 0) {
      // Incompressible data: store it (always fits, 65,280 bytes plus a few bytes of framing).
      deflater.reset();
      deflater.setLevel(Deflater.NO_COMPRESSION);
      compressed = deflate(deflater, data, length, block);
    }
    int size = Bgzf.HEADER_SIZE + compressed + Bgzf.FOOTER_SIZE;
    System.arraycopy(Bgzf.EOF_BLOCK, 0, block, 0, Bgzf.HEADER_SIZE);
    block[16] = (byte) (size - 1);
    block[17] = (byte) ((size - 1) >>> 8);
    CRC32 crc = new CRC32();
    crc.update(data, 0, length);
    int at = Bgzf.HEADER_SIZE + compressed;
    putInt(block, at, (int) crc.getValue());
    putInt(block, at + 4, length);
    return Arrays.copyOf(block, size);
  }

  /** Compressed length, or -1 if it does not fit in a BGZF block. */
  private static int deflate(Deflater deflater, byte[] data, int length, byte[] block) {
    deflater.setInput(data, 0, length);
    deflater.finish();
    int room = block.length - Bgzf.HEADER_SIZE - Bgzf.FOOTER_SIZE;
    int written = 0;
    while (!deflater.finished()) {
      int n = deflater.deflate(block, Bgzf.HEADER_SIZE + written, room - written);
      written += n;
      if (written == room && !deflater.finished()) {
        return -1;
      }
    }
    return written;
  }

  private static void putInt(byte[] block, int at, int value) {
    block[at] = (byte) value;
    block[at + 1] = (byte) (value >>> 8);
    block[at + 2] = (byte) (value >>> 16);
    block[at + 3] = (byte) (value >>> 24);
  }
}
