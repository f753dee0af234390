package org.gms.genomics.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gms.genomics.GenomicsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClinvarVcfTest {

  private static final String HEADER =
      "##fileformat=VCFv4.1\n##fileDate=2026-01-01\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n";

  @TempDir Path dir;

  @Test
  void givesEveryAltOfAClassifiedRecordWithItsInfoAndPassesOverUnclassifiedOnes()
      throws IOException {
    Path vcf =
        write(
            HEADER
                + "2\t47838938\t1234\tAAG\tA,AG\t.\t.\tCLNREVSTAT=criteria_provided,"
                + "_single_submitter;CLNSIG=Likely_pathogenic;GENEINFO=FBXO11:80204|X:1\n"
                + "2\t47838950\t1235\tG\tA\t.\t.\tGENEINFO=FBXO11:80204\n"
                + "2\t47838960\t1236\tG\t<DEL>\t.\t.\tCLNSIG=Benign\n");
    List<String> meta = new ArrayList<>();
    List<ClinvarVcf.ClassifiedAllele> alleles = new ArrayList<>();

    ClinvarVcf.of(vcf).requireHeader().onMeta(meta::add).eachAllele(alleles::add);

    assertThat(meta).containsExactly("##fileformat=VCFv4.1", "##fileDate=2026-01-01");
    assertThat(alleles)
        .extracting(
            ClinvarVcf.ClassifiedAllele::alt,
            ClinvarVcf.ClassifiedAllele::significance,
            ClinvarVcf.ClassifiedAllele::gene,
            ClinvarVcf.ClassifiedAllele::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("A", "Likely_pathogenic", "FBXO11", 4L),
            org.assertj.core.groups.Tuple.tuple("AG", "Likely_pathogenic", "FBXO11", 4L),
            org.assertj.core.groups.Tuple.tuple("<DEL>", "Benign", "", 6L));
    ClinvarVcf.ClassifiedAllele first = alleles.get(0);
    assertThat(first.variationId()).isEqualTo("1234");
    assertThat(first.position()).isEqualTo(47838938L);
    assertThat(first.ref()).isEqualTo("AAG");
    assertThat(ClinvarVcf.ClassifiedAllele.readable(first.reviewStatus()))
        .isEqualTo("criteria provided, single submitter");
    assertThat(alleles.get(2).reviewStatus()).isNull();
    assertThat(first.isIndelOrMultiBase()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          columns  | #CHROM\\tPOS\\tID\\tREF\\tALT\\tQUAL\\tFILTER\\tINFO\\n2\\t100\\t1\\tA\\tG\\n | :2: expected at least 8 tab-separated VCF columns, found 5 (is this ClinVar's VCF?)
          position | #CHROM\\tPOS\\tID\\tREF\\tALT\\tQUAL\\tFILTER\\tINFO\\n2\\tx\\t1\\tA\\tG\\t.\\t.\\tCLNSIG=Benign\\n | :2: POS is not a number: 'x'.
          order    | 2\\t100\\t1\\tA\\tG\\t.\\t.\\tCLNSIG=Benign\\n | :1: no #CHROM header line before the records; is this a VCF?
          header   | ##fileformat=VCFv4.1\\n | has no #CHROM header line; is this a VCF?
          """)
  void malformedFilesAreRefusedNamingTheFileLineAndWhatToCheck(
      String name, String text, String message) throws IOException {
    Path vcf = write(text.replace("\\t", "\t").replace("\\n", "\n"));

    assertThatThrownBy(() -> ClinvarVcf.of(vcf).requireHeader().eachAllele(a -> {}))
        .isInstanceOf(GenomicsException.class)
        .hasMessageStartingWith(vcf.toString())
        .hasMessageEndingWith(message);
  }

  @Test
  void withoutRequireHeaderRecordsAreReadAsTheyComeAndAMissingFileSaysSo() throws IOException {
    Path vcf = write("2\t100\t1\tA\tG\t.\t.\tCLNSIG=Benign\n");
    List<ClinvarVcf.ClassifiedAllele> alleles = new ArrayList<>();

    ClinvarVcf.of(vcf).eachAllele(alleles::add);

    assertThat(alleles).singleElement().satisfies(a -> assertThat(a.alt()).isEqualTo("G"));
    Path missing = dir.resolve("missing.vcf");
    assertThatThrownBy(() -> ClinvarVcf.of(missing).eachAllele(a -> {}))
        .isInstanceOf(GenomicsException.class)
        .hasMessageContaining("ClinVar file not found: " + missing);
  }

  private Path write(String text) throws IOException {
    return Files.writeString(dir.resolve("clinvar.vcf"), text);
  }
}
