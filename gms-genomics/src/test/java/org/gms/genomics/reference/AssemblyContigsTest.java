package org.gms.genomics.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gms.genomics.SharedReference;
import org.gms.genomics.variant.VcfContig;
import org.gms.genomics.variant.VcfReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The built-in lengths agree with the contig lines real GRCh37 VCFs carry. */
class AssemblyContigsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "vcf/exomiser-pfeiffer/Pfeiffer.vcf.gz",
        "vcf/slivar/ashk-trio.vcf.gz",
        "vcf/1000G-CanDIG/HG02102.vcf.gz",
        "vcf/PGP-hu82436A/hu82436A.vcf.gz"
      })
  void grch37LengthsMatchRealB37Headers(String file) {
    List<VcfContig> contigs = new ArrayList<>();
    var options = org.gms.genomics.variant.VcfReadOptions.defaults().withLenient(true);
    try (VcfReader reader = VcfReader.open(SharedReference.path(file), options)) {
      contigs.addAll(reader.header().contigs());
    }
    AssemblyContigs grch37 = AssemblyContigs.of(GenomeBuild.GRCh37);
    long checked =
        contigs.stream()
            .filter(c -> grch37.contains(c.name()))
            .peek(c -> assertThat(grch37.contradiction(c.name(), c.length().getAsLong())).isEmpty())
            .count();
    assertThat(checked).isEqualTo(25);
  }

  @Test
  void namesCompareInEverySpelling() {
    AssemblyContigs grch38 = AssemblyContigs.of(GenomeBuild.GRCh38);
    assertThat(grch38.length("chr17")).hasValue(83_257_441);
    assertThat(grch38.length("17")).hasValue(83_257_441);
    assertThat(grch38.length("chrM")).hasValue(16_569);
    assertThat(grch38.length("chrUn_KI270302v1")).isEmpty();
    assertThat(grch38.contradiction("chr1", 249_250_621))
        .hasValueSatisfying(why -> assertThat(why).contains("that is the GRCh37 length"));
  }
}
