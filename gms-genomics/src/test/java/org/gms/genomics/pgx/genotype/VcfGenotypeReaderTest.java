package org.gms.genomics.pgx.genotype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.gms.genomics.GenomicsException;
import org.gms.genomics.pgx.definition.DefinedPosition;
import org.gms.genomics.pgx.genotype.VcfGenotypeReader.VcfGenotypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading calls at defined positions from VCFs of the shapes met in practice. */
class VcfGenotypeReaderTest {

  private static final List<DefinedPosition> POSITIONS =
      List.of(
          position(100, "C", "T"),
          position(200, "A", "G"),
          position(300, "CAG", "C"),
          position(400, "G", "A"),
          position(500, "T", "C"));

  @TempDir Path dir;

  @Test
  void readsEverySampleOfAMultiSampleVcf() throws IOException {
    VcfGenotypes vcf =
        read(
            """
            chr1\t100\t.\tC\tT\t.\tPASS\t.\tGT\t0/1\t1/1
            chr1\t200\t.\tA\tG\t.\tPASS\t.\tGT\t0|1\t./.
            """,
            "A",
            "B");

    SampleGenotypes a = vcf.samples().get(0);
    SampleGenotypes b = vcf.samples().get(1);
    assertThat(a.at("chr1", 100)).contains(PositionGenotype.unphased("C", "T"));
    assertThat(a.at("chr1", 200)).contains(PositionGenotype.phased("A", "G"));
    assertThat(b.at("chr1", 100)).contains(PositionGenotype.unphased("T", "T"));
    assertThat(b.at("chr1", 200)).as("./. is missing").isEmpty();
    assertThat(a.at("chr1", 400)).as("no record is missing").isEmpty();
  }

  @Test
  void aHalfCallKeepsItsVariantAlleleAndAHalfReferenceCallIsMissing() throws IOException {
    VcfGenotypes vcf =
        read(
            """
            chr1\t100\t.\tC\tT\t.\tPASS\t.\tGT\t./1\t./0
            """,
            "A",
            "B");

    assertThat(vcf.samples().get(0).at("chr1", 100))
        .contains(PositionGenotype.halfCalled("T"))
        .hasValueSatisfying(call -> assertThat(call.halfCalled()).isTrue());
    assertThat(vcf.samples().get(1).at("chr1", 100)).as("./0 is missing").isEmpty();
  }

  @Test
  void aReferenceBlockCoversTheDefinedPositionsInsideIt() throws IOException {
    VcfGenotypes vcf =
        read(
            """
            chr1\t150\t.\tT\t<NON_REF>\t.\tPASS\tEND=450\tGT\t0/0
            chr1\t400\t.\tG\tA,<NON_REF>\t.\tPASS\t.\tGT\t0/1
            """,
            "A");

    SampleGenotypes a = vcf.samples().get(0);
    assertThat(a.at("chr1", 100)).as("before the block").isEmpty();
    assertThat(a.at("chr1", 200)).contains(PositionGenotype.unphased("A", "A"));
    assertThat(a.at("chr1", 300))
        .as("the definition's REF")
        .contains(PositionGenotype.unphased("CAG", "CAG"));
    assertThat(a.at("chr1", 400))
        .as("a record wins over the block")
        .contains(PositionGenotype.unphased("G", "A"));
    assertThat(a.at("chr1", 500)).as("after the block").isEmpty();
  }

  @Test
  void allelesAreRespelledOnTheDefinitionsRef() throws IOException {
    VcfGenotypes vcf =
        read(
            """
            chr1\t300\t.\tCAGT\tCT,AAGT\t.\tPASS\t.\tGT\t1/2
            chr1\t400\t.\tGAC\tAAC\t.\tPASS\t.\tGT\t0/1
            """,
            "A");

    SampleGenotypes a = vcf.samples().get(0);
    assertThat(a.at("chr1", 300)).contains(PositionGenotype.unphased("C", "AAG"));
    assertThat(a.at("chr1", 400)).contains(PositionGenotype.unphased("G", "A"));
  }

  @Test
  void aRefThatDisagreesWithTheDefinitionIsMissingWithAWarning() throws IOException {
    VcfGenotypes vcf = read("chr1\t100\t.\tG\tT\t.\tPASS\t.\tGT\t0/1\n", "A");

    assertThat(vcf.samples().get(0).at("chr1", 100)).isEmpty();
    assertThat(vcf.warnings()).singleElement().asString().contains("chr1:100", "REF G");
  }

  @Test
  void manyRefMismatchesAreSummarisedAsAPossibleBuildProblem() throws IOException {
    List<DefinedPosition> twelve = new java.util.ArrayList<>();
    StringBuilder records = new StringBuilder();
    for (int i = 1; i <= 12; i++) {
      twelve.add(position(i * 10L, "A", "G"));
      records.append("chr1\t").append(i * 10).append("\t.\tC\tT\t.\tPASS\t.\tGT\t0/1\n");
    }

    VcfGenotypes vcf =
        new VcfGenotypeReader(twelve).read(write(records.toString(), "A"), s -> true);

    assertThat(vcf.warnings()).hasSize(11);
    assertThat(vcf.warnings().get(10)).startsWith("2 more positions").contains("GRCh38");
  }

  @Test
  void chromosomeNamesMatchWithOrWithoutChr() throws IOException {
    VcfGenotypes vcf = read("1\t100\t.\tC\tT\t.\tPASS\t.\tGT\t0/1\n", "A");

    assertThat(vcf.samples().get(0).at("chr1", 100)).contains(PositionGenotype.unphased("C", "T"));
  }

  @Test
  void phaseSetsAndHaploidCallsAreKept() throws IOException {
    VcfGenotypes vcf =
        read(
            """
            chr1\t100\t.\tC\tT\t.\tPASS\t.\tGT:PS\t1|0:42
            chr1\t200\t.\tA\tG\t.\tPASS\t.\tGT\t1
            """,
            "A");

    SampleGenotypes a = vcf.samples().get(0);
    assertThat(a.at("chr1", 100)).contains(new PositionGenotype(List.of("T", "C"), true, 42));
    assertThat(a.at("chr1", 200)).contains(PositionGenotype.haploid("G"));
  }

  @Test
  void splitMultiAllelicRecordsKeepTheNonReferenceCall() throws IOException {
    VcfGenotypes vcf =
        read(
            """
            chr1\t100\t.\tC\tT\t.\tPASS\t.\tGT\t0/1
            chr1\t100\t.\tC\tG\t.\tPASS\t.\tGT\t0/0
            """,
            "A");

    assertThat(vcf.samples().get(0).at("chr1", 100)).contains(PositionGenotype.unphased("C", "T"));
  }

  @Test
  void onlyTheChosenSampleIsKept() throws IOException {
    Path file = write("chr1\t100\t.\tC\tT\t.\tPASS\t.\tGT\t0/1\t1/1\n", "A", "B");

    VcfGenotypes vcf = new VcfGenotypeReader(POSITIONS).read(file, "B"::equals);

    assertThat(vcf.samples()).extracting(SampleGenotypes::sampleId).containsExactly("B");
    Optional<PositionGenotype> call = vcf.samples().get(0).at("chr1", 100);
    assertThat(call).contains(PositionGenotype.unphased("T", "T"));
  }

  @Test
  void anUnknownSampleGivesNoSamplesAndTheNamesThereAre() throws IOException {
    Path file = write("chr1\t100\t.\tC\tT\t.\tPASS\t.\tGT\t0/1\n", "A");

    VcfGenotypes vcf = new VcfGenotypeReader(POSITIONS).read(file, "Z"::equals);

    assertThat(vcf.samples()).isEmpty();
    assertThat(vcf.sampleNames()).containsExactly("A");
  }

  @Test
  void aVcfWithoutSamplesIsAnError() throws IOException {
    Path file = dir.resolve("sites.vcf");
    Files.writeString(
        file,
        "##fileformat=VCFv4.2\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n"
            + "chr1\t100\t.\tC\tT\t.\tPASS\t.\n");

    assertThatThrownBy(() -> new VcfGenotypeReader(POSITIONS).read(file, s -> true))
        .isInstanceOf(GenomicsException.class)
        .hasMessageContaining("no sample columns");
  }

  private VcfGenotypes read(String records, String... samples) throws IOException {
    return new VcfGenotypeReader(POSITIONS).read(write(records, samples), s -> true);
  }

  private Path write(String records, String... samples) throws IOException {
    String header =
        "##fileformat=VCFv4.2\n"
            + "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
            + "##FORMAT=<ID=PS,Number=1,Type=Integer,Description=\"Phase set\">\n"
            + "##INFO=<ID=END,Number=1,Type=Integer,Description=\"End\">\n"
            + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\t"
            + String.join("\t", samples)
            + "\n";
    Path file = dir.resolve("sample.vcf");
    Files.writeString(file, header + records);
    return file;
  }

  private static DefinedPosition position(long position, String ref, String alt) {
    return new DefinedPosition("chr1", position, null, null, ref, List.of(alt));
  }
}
