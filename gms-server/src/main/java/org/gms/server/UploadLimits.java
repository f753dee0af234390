package org.gms.server;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on uploaded VCFs ({@code POST /api/vcf-files} and {@code POST /api/patients/{nhs}/pgx}),
 * under {@code gms.upload}. Each is checked while the upload is streamed, never by holding it in
 * memory.
 *
 * @param maxBytes the most bytes sent (compressed as sent; default 4 GiB)
 * @param maxExpandedBytes the most bytes once decompressed (default 64 GiB)
 * @param maxLineBytes the longest line (default 1 MiB)
 * @param maxHeaderBytes the most bytes of header lines, which are read into memory (default 16 MiB)
 * @param staleAfter how long an upload no analysis uses is kept (default 7 days)
 */
@ConfigurationProperties("gms.upload")
public record UploadLimits(
    Long maxBytes,
    Long maxExpandedBytes,
    Integer maxLineBytes,
    Long maxHeaderBytes,
    Duration staleAfter) {

  public UploadLimits {
    maxBytes = maxBytes == null ? 4L << 30 : maxBytes;
    maxExpandedBytes = maxExpandedBytes == null ? 64L << 30 : maxExpandedBytes;
    maxLineBytes = maxLineBytes == null ? 1 << 20 : maxLineBytes;
    maxHeaderBytes = maxHeaderBytes == null ? 16L << 20 : maxHeaderBytes;
    staleAfter = staleAfter == null ? Duration.ofDays(7) : staleAfter;
    if (maxBytes <= 0 || maxExpandedBytes <= 0 || maxLineBytes <= 0 || maxHeaderBytes <= 0) {
      throw new IllegalArgumentException("gms.upload limits must be positive");
    }
  }

  /** The defaults. */
  public static UploadLimits defaults() {
    return new UploadLimits(null, null, null, null, null);
  }
}
