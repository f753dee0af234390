package org.gms.genomics.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gms.genomics.SharedReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reads the real GRCh38 FASTA pieces of the shared set. Expected bases are {@code samtools faidx}
 * output (samtools 1.16) for the same stretches, translated to contig coordinates.
 */
class FastaReferenceGenomeTest {

  private static final String BRCA1 = "transcripts/brca1-region/chr17_42425000_43600000.GRCh38.fa";
  private static final String CELLBASE = "transcripts/cellbase-32genes/cellbase_grch38.regions.fa";
  private static final String BCFTOOLS =
      "transcripts/bcftools-6regions/bcftools_csq_grch38.regions.fa";

  @ParameterizedTest(name = "{0}:{1}-{2}")
  @CsvSource({
    "17,    42425000, 42425009, ATTTGACAGA",
    "chr17, 42476075, 42476099, TAATCATCGGGATCCTGAAAACAAG",
    "17,    43124999, 43125029, AAAGACATAGTGTCCCCCTCAAGGCATATTC",
    "17,    43600000, 43600000, G",
  })
  void piecesNamedAsRegionsAnswerInContigCoordinates(
      String contig, long start, long end, String bases) {
    ReferenceGenome reference = ReferenceGenome.fromFasta(SharedReference.path(BRCA1));
    assertThat(reference.bases(contig, start, end)).contains(bases);
  }

  @Test
  void outsideEveryPieceThereIsNoSequence() {
    ReferenceGenome reference = ReferenceGenome.fromFasta(SharedReference.path(BRCA1));
    assertThat(reference.bases("17", 42424999, 42425000)).isEmpty();
    assertThat(reference.bases("17", 43600000, 43600001)).isEmpty();
    assertThat(reference.bases("13", 32315000, 32315010)).isEmpty();
    assertThat(reference.covers("17", 43044295, 43125483)).isTrue();
    assertThat(reference.contigLengths()).isEmpty(); // a piece does not tell the contig's length
  }

  @Test
  void severalFilesOfPiecesCombine() {
    ReferenceGenome reference =
        ReferenceGenome.fromFasta(
            GenomeBuild.GRCh38,
            SharedReference.path(BRCA1),
            SharedReference.path(CELLBASE),
            SharedReference.path(BCFTOOLS));
    assertThat(reference.bases("19", 13044000, 13044029))
        .contains("TTATATCATTTTCTACATCCTATTCGGCCC");
    assertThat(reference.bases("3", 10285567, 10285586)).contains("TGCTTGAGTGAGCTGGTGTG");
    assertThat(reference.bases("17", 42425000, 42425009)).contains("ATTTGACAGA");
  }

  @Test
  void aFastaWithoutItsIndexIsIndexedInMemoryWithTheSameAnswers(@TempDir Path dir)
      throws IOException {
    Path copy = dir.resolve("pieces.fa");
    Files.copy(SharedReference.path(CELLBASE), copy);
    ReferenceGenome unindexed = ReferenceGenome.fromFasta(copy);
    ReferenceGenome indexed = ReferenceGenome.fromFasta(SharedReference.path(CELLBASE));
    for (long start = 12994000; start < 13099990; start += 997) {
      assertThat(unindexed.bases("19", start, start + 9))
          .isEqualTo(indexed.bases("19", start, start + 9));
    }
    assertThat(unindexed.bases("19", 13044000, 13044029))
        .contains("TTATATCATTTTCTACATCCTATTCGGCCC");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # case                                   | FASTA (\\n: line end)             | the error says (parts)
          lines of uneven length cannot be indexed | >1\\nACGTACGT\\nACG\\nACGTACGT\\n | line 4; differ in length
          a piece holding fewer bases than named   | >17:101-110\\nACGTACGT\\n        | named as a 10-base region but holds 8 bases
          """)
  void aMalformedFastaIsRefusedSayingWhereAndWhy(
      String name, String content, String message, @TempDir Path dir) throws IOException {
    Path fasta = dir.resolve("bad.fa");
    Files.writeString(fasta, content.replace("\\n", "\n"));
    var refusal =
        assertThatThrownBy(() -> ReferenceGenome.fromFasta(fasta))
            .isInstanceOf(ReferenceException.class);
    for (String part : message.split("; ")) {
      refusal.hasMessageContaining(part);
    }
  }

  @Test
  void wholeContigsAreCheckedAgainstTheDeclaredBuild(@TempDir Path dir) throws IOException {
    Path fasta = dir.resolve("hg19-chrM.fa");
    Files.writeString(fasta, ">chrM\n" + "A".repeat(16571) + "\n");
    assertThat(ReferenceGenome.fromFasta(fasta).contigLengths()).containsEntry("chrM", 16571L);
    assertThatThrownBy(() -> ReferenceGenome.fromFasta(GenomeBuild.GRCh37, fasta))
        .isInstanceOf(ReferenceException.class)
        .hasMessageContaining("chrM is declared with length 16571 but GRCh37 chrM has 16569 bases")
        .hasMessageContaining("UCSC hg19's chrM");
  }

  @Test
  void compressedFastaIsRefusedWithAnInstruction(@TempDir Path dir) throws IOException {
    Path fasta = dir.resolve("ref.fa.gz");
    Files.write(fasta, new byte[] {0x1f, (byte) 0x8b, 8, 0});
    assertThatThrownBy(() -> ReferenceGenome.fromFasta(fasta))
        .isInstanceOf(ReferenceException.class)
        .hasMessageContaining("samtools faidx");
  }
}
