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

  @org.junit.jupiter.params.ParameterizedTest(name = "level {0}")
  @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2, 6, 9})
  void everyLevelRoundTripsAndHigherLevelsAreNoLarger(int level) throws IOException {
    byte[] text = annotatedLines();
    ByteArrayOutputStream at = new ByteArrayOutputStream();
    try (BgzfOutputStream bgzf = new BgzfOutputStream(at, 2, level)) {
      bgzf.write(text);
    }
    ByteArrayOutputStream fastest = new ByteArrayOutputStream();
    try (BgzfOutputStream bgzf = new BgzfOutputStream(fastest, 2, 1)) {
      bgzf.write(text);
    }
    assertThat(gunzip(at.toByteArray())).isEqualTo(text);
    assertThat(at.size()).isLessThanOrEqualTo(fastest.size());
  }

  @Test
  void levelsOutsideOneToNineAreRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new BgzfOutputStream(new ByteArrayOutputStream(), 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 to 9");
  }

  /** Varied text: lines with counters, so that levels compress it differently. */
  private static byte[] annotatedLines() {
    StringBuilder text = new StringBuilder();
    Random random = new Random(11);
    for (int i = 0; i < 20_000; i++) {
      text.append("17\t")
          .append(43_000_000 + i * 37)
          .append("\t.\tA\tG\t")
          .append(random.nextInt(1000))
          .append("\tPASS\tDP=")
          .append(random.nextInt(200))
          .append(";GMS_ANN=G|BRCA1|HGNC:1100|ENST00000357654|1|intron_variant||")
          .append(random.nextInt(23))
          .append("/22|c.")
          .append(random.nextInt(5000))
          .append("+")
          .append(random.nextInt(900))
          .append("A>G\n");
    }
    return text.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
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
