package org.gms.genomics.variant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gms.genomics.variant.VcfText.readAll;
import static org.gms.genomics.variant.VcfText.vcf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.gms.genomics.reference.GenomeBuild;
import org.gms.genomics.reference.ReferenceGenome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every bad input gives a message with file, line, column and reason; lenient mode counts them. */
class VcfErrorMessagesTest {

  private static final VcfReadOptions GRCH37 =
      VcfReadOptions.defaults().withBuild(GenomeBuild.GRCh37);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        // record (spaces become tabs)             | problem                | column          |
        // reason contains
        "1 100 . A G . PASS                         | WRONG_COLUMN_COUNT     |                 | expected 10 tab-separated columns (8 fixed + FORMAT + 1 sample(s)), found 7",
        "1 1e5 . A G . PASS . GT 0/1                | MALFORMED_POSITION     | POS             | '1e5' is not a whole number",
        "1 0 . A G . PASS . GT 0/1                  | MALFORMED_POSITION     | POS             | positions are 1-based",
        "1 100 . AXG G . PASS . GT 0/1              | MALFORMED_REF          | REF             | 'AXG' is not a reference allele",
        "1 100 . A a . PASS . GT 0/1                | MALFORMED_ALT          | ALT             | ALT allele 1 'A' is the same as REF",
        "1 100 . A G,<DEL . PASS . GT 0/1           | MALFORMED_ALT          | ALT             | ALT allele 2 '<DEL'",
        "1 100 . A G 4x2 PASS . GT 0/1              | MALFORMED_QUAL         | QUAL            | '4x2' is not a number",
        "1 100 . A G . PASS . GT 0/2                | MALFORMED_SAMPLE       | sample S1 GT    | allele index above the 1 ALT allele(s)",
        "1 100 . A G . PASS . GT 0-1                | MALFORMED_SAMPLE       | sample S1 GT    | '0-1' is not a genotype",
        "1 100 . A G . PASS . GT:GT 0/1:0/1         | MALFORMED_FIELD        | FORMAT          | repeats a key",
        "1 100 . A G .  . GT 0/1                    | MALFORMED_FIELD        | FILTER          | the column is empty",
        "chr99 100 . A G . PASS . GT 0/1            | UNKNOWN_CONTIG         | CHROM           | 'chr99' is neither a GRCh37 chromosome nor declared",
        "1 249250621 . AC G . PASS . GT 0/1         | POSITION_BEYOND_CONTIG | POS             | runs past the contig's end at 249250621",
        "1 100 . A <NON_REF> . . END=99 GT 0/0      | MALFORMED_INFO         | INFO END        | END '99' is not a position at or after POS 100",
        "1 100 . A <NON_REF> . . DP=3;END=1x GT 0/0 | MALFORMED_INFO         | INFO END        | END '1x' is not a position",
      })
  void aBadRecordIsReportedWithFileLineColumnAndReason(
      String record, VcfProblem problem, String column, String reason) {
    byte[] content =
        vcf()
            .contig("1", 249_250_621)
            .samples("S1")
            .record("1 50 . C T . PASS . GT 0/0")
            .record(record)
            .bytes();
    assertThatThrownBy(() -> readAll(content, GRCH37))
        .isInstanceOfSatisfying(
            VcfFormatException.class,
            e -> {
              assertThat(e.problem()).isEqualTo(problem);
              assertThat(e.line()).isEqualTo(5);
              assertThat(e.column()).isEqualTo(column);
              assertThat(e.file()).isEqualTo("test.vcf");
              assertThat(e.reason()).contains(reason);
              assertThat(e.getMessage()).startsWith("test.vcf, line 5");
            });
  }

  @Test
  void lenientReadingSkipsBadRecordsAndCountsThemByReason() {
    byte[] content =
        vcf()
            .contig("1", 249_250_621)
            .samples("S1")
            .record("1 100 . A G . PASS . GT 0/1")
            .record("1 abc . A G . PASS . GT 0/1")
            .record("1 101 . A G . PASS . GT 0/9")
            .record("1 102 . A G . PASS . GT 0/1")
            .record("1 xyz . A G . PASS . GT 0/1")
            .bytes();
    try (VcfReader reader = VcfText.read(content, GRCH37.withLenient(true))) {
      assertThat(reader.records().map(VcfRecord::position)).containsExactly(100L, 102L);
      VcfReadSummary summary = reader.summary();
      assertThat(summary.recordsRead()).isEqualTo(2);
      assertThat(summary.skipped())
          .containsEntry(VcfProblem.MALFORMED_POSITION, 2L)
          .containsEntry(VcfProblem.MALFORMED_SAMPLE, 1L);
      assertThat(summary.describe())
          .contains("2 records read, 3 skipped")
          .contains("2 x malformed POS (first: line 5, POS: 'abc' is not a whole number)");
    }
  }

  @Test
  void aMismatchedContigLengthIsABuildErrorNamingTheRightBuild() {
    byte[] content = vcf().contig("chr1", 248_956_422).record("chr1 100 . A G . PASS .").bytes();
    assertThatThrownBy(() -> readAll(content, GRCH37))
        .isInstanceOfSatisfying(
            VcfFormatException.class,
            e -> {
              assertThat(e.problem()).isEqualTo(VcfProblem.BUILD_MISMATCH);
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.reason()).contains("that is the GRCh38 length, so the input is GRCh38");
            });
    assertThat(readAll(content, VcfReadOptions.defaults().withBuild(GenomeBuild.GRCh38)))
        .hasSize(1);
  }

  @Test
  void anAssemblyNameContradictingTheBuildIsAnError() {
    byte[] content = vcf().meta("##reference=GRCh38").record("1 100 . A G . PASS .").bytes();
    assertThatThrownBy(() -> readAll(content, GRCH37))
        .isInstanceOfSatisfying(
            VcfFormatException.class,
            e -> assertThat(e.problem()).isEqualTo(VcfProblem.BUILD_MISMATCH));
  }

  @Test
  void aRefThatDisagreesWithTheReferenceIsReported(@TempDir Path dir) throws IOException {
    Path fasta = dir.resolve("ref.fa");
    Files.writeString(fasta, ">1:1001-1010\nACGTACGTAC\n");
    VcfReadOptions options =
        VcfReadOptions.defaults().withReference(ReferenceGenome.fromFasta(fasta));
    byte[] good = vcf().record("1 1002 . CG C . PASS .").record("1 5000 . T G . PASS .").bytes();
    assertThat(readAll(good, options)).hasSize(2); // 1:5000 is outside the piece: not checked
    byte[] bad = vcf().record("1 1002 . CA C . PASS .").bytes();
    assertThatThrownBy(() -> readAll(bad, options))
        .isInstanceOfSatisfying(
            VcfFormatException.class,
            e -> {
              assertThat(e.problem()).isEqualTo(VcfProblem.REF_MISMATCH);
              assertThat(e.reason()).contains("REF is 'CA' but the reference has 'CG' at 1:1002");
            });
  }

  @Test
  void anEmptyFileOrAFileWithoutHeaderIsNotAVcf() {
    assertThatThrownBy(() -> readAll(new byte[0], GRCH37))
        .isInstanceOfSatisfying(
            VcfFormatException.class,
            e -> {
              assertThat(e.problem()).isEqualTo(VcfProblem.MISSING_HEADER);
              assertThat(e.reason()).isEqualTo("the file is empty");
            });
    assertThatThrownBy(() -> readAll("1\t100\t.\tA\tG\t.\t.\t.\n".getBytes(), GRCH37))
        .isInstanceOfSatisfying(
            VcfFormatException.class,
            e -> {
              assertThat(e.problem()).isEqualTo(VcfProblem.MISSING_HEADER);
              assertThat(e.reason()).contains("this is not a VCF file");
            });
    byte[] noColumns = "##fileformat=VCFv4.2\n##source=x\n".getBytes();
    assertThatThrownBy(() -> readAll(noColumns, GRCH37))
        .hasMessage(
            "test.vcf, line 3: missing header: the file ends before the #CHROM header line; it is not a complete VCF");
  }

  @Test
  void aByteOrderMarkBeforeTheHeaderIsIgnoredAndNoted() {
    byte[] text = vcf().record("1 100 . A G . PASS .").bytes();
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    try (VcfReader reader = VcfText.read(withBom, GRCH37)) {
      assertThat(reader.records().count()).isEqualTo(1);
      assertThat(reader.summary().headerWarnings())
          .containsExactly("byte-order mark at the start of the file ignored");
    }
  }

  @Test
  void windowsLineBreaksReadTheSameAsUnixOnes() {
    VcfText text = manyRecords();
    byte[] crlf =
        text.text().replace("\n", "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(readAll(crlf, GRCH37).stream().map(VcfRecord::text).toList())
        .isEqualTo(readAll(text.bytes(), GRCH37).stream().map(VcfRecord::text).toList());
  }

  @Test
  void aTruncatedBgzfFileSaysSo() {
    byte[] whole = manyRecords().bgzipped();
    byte[] cut = Arrays.copyOf(whole, whole.length / 2);
    assertThatThrownBy(() -> readAll(cut, GRCH37.withLenient(true)))
        .isInstanceOfSatisfying(
            VcfFormatException.class,
            e -> {
              assertThat(e.problem()).isEqualTo(VcfProblem.TRUNCATED_FILE);
              assertThat(e.reason()).contains("cut short");
            });
    byte[] withoutEofMarker = Arrays.copyOf(whole, whole.length - 28);
    assertThatThrownBy(() -> readAll(withoutEofMarker, GRCH37))
        .isInstanceOfSatisfying(
            VcfFormatException.class,
            e -> assertThat(e.reason()).contains("end-of-file marker is missing"));
  }

  @Test
  void aTruncatedGzipFileSaysSo() {
    byte[] whole = manyRecords().gzipped();
    byte[] cut = Arrays.copyOf(whole, whole.length - 100);
    assertThatThrownBy(() -> readAll(cut, GRCH37))
        .isInstanceOfSatisfying(
            VcfFormatException.class,
            e -> {
              assertThat(e.problem()).isEqualTo(VcfProblem.TRUNCATED_FILE);
              assertThat(e.line()).isGreaterThan(1000);
            });
  }

  @Test
  void plainGzipAndBgzfReadTheSame() {
    VcfText text = manyRecords();
    List<String> plain = readAll(text.bytes(), GRCH37).stream().map(VcfRecord::text).toList();
    assertThat(readAll(text.gzipped(), GRCH37).stream().map(VcfRecord::text).toList())
        .isEqualTo(plain);
    assertThat(
            readAll(text.bgzipped(), GRCH37.withThreads(3)).stream().map(VcfRecord::text).toList())
        .isEqualTo(plain)
        .hasSize(20_000);
  }

  @Test
  void genotypesKeepPhaseMissingAndAlleleIndexesOfMultiAllelicRecords() {
    byte[] content =
        vcf()
            .samples("A", "B", "C")
            .record(
                "1 100 rs1 CAG C,CAGAG,<DEL>,* 50 PASS DP=9 GT:DP:AD:GQ:PS 1|2:7:1,3,3,0,0:35.6:90 ./.:.:. 4/0")
            .bytes();
    VcfRecord record = readAll(content, VcfReadOptions.defaults()).get(0);
    assertThat(record.genotype(0)).isEqualTo(new Genotype(List.of(1, 2), true));
    assertThat(record.genotype(1)).isEqualTo(new Genotype(List.of(-1, -1), false));
    assertThat(record.genotype(2)).isEqualTo(new Genotype(List.of(4, 0), false));
    assertThat(record.depth(0)).hasValue(7);
    assertThat(record.depth(1)).isEmpty();
    assertThat(record.depth(2)).isEmpty(); // trailing fields dropped
    assertThat(record.alleleDepths(0)).containsExactly(1, 3, 3, 0, 0);
    assertThat(record.genotypeQuality(0)).hasValue(36);
    assertThat(record.phaseSet(0)).hasValue(90);
    assertThat(record.info("DP")).contains("9");
    assertThat(record.alleles())
        .extracting(RecordAllele::index, RecordAllele::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, AlleleKind.SEQUENCE),
            org.assertj.core.groups.Tuple.tuple(2, AlleleKind.SEQUENCE),
            org.assertj.core.groups.Tuple.tuple(3, AlleleKind.SYMBOLIC),
            org.assertj.core.groups.Tuple.tuple(4, AlleleKind.SPANNING_DELETION));
    assertThat(record.alleles().get(1).variant())
        .contains(SequenceVariant.of("1", 100, "CAG", "CAGAG"));
  }

  @Test
  void aGvcfReferenceBlockSpansToItsEnd() {
    byte[] content =
        vcf().samples("S").record("1 100 . A <NON_REF> . . END=180 GT:DP 0/0:31").bytes();
    VcfRecord block = readAll(content, VcfReadOptions.defaults()).get(0);
    assertThat(block.isReferenceBlock()).isTrue();
    assertThat(block.end()).isEqualTo(180);
    assertThat(block.alleles().get(0).kind()).isEqualTo(AlleleKind.SYMBOLIC);
    assertThat(block.genotype(0).copiesOf(0)).isEqualTo(2);
  }

  private static VcfText manyRecords() {
    VcfText text = vcf().contig("1", 249_250_621).samples("S1");
    for (int i = 1; i <= 20_000; i++) {
      text.record(
          "1 "
              + (i * 10)
              + " rs"
              + i
              + " A G "
              + i
              + ".5 PASS DP="
              + i
              + ";AF=0.5 GT:DP "
              + (i % 3) / 2
              + "/1:"
              + i);
    }
    return text;
  }
}
