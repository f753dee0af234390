package org.gms.genomics.interpretation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.gms.genomics.interpretation.acmg.InSilicoScores;
import org.gms.genomics.interpretation.acmg.PopulationFrequency;
import org.gms.genomics.interpretation.acmg.Predictor;
import org.gms.genomics.variant.VcfReadOptions;
import org.gms.genomics.variant.VcfReader;
import org.gms.genomics.variant.VcfRecord;
import org.junit.jupiter.api.Test;

/** INFO annotations as VEP, vcfanno and the SpliceAI tool write them. */
class VcfAnnotationsTest {

  private static final String HEADER =
      """
      ##fileformat=VCFv4.2
      ##INFO=<ID=gnomAD_AF,Number=A,Type=Float,Description="gnomAD allele frequency">
      ##INFO=<ID=gnomAD_AF_popmax,Number=A,Type=Float,Description="gnomAD popmax allele frequency">
      ##INFO=<ID=REVEL,Number=.,Type=String,Description="REVEL per transcript">
      ##INFO=<ID=CADD_PHRED,Number=1,Type=Float,Description="CADD phred">
      ##INFO=<ID=SpliceAI,Number=.,Type=String,Description="SpliceAIv1.3 variant annotation. Format: ALLELE|SYMBOL|DS_AG|DS_AL|DS_DG|DS_DL|DP_AG|DP_AL|DP_DG|DP_DL">
      ##contig=<ID=1,length=249250621>
      #CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO
      """;

  @Test
  void readsThePerAlleleHighestFrequency() {
    List<VcfRecord> records =
        records(
            "1\t100\t.\tA\tG,T\t50\tPASS\tgnomAD_AF=0.001,0.2;gnomAD_AF_popmax=0.004,0.3",
            "1\t200\t.\tC\tT\t50\tPASS\tCADD_PHRED=12");

    assertThat(frequency(records.get(0), 1)).isEqualTo(PopulationFrequency.of("gnomAD", 0.004));
    assertThat(frequency(records.get(0), 2)).isEqualTo(PopulationFrequency.of("gnomAD", 0.3));
    assertThat(frequency(records.get(1), 1)).isEqualTo(PopulationFrequency.absentFrom("gnomAD"));
    assertThat(VcfAnnotations.frequency(records.get(1), 1, "ExAC", List.of("ExAC_AF")).assessed())
        .isFalse();
  }

  @Test
  void readsScoresAndTheSpliceAiDeltaOfTheAllele() {
    VcfRecord record =
        records(
                "1\t69511\t.\tA\tG,C\t50\tPASS\tREVEL=0.311&0.452;CADD_PHRED=23.4;"
                    + "SpliceAI=G|OR4F5|0.00|0.01|0.27|0.00|-32|27|-3|28,C|OR4F5|0.90|0.00|0.00|0.00|1|2|3|4")
            .get(0);

    InSilicoScores scores = VcfAnnotations.scores(record, 1);

    assertThat(scores.score(Predictor.REVEL).getAsDouble()).isEqualTo(0.452);
    assertThat(scores.score(Predictor.CADD_PHRED).getAsDouble()).isEqualTo(23.4);
    assertThat(scores.score(Predictor.SPLICEAI).getAsDouble()).isEqualTo(0.27);
    assertThat(VcfAnnotations.scores(record, 2).score(Predictor.SPLICEAI).getAsDouble())
        .isEqualTo(0.90);
    assertThat(scores.score(Predictor.BAYESDEL_NOAF)).isEmpty();
  }

  @Test
  void aMalformedScoreNamesTheFileLineAndKey() {
    VcfRecord record = records("1\t100\t.\tA\tG\t50\tPASS\tCADD_PHRED=high").get(0);

    assertThatThrownBy(() -> VcfAnnotations.scores(record, 1))
        .hasMessage(
            "annotated.vcf:9, INFO CADD_PHRED: 'high' is not a number; check the annotation step");
  }

  private static PopulationFrequency frequency(VcfRecord record, int alt) {
    return VcfAnnotations.frequency(
        record, alt, "gnomAD", List.of("gnomAD_AF", "gnomAD_AF_popmax"));
  }

  private static List<VcfRecord> records(String... lines) {
    String text = HEADER.replace("\\t", "\t") + String.join("\n", lines) + "\n";
    List<VcfRecord> records = new ArrayList<>();
    try (VcfReader reader =
        VcfReader.open(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
            "annotated.vcf",
            VcfReadOptions.defaults())) {
      reader.forEach(records::add);
    }
    return records;
  }
}
