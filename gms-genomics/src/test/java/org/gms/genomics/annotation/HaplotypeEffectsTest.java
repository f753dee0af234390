package org.gms.genomics.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gms.genomics.TranscriptData;
import org.gms.genomics.reference.ReferenceGenome;
import org.gms.genomics.variant.SequenceVariant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Haplotype-aware consequences against the cases bcftools csq documents (Danecek and McCarthy,
 * Bioinformatics 2017, figure 1, and the csq how-to): A several substitutions in one codon give a
 * stop rather than two amino acid changes; B a frameshifting deletion followed by a frame-restoring
 * indel is in frame; C two substitutions separated by an intron change one codon of the spliced
 * transcript. Added: D a changed stop codon that still reads as a stop (stop_retained), E a
 * frameshift through the stop codon (stop_lost&amp;frameshift), F case A on a minus-strand gene, U
 * unphased heterozygous calls are never combined. The phased VCF ({@code
 * phased-bcftools-examples.vcf}) places them on bcftools' own test transcripts (ANKRD30B
 * ENST00000580206, plus strand; TNNT2 ENST00000360372, minus strand) with their GFF3 and genome
 * sequence; each record's own consequence is checked beside the joint one.
 */
class HaplotypeEffectsTest {

  private static Annotator annotator;
  private static ReferenceGenome genome;
  private static final Map<String, List<PhasedHaplotypes.Call>> CALLS = new HashMap<>();
  private static final Map<String, SequenceVariant> BY_ID = new HashMap<>();

  @BeforeAll
  static void load() throws IOException {
    genome = TranscriptData.bcftoolsRegions();
    annotator = TranscriptData.bcftoolsAnnotator();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(
                    HaplotypeEffectsTest.class.getResourceAsStream("phased-bcftools-examples.vcf")),
                StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        SequenceVariant variant = SequenceVariant.of(f[0], Long.parseLong(f[1]), f[3], f[4]);
        String example = f[7].replace("EXAMPLE=", "");
        String[] values = f[9].split(":");
        CALLS
            .computeIfAbsent(example, k -> new ArrayList<>())
            .add(
                new PhasedHaplotypes.Call(
                    variant, values[0], values.length > 1 ? values[1] : null));
        BY_ID.put(f[2], variant);
      }
    }
  }

  @ParameterizedTest(name = "{0}: {1} + {2} -> {4} {5}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          A  | a1 | a2 | ENST00000580206 | stop_gained                | 21F>21*      | missense_variant     | missense_variant
          B1 | b1 | b2 | ENST00000580206 | missense_variant           | 22SER>22TNW  | frameshift_variant   | frameshift_variant
          B2 | b3 | b4 | ENST00000580206 | inframe_deletion           | 22SERV>22NGF | frameshift_variant   | frameshift_variant
          C  | c1 | c2 | ENST00000580206 | stop_gained                | 74R>74*      | missense_variant     | splice_region_variant
          D  | d1 | d2 | ENST00000580206 | stop_retained_variant      | ''           | synonymous_variant   | stop_retained_variant
          E  | e1 | e2 | ENST00000580206 | stop_lost&frameshift_variant | ''         | missense_variant     | frameshift_variant
          F  | f1 | f2 | ENST00000360372 | stop_gained                | 19A>19*      | missense_variant     | missense_variant
          """)
  void jointEffectAsBcftoolsDocumentsIt(
      String example,
      String first,
      String second,
      String transcript,
      String terms,
      String protein,
      String firstAlone,
      String secondAlone) {
    for (PhasedHaplotypes.Call call : CALLS.get(example)) {
      String ref =
          genome
              .bases(
                  call.variant().contig(),
                  call.variant().position(),
                  call.variant().position() + call.variant().ref().length() - 1)
              .orElseThrow();
      assertThat(call.variant().ref()).as("REF of the test VCF matches the genome").isEqualTo(ref);
    }
    List<List<SequenceVariant>> haplotypes = PhasedHaplotypes.of(CALLS.get(example));
    assertThat(haplotypes).as("one haplotype with two alleles").hasSize(1);
    JointEffect joint =
        annotator.jointEffects(haplotypes.get(0)).stream()
            .filter(e -> e.transcript().startsWith(transcript))
            .findFirst()
            .orElseThrow();
    assertThat(joint.variants()).containsExactly(BY_ID.get(first), BY_ID.get(second));
    assertThat(joint.termString()).isEqualTo(terms);
    if (!protein.isEmpty() && !terms.startsWith("stop_lost")) {
      assertThat(joint.proteinChange()).isEqualTo(protein);
    }
    assertThat(joint.restoresFrame()).isEqualTo(example.startsWith("B"));
    assertThat(own(first, transcript)).isEqualTo(firstAlone);
    assertThat(own(second, transcript)).isEqualTo(secondAlone);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"U", "A"})
  void allelesOnOtherOrUnknownHaplotypesAreNotCombined(String example) {
    List<List<SequenceVariant>> haplotypes = PhasedHaplotypes.of(CALLS.get(example));
    if (example.equals("U")) {
      assertThat(haplotypes).isEmpty();
    } else {
      assertThat(haplotypes.get(0)).doesNotContain(BY_ID.get("trans1"));
    }
  }

  private static String own(String id, String transcript) {
    return annotator
        .annotate(BY_ID.get(id))
        .forTranscript(transcript)
        .orElseThrow()
        .mostSevere()
        .term();
  }
}
