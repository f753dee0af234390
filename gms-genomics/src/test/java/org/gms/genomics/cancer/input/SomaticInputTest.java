package org.gms.genomics.cancer.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gms.genomics.GenomicsException;
import org.gms.genomics.SharedReference;
import org.gms.genomics.variant.VcfReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SomaticInputTest {

  @TempDir Path dir;

  @Test
  void mc3MafGivesOneSamplePerBarcodeWithVafAndProteinChange() {
    List<TumourSample> samples =
        MafReader.read(SharedReference.path("cancer/cohorts/tcga_mc3/MC3_CHOL.maf.gz"));
    assertThat(samples).hasSize(36);
    SomaticVariant first = samples.get(0).variants().get(0);
    assertThat(first.gene()).isEqualTo("TIE1");
    assertThat(first.proteinChange()).isEqualTo("V448M");
    assertThat(first.variantClass()).isEqualTo(VariantClass.MISSENSE);
    assertThat(first.vaf()).isCloseTo(7.0 / 69, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void mafWithoutRequiredColumnsNamesThem() throws Exception {
    Path maf = dir.resolve("bad.maf");
    Files.writeString(maf, "Hugo_Symbol\tChromosome\tStart_Position\nBRAF\t7\t140453136\n");
    assertThatThrownBy(() -> MafReader.read(maf))
        .isInstanceOf(GenomicsException.class)
        .hasMessageContaining("bad.maf")
        .hasMessageContaining("Variant_Classification")
        .hasMessageContaining("Tumor_Sample_Barcode");
  }

  @Test
  void mixedBuildsNameTheLine() throws Exception {
    Path maf = dir.resolve("mixed.maf");
    String header =
        "Hugo_Symbol\tNCBI_Build\tChromosome\tStart_Position\tReference_Allele\tTumor_Seq_Allele2\tVariant_Classification\tTumor_Sample_Barcode\n";
    Files.writeString(
        maf,
        header
            + "BRAF\tGRCh37\t7\t140453136\tA\tT\tMissense_Mutation\tS1\nKRAS\tGRCh38\t12\t25245350\tC\tT\tMissense_Mutation\tS1\n");
    assertThatThrownBy(() -> MafReader.read(maf))
        .hasMessageContaining("mixed.maf, line 3, column NCBI_Build");
  }

  @Test
  void mafWithoutReadCountsWarnsAndGoesOn() throws Exception {
    Path maf = dir.resolve("novaf.maf");
    Files.writeString(
        maf,
        "Hugo_Symbol\tChromosome\tStart_Position\tReference_Allele\tTumor_Seq_Allele2\tVariant_Classification\tTumor_Sample_Barcode\tHGVSp_Short\nBRAF\t7\t140453136\tA\tT\tMissense_Mutation\tS1\tp.V600E\n");
    TumourSample s = MafReader.read(maf).get(0);
    assertThat(s.variants().get(0).proteinChange()).isEqualTo("V600E");
    assertThat(s.warnings()).anySatisfy(w -> assertThat(w).contains("no tumour read counts"));
  }

  @Test
  void pcgrTumourVcfReadsVafFromInfoTagsAndGenesFromManeSpans() {
    TumourSample s =
        new TumourVcfReader(VcfInputSettings.defaults())
            .read(
                SharedReference.path("cancer/pcgr-examples/pcgr_T001-COAD.grch38.vcf.gz"),
                VcfReadOptions.defaults(),
                null);
    assertThat(s.variants()).hasSize(3313);
    assertThat(s.build()).isEqualTo("GRCh38");
    assertThat(s.variants().get(0).vaf())
        .isCloseTo(0.275862068966, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(s.variants().get(0).depth()).isEqualTo(29);
    assertThat(s.variants().stream().filter(v -> !v.gene().isEmpty()).count()).isGreaterThan(2000);
  }

  @Test
  void aMissingNamedSampleIsAnErrorListingTheSamples() {
    Path vcf = SharedReference.path("cancer/pcgr-examples/pcgr_T001-COAD.grch38.vcf.gz");
    assertThatThrownBy(
            () ->
                new TumourVcfReader(VcfInputSettings.defaults().withSamples("TUMOUR", "NORMAL"))
                    .read(vcf, VcfReadOptions.defaults(), null))
        .isInstanceOf(GenomicsException.class)
        .hasMessageContaining("tumour sample 'TUMOUR' is not in the VCF");
  }

  @Test
  void vepCsqAndTumourNormalGermlineSeparation() throws Exception {
    Path vcf = dir.resolve("tn.vcf");
    Files.writeString(
        vcf,
        String.join(
            "\n",
            "##fileformat=VCFv4.2",
            "##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequence annotations from Ensembl VEP. Format: Allele|Consequence|IMPACT|SYMBOL|HGVSc|HGVSp|EXON|CANONICAL|gnomADe_AF\">",
            "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">",
            "##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths\">",
            "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tNORMAL\tTUMOUR",
            "7\t140453136\t.\tA\tT\t.\tPASS\tCSQ=T|missense_variant|MODERATE|BRAF|ENST1:c.1799T>A|ENSP1:p.Val600Glu|15/18|YES|\tGT:AD\t0/0:40,0\t0/1:30,20",
            "17\t41245466\t.\tGA\tG\t.\tPASS\tCSQ=-|frameshift_variant|HIGH|BRCA1|ENST2:c.1|ENSP2:p.Ser1000fs|10/23|YES|0\tGT:AD\t0/1:20,20\t0/1:25,25",
            ""));
    TumourSample s =
        new TumourVcfReader(VcfInputSettings.defaults().withSamples(null, "NORMAL"))
            .read(vcf, VcfReadOptions.defaults(), null);
    assertThat(s.name()).isEqualTo("TUMOUR");
    assertThat(s.variants())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.gene()).isEqualTo("BRAF");
              assertThat(v.proteinChange()).isEqualTo("V600E");
              assertThat(v.vaf()).isEqualTo(0.4);
            });
    assertThat(s.germline())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.gene()).isEqualTo("BRCA1");
              assertThat(v.variantClass()).isEqualTo(VariantClass.FRAMESHIFT_DELETION);
              assertThat(v.proteinChange()).isEqualTo("S1000fs");
            });
  }

  @Test
  void breakendPairsBecomeFusionsOfTheGenesTheyJoin() throws Exception {
    Path vcf = dir.resolve("sv.vcf");
    // EML4 (2:42.3 Mb) joined to ALK (2:29.2 Mb), GRCh38, both mates written
    Files.writeString(
        vcf,
        String.join(
            "\n",
            "##fileformat=VCFv4.2",
            "##reference=GRCh38",
            "##INFO=<ID=SVTYPE,Number=1,Type=String,Description=\"SV type\">",
            "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO",
            "2\t42295554\tbnd1\tA\tA[2:29223528[\t.\tPASS\tSVTYPE=BND",
            "2\t29223528\tbnd2\tT\t]2:42295554]T\t.\tPASS\tSVTYPE=BND",
            ""));
    TumourVcfReader reader = new TumourVcfReader(VcfInputSettings.defaults());
    reader.read(vcf, VcfReadOptions.defaults(), null);
    assertThat(reader.breakendFusions())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(List.of(f.fivePrime(), f.threePrime()))
                  .containsExactlyInAnyOrder("EML4", "ALK");
              assertThat(f.oriented()).isFalse();
              assertThat(org.gms.genomics.cancer.knowledge.CivicKnowledge.bundled().match(f))
                  .anySatisfy(m -> assertThat(m.variant().name()).startsWith("EML4::ALK"));
            });
  }

  @ParameterizedTest
  @CsvSource({
    "p.Val600Glu, V600E",
    "p.V600E, V600E",
    "ENSP1:p.Gly12Asp, G12D",
    "p.Arg213Ter, R213*",
    "p.E1309Dfs*4, E1309fs",
    "p.=, ''",
    "'', ''"
  })
  void proteinChangesInShortForm(String hgvsp, String expected) {
    assertThat(ProteinChanges.shortForm(hgvsp)).isEqualTo(expected);
  }
}
