package org.gms.genomics.interpretation.pedigree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.gms.genomics.SharedReference;
import org.gms.genomics.interpretation.pedigree.PedigreeIssue.Kind;
import org.gms.genomics.interpretation.pedigree.PedigreeIssue.Severity;
import org.gms.genomics.variant.VcfReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PedigreeChecksTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # rule                         | PED lines (';' between lines)                           | severity | kind                   | message
          parents must be listed         | F kid dad mum 1 2; F dad 0 0 1 1                        | ERROR    | PARENT_NOT_LISTED      | p.ped, line 1: mother mum of kid is not listed; add a line for them (0 0 for unknown grandparents) or write 0
          a father is male               | F kid dad mum 1 2; F dad 0 0 2 1; F mum 0 0 2 1         | ERROR    | PARENT_SEX_MISMATCH    | p.ped, line 1: father dad of kid is recorded as female (p.ped, line 2); a father must be male
          a mother is female             | F kid dad mum 1 2; F dad 0 0 1 1; F mum 0 0 1 1         | ERROR    | PARENT_SEX_MISMATCH    | p.ped, line 1: mother mum of kid is recorded as male (p.ped, line 3); a mother must be female
          unknown parent sex is assumed  | F kid dad mum 1 2; F dad 0 0 0 1; F mum 0 0 2 1         | WARNING  | PARENT_SEX_UNKNOWN     | p.ped, line 1: father dad of kid has unknown sex; taken to be male
          parents share the family       | F kid dad mum 1 2; G dad 0 0 1 1; F mum 0 0 2 1         | ERROR    | PARENT_IN_OTHER_FAMILY | p.ped, line 1: father dad of kid belongs to family G, not F
          two different parents          | F kid p p 1 2; F p 0 0 1 1                              | ERROR    | SAME_FATHER_AND_MOTHER | p.ped, line 1: individual kid has p as both father and mother
          nobody is their own ancestor   | F a b 0 1 2; F b a 0 1 1                                | ERROR    | ANCESTRY_CYCLE         | p.ped, line 1: individual a is their own ancestor (parent chain: a -> b -> a); check the father and mother columns
          both parents or none           | F kid dad 0 1 2; F dad 0 0 1 1                          | WARNING  | ONE_PARENT_ONLY        | p.ped, line 1: individual kid has only one parent listed; the other is treated as not sequenced
          a family needs an affected     | F kid 0 0 1 1                                           | WARNING  | NO_AFFECTED_MEMBER     | p.ped: family F has no affected individual (PED column 6 = 2); it cannot be interpreted
          """)
  void findsInconsistencies(
      String rule, String lines, Severity severity, Kind kind, String message) {
    Pedigree pedigree = PedReader.parse(lines.replace(";", "\n") + "\n", "p.ped");

    assertThat(PedigreeChecks.consistency(pedigree).issues())
        .extracting(PedigreeIssue::severity, PedigreeIssue::kind, PedigreeIssue::message)
        .contains(tuple(severity, kind, message));
  }

  @Test
  void aConsistentTrioHasNoIssues() {
    Pedigree pedigree =
        PedReader.parse("F kid dad mum 2 2\nF dad 0 0 1 1\nF mum 0 0 2 1\n", "trio.ped");

    assertThat(PedigreeChecks.consistency(pedigree).issues()).isEmpty();
  }

  @Test
  void reportsCombineIntoOneWithWarningsKeptApart() {
    Pedigree pedigree =
        PedReader.parse("F kid dad mum 2 2\nF dad 0 0 0 1\nF mum 0 0 2 1\n", "trio.ped");

    PedigreeReport report =
        PedigreeChecks.consistency(pedigree)
            .and(PedigreeChecks.againstSamples(pedigree, List.of("kid", "mum"), "t.vcf"));

    assertThat(report.hasErrors()).isFalse();
    assertThat(report.warnings())
        .extracting(PedigreeIssue::kind)
        .containsExactly(Kind.PARENT_SEX_UNKNOWN, Kind.NOT_IN_VCF);
  }

  @Test
  void errorsStopTheAnalysisWithEveryMessage() {
    Pedigree pedigree = PedReader.parse("F kid dad mum 1 2\nF dad 0 0 2 1\n", "p.ped");

    assertThatThrownBy(() -> PedigreeChecks.consistency(pedigree).requireNoErrors())
        .isInstanceOf(PedigreeException.class)
        .hasMessageContaining("(2 errors)")
        .hasMessageContaining("father dad of kid is recorded as female")
        .hasMessageContaining("mother mum of kid is not listed");
  }

  @Test
  void theGiabTrioPedMatchesItsVcf() {
    Pedigree pedigree = PedReader.read(SharedReference.path("vcf/slivar/ashk-trio.ped"));
    List<String> samples = samples("vcf/slivar/ashk-trio.vcf.gz");

    assertThat(samples).containsExactly("HG002", "HG003", "HG004");
    assertThat(PedigreeChecks.againstSamples(pedigree, samples, "ashk-trio.vcf.gz").issues())
        .isEmpty();
  }

  /** A real mismatch: Exomiser's quartet PED names ISDBM3220xx, its VCF has one sample 'manuel'. */
  @Test
  void reportsAPedThatDoesNotMatchTheVcfSamples() {
    Pedigree pedigree =
        PedReader.read(SharedReference.path("vcf/exomiser-pfeiffer/Pfeiffer-quartet.ped"));
    List<String> samples = samples("vcf/exomiser-pfeiffer/Pfeiffer.vcf.gz");

    PedigreeReport report = PedigreeChecks.againstSamples(pedigree, samples, "Pfeiffer.vcf.gz");

    assertThat(report.hasErrors()).isTrue();
    assertThat(report.errors())
        .singleElement()
        .extracting(PedigreeIssue::kind)
        .isEqualTo(Kind.NO_SEQUENCED_MEMBER);
    assertThat(report.errors().get(0).message())
        .contains("none of the individuals of")
        .contains("(ISDBM322016, ISDBM322018, ISDBM322015, ISDBM322017)")
        .contains("is a sample of Pfeiffer.vcf.gz (samples: manuel)");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # case                                | VCF samples     | kinds found
          an unsequenced parent is a warning    | kid, mum        | NOT_IN_VCF
          an extra VCF sample is a warning      | kid, dad, mum, x| NOT_IN_PEDIGREE
          an unsequenced proband is an error    | dad, mum        | NOT_IN_VCF NO_SEQUENCED_AFFECTED
          a case slip is pointed out            | Kid, dad, mum   | NOT_IN_VCF NOT_IN_PEDIGREE NO_SEQUENCED_AFFECTED
          """)
  void comparesWithTheVcfSamples(String name, String vcfSamples, String kinds) {
    Pedigree pedigree =
        PedReader.parse("F kid dad mum 2 2\nF dad 0 0 1 1\nF mum 0 0 2 1\n", "t.ped");

    PedigreeReport report =
        PedigreeChecks.againstSamples(pedigree, List.of(vcfSamples.split(",\\s*")), "t.vcf");

    assertThat(report.issues())
        .extracting(PedigreeIssue::kind)
        .containsExactlyInAnyOrderElementsOf(
            List.of(kinds.split(" ")).stream().map(Kind::valueOf).toList());
  }

  @Test
  void pointsOutSampleNamesThatDifferOnlyInCase() {
    Pedigree pedigree = PedReader.parse("F kid 0 0 2 2\n", "t.ped");

    assertThat(
            PedigreeChecks.againstSamples(pedigree, List.of("KID"), "t.vcf")
                .errors()
                .get(0)
                .message())
        .contains("did you mean 'KID' for 'kid'? names are case-sensitive");
  }

  private static List<String> samples(String vcf) {
    try (VcfReader reader = VcfReader.open(SharedReference.path(vcf))) {
      return reader.header().samples();
    }
  }
}
