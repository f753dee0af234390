package org.gms.genomics.phenotype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import org.gms.genomics.GenomicsException;
import org.gms.genomics.phenotype.EvidenceCalibration.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvidenceCalibrationTest {

  @ParameterizedTest(name = "top {0} -> bin {1}")
  @CsvSource({"0.001, 2", "0.005, 2", "0.01, 3", "0.05, 4", "0.1, 5", "0.3, 6", "0.9, 7"})
  void percentileBins(double share, int bin) {
    assertThat(EvidenceCalibration.percentileBin(share)).isEqualTo(bin);
  }

  @Test
  void theBundledTableReadsBackAsWritten() throws IOException {
    EvidenceCalibration bundled = EvidenceCalibration.bundled();
    EvidenceCalibration again =
        EvidenceCalibration.parse(
            new BufferedReader(new StringReader(bundled.table())), "round trip");
    assertThat(again.table()).isEqualTo(bundled.table());
    assertThat(bundled.unannotatedOffset()).isNegative();
    assertThat(bundled.without(Kind.MOUSE).log10Ratio(Kind.MOUSE, true, 2)).isZero();
  }

  @Test
  void fitGivesMoreWeightToBinsCausativeGenesFallIn() {
    EvidenceCalibration.Fitter fitter = new EvidenceCalibration.Fitter();
    double[] uniform = new double[EvidenceCalibration.BINS];
    java.util.Arrays.fill(uniform, 1.0 / EvidenceCalibration.BINS);
    for (int i = 0; i < 40; i++) {
      fitter.addCase(true);
      for (Kind kind : Kind.values()) {
        fitter.addCausal(kind, true, 2);
        fitter.addOther(kind, true, uniform);
      }
    }
    EvidenceCalibration fitted = fitter.fit("test", 100, 1000);
    assertThat(fitted.log10Ratio(Kind.MOUSE, true, 2)).isGreaterThan(0.5);
    assertThat(fitted.log10Ratio(Kind.MOUSE, true, 7)).isLessThan(0);
  }

  @Test
  void aBadLineSaysWhereAndWhat() {
    assertThatThrownBy(
            () ->
                EvidenceCalibration.parse(
                    new BufferedReader(new StringReader("#name\tx\nMOUSE\t0\t1\n")), "cal.tsv"))
        .isInstanceOf(GenomicsException.class)
        .hasMessageContaining("cal.tsv line 2");
  }
}
