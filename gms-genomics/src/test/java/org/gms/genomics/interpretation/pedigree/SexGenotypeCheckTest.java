package org.gms.genomics.interpretation.pedigree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gms.genomics.reference.GenomeBuild;
import org.gms.genomics.variant.Genotype;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SexGenotypeCheckTest {

  private static final Pedigree TRIO =
      PedReader.parse("F kid dad mum 1 2\nF dad 0 0 1 1\nF mum 0 0 2 1\n", "trio.ped");

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # case                                            | sample | het | hom | haploid | conflict
          a male with hemizygous calls only                 | dad    | 0   | 0   | 40      | false
          a male with a few artefactual heterozygous calls  | dad    | 4   | 36  | 0       | false
          a male with as many heterozygous as homozygous    | dad    | 20  | 20  | 0       | true
          a female with heterozygous calls                  | mum    | 18  | 22  | 0       | false
          a female without heterozygous calls               | mum    | 0   | 40  | 0       | true
          a female with haploid calls                       | mum    | 0   | 0   | 40      | true
          too few calls for a verdict                       | dad    | 10  | 5   | 0       | false
          """)
  void flagsSexesTheXChromosomeContradicts(
      String name, String sample, int het, int hom, int haploid, boolean conflict) {
    SexGenotypeCheck check = new SexGenotypeCheck(GenomeBuild.GRCh37, List.of(sample));
    long position = 3_000_000;
    for (Genotype genotype : genotypes(het, hom, haploid)) {
      check.add("X", position++, List.of(genotype));
    }

    PedigreeReport report = check.check(TRIO, SexCheckThresholds.defaults());

    assertThat(report.has(PedigreeIssue.Kind.SEX_GENOTYPE_CONFLICT)).isEqualTo(conflict);
  }

  @Test
  void ignoresPseudoautosomalAndAutosomalCalls() {
    SexGenotypeCheck check = new SexGenotypeCheck(GenomeBuild.GRCh38, List.of("dad"));
    for (int i = 0; i < 50; i++) {
      check.add("chrX", 20_000 + i, List.of(het())); // PAR1 in GRCh38
      check.add("chr7", 1_000_000 + i, List.of(het()));
    }

    assertThat(check.calls("dad").diploidNonReference()).isZero();
    assertThat(check.check(TRIO, SexCheckThresholds.defaults()).issues()).isEmpty();
  }

  @Test
  void theMessageGivesTheCountsAndWhatToCheck() {
    SexGenotypeCheck check = new SexGenotypeCheck(GenomeBuild.GRCh37, List.of("dad"));
    long position = 3_000_000;
    for (Genotype genotype : genotypes(30, 10, 0)) {
      check.add("X", position++, List.of(genotype));
    }

    assertThat(check.check(TRIO, SexCheckThresholds.defaults()).errors().get(0).message())
        .isEqualTo(
            "trio.ped, line 2: dad is recorded as male but 75% of non-reference calls are"
                + " heterozygous (at most 25% expected in a male) on X outside the pseudoautosomal"
                + " regions (30 heterozygous, 10 homozygous, 0 haploid); check the sex in the PED"
                + " and the sample identity");
  }

  private static List<Genotype> genotypes(int het, int hom, int haploid) {
    List<Genotype> genotypes = new ArrayList<>();
    for (int i = 0; i < het; i++) {
      genotypes.add(het());
    }
    for (int i = 0; i < hom; i++) {
      genotypes.add(new Genotype(List.of(1, 1), false));
    }
    for (int i = 0; i < haploid; i++) {
      genotypes.add(new Genotype(List.of(1), false));
    }
    genotypes.add(new Genotype(List.of(0, 0), false)); // reference calls are not counted
    return genotypes;
  }

  private static Genotype het() {
    return new Genotype(List.of(0, 1), false);
  }
}
