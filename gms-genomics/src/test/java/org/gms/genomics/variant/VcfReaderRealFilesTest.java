package org.gms.genomics.variant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.gms.genomics.SharedReference;
import org.gms.genomics.reference.GenomeBuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reads the real VCFs of the shared reference set. Expected counts come from outside this code:
 * record counts from {@code zcat | grep -vc '^#'}, genotype tallies from {@code bcftools query}
 * (bcftools 1.16).
 */
class VcfReaderRealFilesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "vcf/1000G-CanDIG/HG02102.vcf.gz, 60694, GRCh37, 1",
    "vcf/1000G-CanDIG/NA18537.vcf.gz, 952, GRCh37, 1",
    "vcf/1000G-CanDIG/NA20787.vcf.gz, 61651, GRCh37, 1",
    "vcf/exomiser-pfeiffer/Pfeiffer.vcf.gz, 37709, GRCh37, 1",
    "vcf/slivar/ashk-trio.vcf.gz, 9940, GRCh37, 3",
    "clinvar/clinvar.2026-02-26.18genes.grch38.vcf.gz, 69302, GRCh38, 0",
    "pharmacogenomics/examples/pharmcat.example.vcf, 1202, GRCh38, 1",
    "pharmacogenomics/examples/multisample.vcf, 1202, GRCh38, 2",
  })
  void readsEveryRecordOfRealFilesUnderTheirBuild(
      String file, long records, GenomeBuild build, int samples) {
    Path path = SharedReference.path(file);
    try (VcfReader reader = VcfReader.open(path, VcfReadOptions.defaults().withBuild(build))) {
      assertThat(reader.header().samples()).hasSize(samples);
      long count = 0;
      for (VcfRecord record : reader) {
        for (int s = 0; s < samples; s++) {
          record.genotype(s);
        }
        record.alleles();
        count++;
      }
      assertThat(count).isEqualTo(records);
      assertThat(reader.summary().recordsSkipped()).isZero();
    }
  }

  @ParameterizedTest(name = "{0} is not {1}")
  @CsvSource({
    "vcf/exomiser-pfeiffer/Pfeiffer.vcf.gz, GRCh38",
    "vcf/slivar/ashk-trio.vcf.gz, GRCh38",
    "clinvar/clinvar.2026-02-26.18genes.grch38.vcf.gz, GRCh37",
  })
  void refusesAFileOfTheOtherBuild(String file, GenomeBuild wrong) {
    Path path = SharedReference.path(file);
    assertThatThrownBy(
            () -> {
              try (VcfReader reader =
                  VcfReader.open(path, VcfReadOptions.defaults().withBuild(wrong))) {
                reader.records().forEach(r -> {});
              }
            })
        .isInstanceOf(VcfFormatException.class)
        .satisfies(
            e ->
                assertThat(((VcfFormatException) e).problem()).isEqualTo(VcfProblem.BUILD_MISMATCH))
        .hasMessageContaining(wrong.toString());
  }

  @Test
  void genotypesDepthsAndPhaseAgreeWithBcftools() {
    Path path = SharedReference.path("vcf/slivar/ashk-trio.vcf.gz");
    Map<String, Integer> hg002 = new HashMap<>();
    long depthSum = 0;
    long depthCount = 0;
    long hg003AlleleDepthSum = 0;
    try (VcfReader reader = VcfReader.open(path)) {
      for (VcfRecord record : reader) {
        Genotype gt = record.genotype(0);
        String key =
            gt.isCalled()
                ? (gt.copiesOf(0) == 2 ? "hom-ref" : gt.copiesOf(0) == 1 ? "het" : "hom-alt")
                : "missing";
        hg002.merge(key, 1, Integer::sum);
        if (record.depth(0).isPresent()) {
          depthSum += record.depth(0).getAsInt();
          depthCount++;
        }
        for (int depth : record.alleleDepths(1)) {
          hg003AlleleDepthSum += Math.max(depth, 0);
        }
      }
    }
    // bcftools query -f '[%GT]\n' -s HG002: 0/1 4747 + 1/0 30, 1/1 2794, 0/0 2353, ./. 16
    assertThat(hg002)
        .containsEntry("het", 4777)
        .containsEntry("hom-alt", 2794)
        .containsEntry("hom-ref", 2353)
        .containsEntry("missing", 16);
    assertThat(depthSum).isEqualTo(1_430_022);
    assertThat(depthCount).isEqualTo(9940);
    assertThat(hg003AlleleDepthSum).isEqualTo(1_191_727);
  }

  @Test
  void keepsPhaseOfPhasedGenotypes() {
    // bcftools query -f '[%GT]\n' NA18537: 0|1 485, 1|0 262, 1|1 205
    Path path = SharedReference.path("vcf/1000G-CanDIG/NA18537.vcf.gz");
    Map<String, Integer> tally = new HashMap<>();
    try (VcfReader reader = VcfReader.open(path)) {
      reader.forEach(
          r -> {
            Genotype gt = r.genotype(0);
            tally.merge(
                gt.alleles().get(0) + (gt.phased() ? "|" : "/") + gt.alleles().get(1),
                1,
                Integer::sum);
          });
    }
    assertThat(tally)
        .containsExactlyInAnyOrderEntriesOf(Map.of("0|1", 485, "1|0", 262, "1|1", 205));
  }

  @Test
  void theRealSpreadsheetDamagedHeaderIsAClearErrorWhenStrict() {
    Path path = SharedReference.path("vcf/PGP-hu82436A/hu82436A.vcf.gz");
    assertThatThrownBy(() -> VcfReader.open(path).close())
        .isInstanceOf(VcfFormatException.class)
        .hasMessageContaining("hu82436A.vcf.gz, line 123, column #CHROM column 8")
        .hasMessageContaining("column 8 of the #CHROM line is blank where VCF requires 'INFO'")
        .hasMessageContaining("--lenient");
  }

  @Test
  void lenientReadingRepairsTheSpreadsheetDamagedHeaderAndReadsEveryRecord() {
    Path path = SharedReference.path("vcf/PGP-hu82436A/hu82436A.vcf.gz");
    VcfReadOptions options =
        VcfReadOptions.defaults().withLenient(true).withBuild(GenomeBuild.GRCh37);
    try (VcfReader reader = VcfReader.open(path, options)) {
      long count = reader.records().filter(r -> r.genotype(0).isCalled()).count();
      assertThat(count).isEqualTo(120_796);
      assertThat(reader.header().columnLine()).contains("\tFILTER\tINFO\tFORMAT\tLH7161");
      assertThat(reader.summary().headerWarnings())
          .anyMatch(w -> w.contains("column 8 of the #CHROM line is blank"))
          .anyMatch(w -> w.contains("trailing tabs"));
      assertThat(reader.summary().recordsSkipped()).isZero();
    }
  }
}
