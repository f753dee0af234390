package org.gms.genomics.phenotype.phenopacket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gms.genomics.GenomicsException;
import org.gms.genomics.SharedReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading published phenopackets (phenopacket-store 0.1.27) as the benchmark does. */
class PhenopacketReaderTest {

  @TempDir Path temp;

  @Test
  void readsFeaturesDiagnosisAndCausativeVariantOfAPublishedCase() {
    Phenopacket glass =
        PhenopacketReader.read(
            SharedReference.path(
                "phenopackets/cohorts/SATB2/PMID_31021519_individual_SATB2_98.json"));

    assertThat(glass.id()).isEqualTo("PMID_31021519_individual_SATB2_98");
    assertThat(glass.observed())
        .containsExactly(
            "HP:0000164",
            "HP:0000750",
            "HP:0001249",
            "HP:0001250",
            "HP:0001263",
            "HP:0031936",
            "HP:0008872");
    assertThat(glass.excluded()).containsExactly("HP:0000175", "HP:0001510");
    assertThat(glass.diagnosis()).isEqualTo("OMIM:612313");
    assertThat(glass.causativeGene()).contains("SATB2");
    CausativeVariant variant = glass.variants().get(0);
    assertThat(variant.hgncId()).isEqualTo("HGNC:21637");
    assertThat(variant.hgvsC()).isEqualTo("NM_001172509.1:c.1196del");
    assertThat(variant.allelicState()).isEqualTo("heterozygous");
    assertThat(variant.consequence()).isEqualTo(VariantConsequence.FRAMESHIFT);
    assertThat(variant.label()).isEqualTo("NP_001165980.1:p.(Arg399LeufsTer14)");
  }

  @Test
  void findsEveryPhenopacketBelowAFolder() {
    List<Phenopacket> cohort =
        PhenopacketReader.readAll(SharedReference.path("phenopackets/cohorts/SATB2"));

    assertThat(cohort).hasSizeGreaterThan(50);
    assertThat(cohort).allMatch(p -> p.causativeGene().orElse("").equals("SATB2"));
  }

  @Test
  void aFileThatIsNotAPhenopacketIsNamedInTheError() throws IOException {
    Path broken = Files.writeString(temp.resolve("case.json"), "{\"subject\": {}}");

    assertThatThrownBy(() -> PhenopacketReader.read(broken))
        .isInstanceOf(GenomicsException.class)
        .hasMessageContaining(broken.toString())
        .hasMessageContaining("no phenopacket \"id\"");
  }

  @Test
  void aMissingFolderIsAUserError() {
    assertThatThrownBy(() -> PhenopacketReader.readAll(temp.resolve("absent")))
        .isInstanceOf(GenomicsException.class)
        .hasMessageContaining("Phenopacket folder not found");
  }
}
