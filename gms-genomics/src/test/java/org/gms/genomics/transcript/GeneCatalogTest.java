package org.gms.genomics.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gms.genomics.SharedReference;
import org.gms.genomics.TranscriptData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MANE Select and HGNC identity, from the MANE v1.4 summary and the HGNC complete set. */
class GeneCatalogTest {

  private final GeneCatalog bundled = GeneCatalog.bundled();

  @ParameterizedTest(name = "{0} is MANE Select: {1}")
  @CsvSource({
    "ENST00000357654.9, true", // BRCA1, as listed
    "ENST00000357654,   true", // unversioned (CellBase models): matched by accession
    "NM_007294.4,       true", // its RefSeq twin
    "ENST00000357654.8, false", // another version may differ in its exons
    "ENST00000352957.8, false", // MRPL39 in Ensembl 84; MANE v1.4 lists .9
    "ENST00000471181,   false", // a non-MANE BRCA1 transcript
  })
  void maneSelectByAccession(String accession, boolean mane) {
    assertThat(bundled.mane(Accession.parse(accession)).filter(ManeEntry::select).isPresent())
        .isEqualTo(mane);
  }

  @Test
  void completesModelsThatLackHgncIdManeFlagAndProtein() {
    Transcript brca1 =
        TranscriptData.cellbase().stream()
            .filter(t -> t.id().base().equals("ENST00000357654"))
            .findFirst()
            .orElseThrow();

    assertThat(brca1.gene().hgncId()).hasToString("HGNC:1100");
    assertThat(brca1.maneSelect()).isTrue();
    // the CellBase GTF has no protein_id; MANE gives the Ensembl protein
    assertThat(brca1.proteinId()).hasToString("ENSP00000350283.3");
  }

  @Test
  void upstreamFilesReadLikeTheBundledSubset() {
    GeneCatalog upstream =
        GeneCatalog.read(
            SharedReference.path("genes/hgnc_complete_set.txt.gz"),
            SharedReference.path("genes/MANE.GRCh38.v1.4.summary.txt.gz"));
    for (String symbol : List.of("BRCA1", "LDLR", "NFIX", "MRPL39", "TP53")) {
      assertThat(upstream.hgncId(symbol)).isEqualTo(bundled.hgncId(symbol)).isPresent();
    }
    assertThat(upstream.mane(Accession.parse("NM_000546.6")))
        .isEqualTo(bundled.mane(Accession.parse("NM_000546.6")))
        .hasValueSatisfying(e -> assertThat(e.symbol()).isEqualTo("TP53"));
  }
}
