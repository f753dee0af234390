package org.gms.genomics.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gms.genomics.variant.SequenceVariant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which calls lie on one copy of the chromosome: phased heterozygous calls by phase set and side of
 * the bar, homozygous calls on both copies, unphased heterozygous calls on none.
 */
class PhasedHaplotypesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      textBlock =
          """
          # rule                                                       ; calls (position genotype phase set)  ; haplotypes
          same side of one phase set: one haplotype                    ; 10 0|1 7, 20 0|1 7                   ; 7#1: 10 20
          opposite sides: none with two alleles                         ; 10 0|1 7, 20 1|0 7                   ; -
          different phase sets: not combined                            ; 10 0|1 7, 20 0|1 8                   ; -
          unphased heterozygous: never combined                         ; 10 0/1 -, 20 0/1 -                   ; -
          a homozygous call joins both copies of a phase set            ; 10 0|1 7, 20 1|0 7, 30 1/1 -         ; 7#0: 20 30, 7#1: 10 30
          homozygous calls alone: one haplotype, not one per copy       ; 10 1|1 7, 20 1/1 -                   ; homozygous#0: 10 20
          phased without PS: the whole contig is one set                ; 10 0|1 -, 20 0|1 -                   ; #1: 10 20
          """)
  void callsOnOneCopyFormAHaplotype(String rule, String calls, String expected) {
    List<PhasedHaplotypes.Call> input = new ArrayList<>();
    for (String call : calls.split(",")) {
      String[] f = call.strip().split(" ");
      input.add(
          new PhasedHaplotypes.Call(
              SequenceVariant.of("1", Long.parseLong(f[0]), "A", "C"),
              f[1],
              f[2].equals("-") ? null : f[2]));
    }

    List<String> haplotypes = new ArrayList<>();
    for (PhasedHaplotypes.Haplotype h : PhasedHaplotypes.haplotypes(input)) {
      StringBuilder text = new StringBuilder(h.phaseSet() + "#" + h.side() + ":");
      h.variants().forEach(v -> text.append(' ').append(v.position()));
      haplotypes.add(text.toString());
    }

    assertThat(haplotypes.isEmpty() ? "-" : String.join(", ", haplotypes))
        .as(rule)
        .isEqualTo(expected);
  }
}
