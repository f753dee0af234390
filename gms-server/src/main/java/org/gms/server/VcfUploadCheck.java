package org.gms.server;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Streams an upload once, decompressing it if it is gzip/bgzip, and refuses it as soon as it passes
 * a limit: expanded size (413), line length or header size (400). Memory stays that of one buffer
 * whatever the input, so a small file that expands to gigabytes (a decompression bomb) is refused
 * after reading only as much as the limit.
 */
public final class VcfUploadCheck {

  private VcfUploadCheck() {}

  public static void check(InputStream raw, String name, UploadLimits limits) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(raw, 1 << 16);
    buffered.mark(2);
    boolean gzip = buffered.read() == 0x1f && buffered.read() == 0x8b;
    buffered.reset();
    InputStream in = gzip ? new GZIPInputStream(buffered, 1 << 16) : buffered;
    byte[] buffer = new byte[1 << 16];
    long expanded = 0;
    long header = 0;
    long line = 1;
    long lineLength = 0;
    boolean inHeader = true;
    boolean lineStart = true;
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        expanded += n;
        if (expanded > limits.maxExpandedBytes()) {
          throw new GmsException(
              GmsException.Kind.PAYLOAD_TOO_LARGE,
              name
                  + " expands to more than "
                  + limits.maxExpandedBytes()
                  + " bytes, the most accepted (gms.upload.max-expanded-bytes).");
        }
        for (int i = 0; i < n; i++) {
          byte b = buffer[i];
          if (lineStart) {
            inHeader = inHeader && b == '#';
            lineStart = false;
          }
          if (b == '\n') {
            line++;
            lineLength = 0;
            lineStart = true;
          } else if (++lineLength > limits.maxLineBytes()) {
            throw new GmsException(
                name
                    + ", line "
                    + line
                    + ": longer than "
                    + limits.maxLineBytes()
                    + " bytes, the most accepted for one line (gms.upload.max-line-bytes).");
          } else if (b == 0) {
            throw new GmsException(
                name + ", line " + line + ": a NUL byte; a VCF is text. Is it the right file?");
          }
          if (inHeader && ++header > limits.maxHeaderBytes()) {
            throw new GmsException(
                name
                    + ": the header (lines starting with '#') is longer than "
                    + limits.maxHeaderBytes()
                    + " bytes, the most accepted (gms.upload.max-header-bytes).");
          }
        }
      }
    } catch (ZipException | java.io.EOFException e) {
      throw new GmsException(
          name + ": the gzip data is damaged or cut short (" + e.getMessage() + ").");
    }
  }
}
