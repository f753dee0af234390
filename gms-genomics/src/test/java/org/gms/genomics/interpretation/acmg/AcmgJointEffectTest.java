package org.gms.genomics.interpretation.acmg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.gms.genomics.protein.ProteinChange;
import org.gms.genomics.variant.SequenceVariant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The consequence rules judge a variant phased with other coding alleles of its transcript by their
 * joint effect (bcftools csq's haplotype-aware consequence), not by its own: a frameshift whose
 * frame a partner restores is not a null variant, two changes in one codon are the amino-acid
 * change the codon really encodes, and per-allele missense scores do not speak for a joint change.
 */
class AcmgJointEffectTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          # rule                                                                  | own                | own p.      | REVEL | joint              | joint protein | restores | partner   | known P     | codes
          a frameshift alone is a null variant                                    | frameshift_variant | -           | -     | -                  | -             | false    | -         | -           | PVS1
          a frameshift restored to an in-frame deletion is a length change        | frameshift_variant | -           | -     | inframe_deletion   | 22SERV>22NGF  | true     | 1:1000 A>AT | -         | PM4
          a frameshift restored to a same-length change is neither null nor PM4    | frameshift_variant | -           | -     | missense_variant   | 22SER>22TNW   | true     | 1:1000 A>AT | -         | none
          two frameshifts that do not restore the frame stay null                 | frameshift_variant | -           | -     | frameshift_variant | 12R>12Xfs     | false    | 1:1000 AT>A | -         | PVS1
          two missense changes in one codon making a stop are a null variant      | missense_variant   | p.Phe21Ile  | -     | stop_gained        | 21F>21*       | false    | 1:1002 C>A  | -         | PVS1
          alone, another change at a known pathogenic residue is PM5              | missense_variant   | p.Phe21Ile  | -     | -                  | -             | false    | -         | p.Phe21Leu  | PM5
          with its codon partner, the known pathogenic change itself is PS1      | missense_variant   | p.Phe21Ile  | -     | missense_variant   | 21F>21L       | false    | 1:1002 C>A  | p.Phe21Leu  | PS1
          a synonymous change alone with no splicing effect is BP7                | synonymous_variant | p.Phe21=    | -     | -                  | -             | false    | -         | p.Phe21Leu  | BP7
          a synonymous change that makes a known missense change with its partner | synonymous_variant | p.Phe21=    | -     | missense_variant   | 21F>21L       | false    | 1:1002 C>A  | p.Phe21Leu  | PS1
          alone, a damaging REVEL score is PP3                                    | missense_variant   | p.Phe21Ile  | 0.95  | -                  | -             | false    | -         | -           | PP3_Strong
          the allele's REVEL score does not speak for the joint change            | missense_variant   | p.Phe21Ile  | 0.95  | missense_variant   | 21F>21L       | false    | 1:1002 C>A  | -         | none
          """)
  void consequenceRulesReadTheJointEffect(
      String rule,
      String own,
      String ownProtein,
      Double revel,
      String joint,
      String jointProtein,
      boolean restores,
      String partner,
      String knownPathogenic,
      String codes) {
    VariantFacts.Builder facts =
        nullVariantContext(own).hgvsp(ownProtein).score(Predictor.SPLICEAI, 0.02);
    if (revel != null) {
      facts.score(Predictor.REVEL, revel);
    }
    if (knownPathogenic != null) {
      facts.knownPathogenic(
          new KnownPathogenicVariant(
              ProteinChange.parse(knownPathogenic).orElseThrow(),
              "c.63C>G",
              AcmgClass.PATHOGENIC,
              "ClinVar test"));
    }
    if (joint != null) {
      facts.haplotype(
          new HaplotypeEffect(
              Set.of(joint), jointProtein, restores, List.of(variant(partner)), "1000"));
    }

    assertThat(codes(EvidenceAssessor.withDefaults().assess(facts.build())))
        .as(rule)
        .isEqualTo(codes);
  }

  @Test
  void aRestoredFrameSaysWhyPvs1DoesNotApply() {
    VariantFacts facts =
        nullVariantContext("frameshift_variant")
            .haplotype(
                new HaplotypeEffect(
                    Set.of("inframe_deletion"),
                    "22SERV>22NGF",
                    true,
                    List.of(variant("1:1000 A>AT")),
                    "1000"))
            .build();

    Assessment assessment = EvidenceAssessor.withDefaults().assess(facts);

    String why =
        "frameshift_variant alone, but the frame is restored by a 1-bp insertion at 1:1000 on the"
            + " same haplotype (PS=1000): together inframe_deletion 22SERV>22NGF";
    assertThat(assessment.notApplied())
        .filteredOn(n -> n.code() == EvidenceCode.PVS1)
        .singleElement()
        .satisfies(n -> assertThat(n.reason()).startsWith(why).contains("not a null variant"));
    assertThat(assessment.evidence())
        .filteredOn(e -> e.code() == EvidenceCode.PM4)
        .singleElement()
        .satisfies(e -> assertThat(e.reason()).startsWith(why));
  }

  @ParameterizedTest(name = "{0} on {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          1:1000 A>AT  | 1000       | a 1-bp insertion at 1:1000 on the same haplotype (PS=1000)
          1:1000 ATG>A | *          | a 2-bp deletion at 1:1000 on the same haplotype (phased genotypes)
          1:1002 C>A   | PID:1002_C_A | a substitution C>A at 1:1002 on the same haplotype (PID=1002_C_A)
          """)
  void thePartnerAndPhaseSetAreNamed(String partner, String phaseSet, String expected) {
    HaplotypeEffect effect =
        new HaplotypeEffect(
            Set.of("missense_variant"), "21F>21L", false, List.of(variant(partner)), phaseSet);

    assertThat(effect.reason(Set.of("missense_variant"))).contains(expected);
  }

  private static VariantFacts.Builder nullVariantContext(String consequence) {
    return VariantFacts.builder(consequence)
        .gene("GENE")
        .transcript(TranscriptContext.exon(3, 10))
        .lossOfFunction(
            new LossOfFunctionMechanism(LossOfFunctionMechanism.Status.ESTABLISHED, "curated"));
  }

  private static SequenceVariant variant(String text) {
    String[] parts = text.split("[: >]");
    return SequenceVariant.of(parts[0], Long.parseLong(parts[1]), parts[2], parts[3]);
  }

  /** The codes the consequence rules give, which the assessor judges by the joint effect. */
  private static String codes(Assessment assessment) {
    Set<String> labels = new TreeSet<>();
    for (Evidence evidence : assessment.evidence()) {
      if (EvidenceAssessor.CONSEQUENCE_CODES.contains(evidence.code())) {
        labels.add(evidence.label());
      }
    }
    return labels.isEmpty() ? "none" : String.join(" ", labels);
  }
}
