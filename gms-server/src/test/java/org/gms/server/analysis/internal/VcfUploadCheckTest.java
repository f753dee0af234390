package org.gms.server.analysis.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;
import org.gms.server.GmsException;
import org.gms.server.UploadLimits;
import org.gms.server.VcfUploadCheck;
import org.junit.jupiter.api.Test;

/** The streamed upload checks, with low limits and small decompression bombs. */
class VcfUploadCheckTest {

  private static final UploadLimits LOW =
      new UploadLimits(1L << 20, 8L << 20, 4096, 64L << 10, Duration.ofDays(1));

  /** A gzip of {@code count} copies of the line: a few kilobytes that expand to megabytes. */
  private static byte[] bomb(String line, int count) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      byte[] bytes = line.getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < count; i++) {
        gzip.write(bytes);
      }
    }
    return out.toByteArray();
  }

  @Test
  void aHeaderBombIsRefusedAtTheHeaderLimit() throws Exception {
    byte[] bomb = bomb("##comment=" + "A".repeat(1000) + "\n", 100_000); // 100 MB of header
    org.assertj.core.api.Assertions.assertThat(bomb.length).isLessThan(1 << 20);

    assertThatThrownBy(() -> check(bomb))
        .isInstanceOf(GmsException.class)
        .hasMessageContaining("the header")
        .hasMessageContaining("65536 bytes")
        .satisfies(e -> kind(e, GmsException.Kind.INVALID_INPUT));
  }

  @Test
  void aBodyThatExpandsPastTheLimitIsRefusedAs413() throws Exception {
    byte[] bomb =
        bomb("chr1\t1\t.\tA\tG\t50\tPASS\t.\tGT\t0/1" + "\t0/1".repeat(100) + "\n", 200_000);

    assertThatThrownBy(() -> check(bomb))
        .hasMessageContaining("expands to more than 8388608 bytes")
        .satisfies(e -> kind(e, GmsException.Kind.PAYLOAD_TOO_LARGE));
  }

  @Test
  void aLongLineIsRefusedWithItsLineNumber() {
    byte[] vcf =
        ("##fileformat=VCFv4.2\n#CHROM\tPOS\n" + "chr1\t" + "1".repeat(5000) + "\n")
            .getBytes(StandardCharsets.US_ASCII);

    assertThatThrownBy(() -> check(vcf)).hasMessageContaining("x.vcf, line 3: longer than 4096");
  }

  @Test
  void aNulByteAndDamagedGzipAreRefused() throws Exception {
    assertThatThrownBy(() -> check("##x\n#CHROM\0\n".getBytes(StandardCharsets.US_ASCII)))
        .hasMessageContaining("line 2: a NUL byte");
    byte[] cut = bomb("##x\n", 10);
    byte[] truncated = java.util.Arrays.copyOf(cut, cut.length - 6);
    assertThatThrownBy(() -> check(truncated)).hasMessageContaining("damaged or cut short");
  }

  @Test
  void anOrdinaryVcfPasses() throws Exception {
    byte[] vcf = bomb("##fileformat=VCFv4.2\n#CHROM\tPOS\tID\nchr1\t1\t.\n", 1);
    assertThatCode(() -> check(vcf)).doesNotThrowAnyException();
  }

  private static void check(byte[] bytes) throws IOException {
    VcfUploadCheck.check(new ByteArrayInputStream(bytes), "x.vcf", LOW);
  }

  private static void kind(Throwable e, GmsException.Kind kind) {
    org.assertj.core.api.Assertions.assertThat(((GmsException) e).kind()).isEqualTo(kind);
  }
}
