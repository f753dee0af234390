package org.gms.genomics.variant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** BGZF output is standard gzip (members with the BC field) that any gzip reader inflates. */
class BgzfOutputStreamTest {

  @Test
  void incompressibleDataIsStoredInBlocksThatStillFit() throws IOException {
    byte[] random = new byte[1_000_000];
    new Random(7).nextBytes(random);
    byte[] compressed = bgzf(random, 3);
    assertThat(gunzip(compressed)).isEqualTo(random);
    assertEveryBlockIsAtMost64KiB(compressed);
  }

  @Test
  void textRoundTripsThroughOurInflaterAndJavasGzip() throws IOException {
    byte[] text = "1\t100\t.\tA\tG\t50\tPASS\tDP=10\n".repeat(50_000).getBytes();
    byte[] compressed = bgzf(text, 2);
    assertThat(compressed.length).isLessThan(text.length / 10);
    assertThat(gunzip(compressed)).isEqualTo(text);
    try (InputStream in = new BgzfInputStream(new ByteArrayInputStream(compressed), 2)) {
      assertThat(in.readAllBytes()).isEqualTo(text);
    }
  }

  private static byte[] bgzf(byte[] data, int threads) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (BgzfOutputStream bgzf = new BgzfOutputStream(out, threads)) {
      for (int i = 0; i < data.length; i += 7_919) {
        bgzf.write(data, i, Math.min(7_919, data.length - i));
      }
    }
    return out.toByteArray();
  }

  private static void assertEveryBlockIsAtMost64KiB(byte[] compressed) {
    int at = 0;
    int blocks = 0;
    while (at < compressed.length) {
      assertThat(Bgzf.isBgzf(java.util.Arrays.copyOfRange(compressed, at, at + 18), 18)).isTrue();
      int size = ((compressed[at + 16] & 0xff) | (compressed[at + 17] & 0xff) << 8) + 1;
      assertThat(size).isLessThanOrEqualTo(Bgzf.MAX_BLOCK);
      at += size;
      blocks++;
    }
    assertThat(at).isEqualTo(compressed.length);
    assertThat(blocks).isGreaterThan(15);
  }

  private static byte[] gunzip(byte[] compressed) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
      return in.readAllBytes();
    }
  }
}
