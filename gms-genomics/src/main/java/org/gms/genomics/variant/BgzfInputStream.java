package org.gms.genomics.variant;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads a BGZF file, inflating blocks ahead of the reader on worker threads (blocks are
 * independent, so they inflate in parallel and are handed out in order). A file that ends inside a
 * block or without the end-of-file block is reported as truncated; bad CRCs and sizes as corrupt.
 */
final class BgzfInputStream extends InputStream {

  private static final int READ_AHEAD = 64;
  private static final ThreadLocal<Inflater> INFLATERS =
      ThreadLocal.withInitial(() -> new Inflater(true));

  private final InputStream raw;
  private final ExecutorService workers;
  private final ArrayDeque<Future<byte[]>> pending = new ArrayDeque<>();
  private byte[] current = new byte[0];
  private int position;
  private long compressedOffset;
  private boolean rawExhausted;
  private boolean lastBlockWasEof;

  BgzfInputStream(InputStream raw, int threads) {
    this.raw = raw;
    this.workers = Bgzf.workers("bgzf-inflate", threads);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] into, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (position == current.length) {
      if (!nextBlock()) {
        return -1;
      }
    }
    int n = Math.min(length, current.length - position);
    System.arraycopy(current, position, into, offset, n);
    position += n;
    return n;
  }

  private boolean nextBlock() throws IOException {
    while (!rawExhausted && pending.size() < READ_AHEAD) {
      byte[] block;
      try {
        block = readRawBlock();
      } catch (CompressedInputException e) {
        // Reported in order, after the lines of the blocks before it have been read.
        pending.add(CompletableFuture.failedFuture(e));
        rawExhausted = true;
        break;
      }
      if (block == null) {
        rawExhausted = true;
      } else {
        long at = compressedOffset - block.length;
        pending.add(workers.submit(() -> inflate(block, at)));
      }
    }
    Future<byte[]> next = pending.poll();
    if (next == null) {
      if (!lastBlockWasEof) {
        throw new CompressedInputException(
            VcfProblem.TRUNCATED_FILE,
            "the BGZF end-of-file marker is missing, so the file was cut short (an interrupted"
                + " copy or download?); obtain the complete file");
      }
      return false;
    }
    current = await(next);
    position = 0;
    return true;
  }

  private static byte[] await(Future<byte[]> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while inflating", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException(e.getCause());
    }
  }

  /** The next whole compressed block, or null at a clean end of the file. */
  private byte[] readRawBlock() throws IOException {
    byte[] header = new byte[Bgzf.HEADER_SIZE];
    int got = raw.readNBytes(header, 0, header.length);
    if (got == 0) {
      return null;
    }
    long at = compressedOffset;
    if (got < header.length) {
      throw truncated(at);
    }
    if (!Bgzf.isBgzf(header, got)) {
      throw new CompressedInputException(
          VcfProblem.CORRUPT_COMPRESSION,
          "no BGZF block header at compressed byte " + at + "; the file is damaged");
    }
    int extraLength = (header[10] & 0xff) | (header[11] & 0xff) << 8;
    int blockSize = ((header[16] & 0xff) | (header[17] & 0xff) << 8) + 1;
    if (extraLength != 6 || blockSize < Bgzf.HEADER_SIZE + Bgzf.FOOTER_SIZE + 2) {
      throw new CompressedInputException(
          VcfProblem.CORRUPT_COMPRESSION,
          "unsupported or damaged BGZF block header at compressed byte " + at);
    }
    byte[] block = new byte[blockSize];
    System.arraycopy(header, 0, block, 0, header.length);
    int rest = raw.readNBytes(block, header.length, blockSize - header.length);
    if (rest < blockSize - header.length) {
      throw truncated(at);
    }
    compressedOffset += blockSize;
    lastBlockWasEof = blockSize == Bgzf.EOF_BLOCK.length && uncompressedSize(block) == 0;
    return block;
  }

  private static CompressedInputException truncated(long at) {
    return new CompressedInputException(
        VcfProblem.TRUNCATED_FILE,
        "the file ends inside the compressed block starting at byte "
            + at
            + ", so it was cut short (an interrupted copy or download?); obtain the complete file");
  }

  private static int uncompressedSize(byte[] block) {
    int n = block.length;
    return (block[n - 4] & 0xff)
        | (block[n - 3] & 0xff) << 8
        | (block[n - 2] & 0xff) << 16
        | (block[n - 1] & 0xff) << 24;
  }

  private static byte[] inflate(byte[] block, long at) throws CompressedInputException {
    int n = block.length;
    int size = uncompressedSize(block);
    if (size < 0 || size > Bgzf.MAX_BLOCK) {
      throw corrupt(at, "impossible uncompressed size " + size, null);
    }
    byte[] out = new byte[size];
    Inflater inflater = INFLATERS.get();
    inflater.reset();
    inflater.setInput(block, Bgzf.HEADER_SIZE, n - Bgzf.HEADER_SIZE - Bgzf.FOOTER_SIZE);
    try {
      int produced = 0;
      while (produced < size) {
        int step = inflater.inflate(out, produced, size - produced);
        if (step == 0) {
          break;
        }
        produced += step;
      }
      if (produced != size || !inflater.finished() && size > 0) {
        throw corrupt(at, "the block does not inflate to its recorded size", null);
      }
    } catch (DataFormatException e) {
      throw corrupt(at, e.getMessage(), e);
    }
    CRC32 crc = new CRC32();
    crc.update(out, 0, size);
    int expected =
        (block[n - 8] & 0xff)
            | (block[n - 7] & 0xff) << 8
            | (block[n - 6] & 0xff) << 16
            | (block[n - 5] & 0xff) << 24;
    if ((int) crc.getValue() != expected) {
      throw corrupt(at, "CRC check failed", null);
    }
    return out;
  }

  private static CompressedInputException corrupt(long at, String why, Throwable cause) {
    return new CompressedInputException(
        VcfProblem.CORRUPT_COMPRESSION,
        "the compressed block at byte " + at + " is damaged (" + why + "); obtain a good copy",
        cause);
  }

  @Override
  public void close() throws IOException {
    workers.shutdownNow();
    raw.close();
  }
}
