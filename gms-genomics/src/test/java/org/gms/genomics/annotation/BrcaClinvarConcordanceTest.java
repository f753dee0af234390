package org.gms.genomics.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import org.gms.genomics.SharedReference;
import org.gms.genomics.TranscriptData;
import org.junit.jupiter.api.Test;

/**
 * Every BRCA1 record of the ClinVar subset, annotated with the real BRCA1 region sequence and the
 * Ensembl BRCA1 models, against ClinVar's own molecular consequence (external truth).
 */
class BrcaClinvarConcordanceTest {

  @Test
  void brca1ConsequencesAgreeWithClinvar() {
    var clinvar = SharedReference.path("clinvar/clinvar.2026-02-26.18genes.grch38.vcf.gz");
    Annotator annotator = TranscriptData.brca1Annotator().build();
    var records = ClinvarConcordance.read(clinvar, "BRCA1");
    var report =
        ClinvarConcordance.measure(
            annotator, TranscriptData.genome(), records, "BRCA1", "ENST00000357654");
    System.out.println(report.format(3));
    assertThat(report.compared()).isGreaterThan(14_000);
    assertThat(report.maneConcordance()).isGreaterThanOrEqualTo(0.995);
    assertThat(report.mostSevereConcordance()).isGreaterThanOrEqualTo(0.98);
  }
}
