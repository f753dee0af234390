package org.gms.genomics.interpretation.pedigree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.gms.genomics.SharedReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PedReaderTest {

  @Test
  void readsTheGiabTrioPedigree() {
    Pedigree pedigree = PedReader.read(SharedReference.path("vcf/slivar/ashk-trio.ped"));

    assertThat(pedigree.members()).hasSize(3);
    PedigreeMember child = pedigree.member("HG002").orElseThrow();
    assertThat(child.fatherId()).isEqualTo("HG003");
    assertThat(child.motherId()).isEqualTo("HG004");
    assertThat(child.sex()).isEqualTo(Sex.MALE);
    assertThat(child.status()).isEqualTo(AffectionStatus.AFFECTED);
    assertThat(pedigree.member("HG004").orElseThrow().sex()).isEqualTo(Sex.FEMALE);
    assertThat(pedigree.member("HG003").orElseThrow().status()).isEqualTo(AffectionStatus.UNKNOWN);
    assertThat(pedigree.where("HG004")).endsWith("ashk-trio.ped, line 3");
  }

  @Test
  void readsTheExomiserQuartetWithTwoChildren() {
    Pedigree pedigree =
        PedReader.read(SharedReference.path("vcf/exomiser-pfeiffer/Pfeiffer-quartet.ped"));

    PedigreeMember father = pedigree.member("ISDBM322016").orElseThrow();
    assertThat(pedigree.children(father))
        .extracting(PedigreeMember::id)
        .containsExactly("ISDBM322015", "ISDBM322017");
    assertThat(pedigree.members()).filteredOn(PedigreeMember::isAffected).hasSize(1);
    assertThat(PedigreeChecks.consistency(pedigree).issues()).isEmpty();
  }

  @Test
  void skipsCommentsAndBlankLinesAndAcceptsSpacesAndExtraColumns() {
    Pedigree pedigree =
        PedReader.parse(
            """
            #family individual father mother sex phenotype
            F1 kid dad mum 2 2 extra-column

            F1  dad 0 0 1 -9
            F1\tmum\t0\t0\t2\t1
            """,
            "family.ped");

    assertThat(pedigree.members())
        .extracting(PedigreeMember::id)
        .containsExactly("kid", "dad", "mum");
    assertThat(pedigree.member("dad").orElseThrow().status()).isEqualTo(AffectionStatus.UNKNOWN);
    assertThat(pedigree.where("mum")).isEqualTo("family.ped, line 5");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          too few columns      | F1 kid dad mum 1           | bad.ped, line 1: expected 6 columns (family, individual, father, mother, sex, phenotype) separated by tabs or spaces; found 5
          sex code             | F1 kid 0 0 M 2             | bad.ped, line 1, field sex: 'M' is not a PED sex code; use 1 (male), 2 (female) or 0 (unknown) (if this is a header line, start it with '#')
          numeric sex code     | F1 kid 0 0 3 2             | bad.ped, line 1, field sex: '3' is not a PED sex code; use 1 (male), 2 (female) or 0 (unknown)
          quantitative trait   | F1 kid 0 0 1 3.7           | bad.ped, line 1, field phenotype: '3.7' is not an affection status; use 2 (affected), 1 (unaffected) or 0 / -9 (unknown); quantitative phenotypes are not supported
          header without hash  | FID IID PID MID SEX PHENO  | bad.ped, line 1, field sex: 'SEX' is not a PED sex code; use 1 (male), 2 (female) or 0 (unknown) (if this is a header line, start it with '#')
          own father           | F1 kid kid 0 1 2           | bad.ped, line 1, field father id: individual 'kid' is given as their own parent
          zero as id           | F1 0 0 0 1 2               | bad.ped, line 1, field individual id: '0' means 'unknown' in PED files and cannot be an individual id
          """)
  void reportsFileLineAndField(String problem, String line, String message) {
    assertThatThrownBy(() -> PedReader.parse(line + "\n", "bad.ped"))
        .isInstanceOf(PedigreeException.class)
        .hasMessage(message);
  }

  @Test
  void reportsADuplicateWithBothLines() {
    assertThatThrownBy(
            () -> PedReader.parse("F1 kid 0 0 1 2\nF1 mum 0 0 2 1\nF2 kid 0 0 2 1\n", "dup.ped"))
        .hasMessage(
            "dup.ped, line 3, field individual id: individual 'kid' is already listed on line 1;"
                + " individual ids must be unique because they are matched to VCF sample names");
  }

  @Test
  void rejectsAFileWithoutIndividuals() {
    assertThatThrownBy(() -> PedReader.parse("# only a header\n\n", "empty.ped"))
        .hasMessage("empty.ped: no individuals; a PED file has one line per individual");
  }

  @Test
  void saysWhenTheFileIsMissing() {
    assertThatThrownBy(() -> PedReader.read(Path.of("no/such/family.ped")))
        .hasMessage("PED file not found: no/such/family.ped");
  }
}
