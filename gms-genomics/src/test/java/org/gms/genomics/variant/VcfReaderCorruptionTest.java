package org.gms.genomics.variant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.gms.genomics.reference.GenomeBuild;

/**
 * Random corruptions thrown at the reader, strict and lenient: whatever the damage, the only error
 * that may escape is {@link VcfFormatException}, and lenient reading never delivers more records
 * than the file holds.
 */
class VcfReaderCorruptionTest {

  enum Encoding {
    PLAIN,
    GZIP,
    BGZF
  }

  private static final VcfText FIXTURE = fixture();
  private static final String TEXT = FIXTURE.text();
  private static final int RECORDS = 300;

  @Example
  void theUndamagedFixtureReadsCleanlyInEveryEncoding() {
    for (Encoding encoding : Encoding.values()) {
      VcfReadOptions strict = VcfReadOptions.defaults().withBuild(GenomeBuild.GRCh37);
      assertThat(VcfText.readAll(encode(TEXT, encoding), strict)).hasSize(RECORDS);
    }
  }

  @Property(tries = 100)
  void truncationAnywhere(
      @ForAll Encoding encoding, @ForAll @IntRange(min = 0, max = 10_000) int permille) {
    byte[] whole = encode(TEXT, encoding);
    onlyFormatErrors(Arrays.copyOf(whole, (int) ((long) whole.length * permille / 10_000)));
  }

  @Property(tries = 120)
  void flippedBytes(
      @ForAll Encoding encoding,
      @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 1_000_000) Integer> positions,
      @ForAll byte value) {
    byte[] bytes = encode(TEXT, encoding);
    for (int position : positions) {
      bytes[position % bytes.length] ^= value == 0 ? 1 : value;
    }
    onlyFormatErrors(bytes);
  }

  @Property(tries = 60)
  void deletedTabs(
      @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 0, max = 1_000_000) Integer> which) {
    StringBuilder text = new StringBuilder(TEXT);
    for (int n : which) {
      List<Integer> tabs = new ArrayList<>();
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\t') {
          tabs.add(i);
        }
      }
      text.deleteCharAt(tabs.get(n % tabs.size()));
    }
    for (Encoding encoding : Encoding.values()) {
      onlyFormatErrors(encode(text.toString(), encoding));
    }
  }

  @Property(tries = 120)
  void badNumbers(
      @ForAll @Size(min = 1, max = 4) List<@IntRange(min = 0, max = 1_000_000) Integer> which,
      @ForAll @StringLength(max = 8) String garbage) {
    String text = TEXT;
    for (int n : which) {
      List<int[]> numbers = new ArrayList<>();
      Matcher m = Pattern.compile("\\d+(\\.\\d+)?").matcher(text);
      while (m.find()) {
        numbers.add(new int[] {m.start(), m.end()});
      }
      int[] span = numbers.get(n % numbers.size());
      text = text.substring(0, span[0]) + garbage + text.substring(span[1]);
    }
    onlyFormatErrors(encode(text, Encoding.PLAIN));
  }

  @Property(tries = 120)
  void randomLines(
      @ForAll @IntRange(min = 0, max = 400) int at, @ForAll @StringLength(max = 120) String line) {
    List<String> lines = new ArrayList<>(List.of(TEXT.split("\n", -1)));
    lines.add(Math.min(at, lines.size()), line);
    onlyFormatErrors(encode(String.join("\n", lines), Encoding.BGZF));
    onlyFormatErrors(encode(String.join("\n", lines), Encoding.PLAIN));
  }

  @Property(tries = 80)
  void randomFieldsSwappedBetweenRecords(
      @ForAll @IntRange(min = 0, max = 100_000) int a,
      @ForAll @IntRange(min = 0, max = 100_000) int b,
      @ForAll @IntRange(min = 0, max = 12) int column) {
    String[] lines = TEXT.split("\n");
    int first = lines.length - RECORDS;
    String[] x = lines[first + a % RECORDS].split("\t", -1);
    String[] y = lines[first + b % RECORDS].split("\t", -1);
    int c = column % Math.min(x.length, y.length);
    String swap = x[c];
    x[c] = y[(c + 3) % y.length];
    y[(c + 3) % y.length] = swap;
    lines[first + a % RECORDS] = String.join("\t", x);
    lines[first + b % RECORDS] = String.join("\t", y);
    onlyFormatErrors(encode(String.join("\n", lines) + "\n", Encoding.PLAIN));
  }

  private static void onlyFormatErrors(byte[] content) {
    for (boolean lenient : new boolean[] {false, true}) {
      VcfReadOptions options =
          VcfReadOptions.defaults()
              .withBuild(GenomeBuild.GRCh37)
              .withLenient(lenient)
              .withThreads(2);
      try {
        List<VcfRecord> records = VcfText.readAll(content, options);
        assertThat(records.size()).isLessThanOrEqualTo(RECORDS + 1);
      } catch (VcfFormatException expected) {
        assertThat(expected.getMessage()).startsWith("test.vcf");
        assertThat(expected.reason()).isNotBlank();
      }
    }
  }

  private static byte[] encode(String text, Encoding encoding) {
    return switch (encoding) {
      case PLAIN -> text.getBytes(StandardCharsets.UTF_8);
      case GZIP -> VcfText.gzip(text.getBytes(StandardCharsets.UTF_8));
      case BGZF -> VcfText.bgzip(text.getBytes(StandardCharsets.UTF_8));
    };
  }

  private static VcfText fixture() {
    VcfText vcf =
        VcfText.vcf()
            .meta("##INFO=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">")
            .meta("##INFO=<ID=END,Number=1,Type=Integer,Description=\"End\">")
            .meta("##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">")
            .contig("1", 249_250_621)
            .contig("2", 243_199_373)
            .samples("mother", "father", "child");
    String[] shapes = {
      "%s %d rs%d A G 50.5 PASS DP=%d;DB GT:AD:DP:GQ 0/1:10,12:22:99 0/0:20,0:20:60 1/1:0,18:18:54",
      "%s %d . CAG C,CAGAG 12 q10 DP=%d GT:AD:DP:GQ:PS 1|2:1,5,6:12:30:100 0|1:3,3,0:6:20:100 ./.:.:.:.",
      "%s %d . T <NON_REF> . . END=%d GT:DP 0/0:30 0/0:28 0/0:31",
      "%s %d . G A,* 3e2 PASS DP=%d GT 2/1 0/2 1|1",
    };
    for (int i = 0; i < RECORDS; i++) {
      String chrom = i < RECORDS / 2 ? "1" : "2";
      int pos = 10_000 + i * 37;
      vcf.record(String.format(shapes[i % shapes.length], chrom, pos, pos + 5, pos + 5));
    }
    return vcf;
  }
}
