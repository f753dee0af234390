package org.gms.genomics.constraint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.gms.genomics.SharedReference;
import org.gms.genomics.interpretation.acmg.LossOfFunctionMechanism;
import org.gms.genomics.interpretation.acmg.LossOfFunctionMechanism.Status;
import org.gms.genomics.protein.ProteinChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeneConstraintsTest {

  private static final GeneConstraints BUNDLED = GeneConstraints.bundled();

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "NIPBL, CONSTRAINED", // Cornelia de Lange, haploinsufficient
    "FGFR2, CONSTRAINED",
    "BRCA1, UNKNOWN", // LOEUF 0.915: a known LoF gene that constraint misses
    "CFTR, UNKNOWN",
    "NOTAGENE, UNKNOWN"
  })
  void constraintAsAProxyForTheMechanism(String gene, Status status) {
    assertThat(LossOfFunctionMechanism.fromConstraint(BUNDLED, gene).status()).isEqualTo(status);
  }

  @Test
  void theBundledCopyAgreesWithTheUpstreamTable() {
    GeneConstraints upstream =
        GeneConstraints.read(
            SharedReference.path("genes/gnomad.v2.1.1.gene-constraints.tsv.gz"), "gnomAD v2.1.1");

    assertThat(BUNDLED.size()).isEqualTo(upstream.size()).isEqualTo(19_155);
    int agree = 0;
    for (String gene : new String[] {"NIPBL", "MED13", "SMC3", "FGFR2", "TTN", "BRCA1", "SCN1A"}) {
      GeneConstraint bundled = BUNDLED.of(gene).orElseThrow();
      GeneConstraint original = upstream.of(gene).orElseThrow();
      assertThat(bundled.loeuf().getAsDouble())
          .isCloseTo(original.loeuf().getAsDouble(), org.assertj.core.data.Offset.offset(0.0005));
      assertThat(bundled.intolerant()).isEqualTo(original.intolerant());
      agree++;
    }
    assertThat(agree).isEqualTo(7);
  }

  @Test
  void saysWhenTheFileIsMissing() {
    assertThatThrownBy(() -> GeneConstraints.read(Path.of("no/such.tsv"), "v"))
        .hasMessage("Gene constraint file not found: no/such.tsv");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "",
      textBlock =
          """
          p.Arg175His                 | p.Arg175His
          p.(Arg175His)               | p.Arg175His
          NP_000537.3:p.(Arg175His)   | p.Arg175His
          p.R175H                     | p.Arg175His
          p.Arg175=                   | p.Arg175=
          p.R175=                     | p.Arg175=
          p.Arg175Ter                 | p.Arg175Ter
          p.R175*                     | p.Arg175Ter
          p.Arg175*                   | p.Arg175Ter
          p.Arg175fs                  |
          p.Lys3_Ala5del              |
          c.524G>A                    |
          """)
  void parsesSingleResidueProteinChanges(String hgvsp, String parsed) {
    assertThat(ProteinChange.parse(hgvsp).map(ProteinChange::toString).orElse(null))
        .isEqualTo(parsed);
  }
}
