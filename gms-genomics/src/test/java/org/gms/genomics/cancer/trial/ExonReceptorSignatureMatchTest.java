package org.gms.genomics.cancer.trial;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Receptor status (CTML {@code er_status}, {@code pr_status}, {@code her2_status}), mutational
 * signatures ({@code tobacco_signature}, ...) and exon conditions: CAPTUR's Group 8 (ER positive
 * outside breast), matchengine's signatures trial and a test trial with EGFR exon 19 deletions,
 * EGFR/ERBB2 exon 20 insertions and HER2/ER-defined breast arms, each row checked by hand.
 *
 * <p>Receptors: {@code ER+ HER2-} ({@code =} equivocal, {@code -} for none recorded); signatures:
 * {@code tobacco+ apobec-} ({@code -} alone for none assessed). The exon of a variant without
 * {@code @n} comes from its codons (EGFR exon 19 is codons 729-761, exon 20 762-823).
 */
class ExonReceptorSignatureMatchTest {

  private static final String TEST_TRIAL = "test:exon-receptor-test.ctml.yml";
  private final TrialMatcher matcher = TrialMatcher.bundled();

  static Trial trial(String file) {
    if (file.startsWith("test:")) {
      try {
        Path p =
            Path.of(
                ExonReceptorSignatureMatchTest.class
                    .getResource(file.substring("test:".length()))
                    .toURI());
        return CtmlReaderTest.single(p);
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    return TrialMatcherTest.trial(file);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          # case                                     | OncoTree | alterations                            | receptors     | signatures      | trial                                                   | arms matched
          CDK4 amplification, ER positive sarcoma    | SARCNOS  | CDK4 amp                               | ER+           | -               | ctims_real_trials_ctml/NCT03297606_CAPTUR.ctml.json     | Group 8
          CDK4 amplification, ER not recorded        | SARCNOS  | CDK4 amp                               | -             | -               | ctims_real_trials_ctml/NCT03297606_CAPTUR.ctml.json     |
          CDK4 amplification, ER negative            | SARCNOS  | CDK4 amp                               | ER- PR+       | -               | ctims_real_trials_ctml/NCT03297606_CAPTUR.ctml.json     |
          CDK4 amplification, ER positive breast     | IDC      | CDK4 amp                               | ER+           | -               | ctims_real_trials_ctml/NCT03297606_CAPTUR.ctml.json     |
          tobacco signature present                  | LUAD     | -                                      | -             | tobacco+        | matchengine-V2/tests/data/integration_trials/signatures.json | DOSE
          APOBEC signature assessed, absent          | BLCA     | -                                      | -             | apobec-         | matchengine-V2/tests/data/integration_trials/signatures.json | DOSE
          no signature assessed                      | LUAD     | -                                      | -             | -               | matchengine-V2/tests/data/integration_trials/signatures.json |
          signature not named by the trial           | LUAD     | -                                      | -             | aging+          | matchengine-V2/tests/data/integration_trials/signatures.json |
          EGFR exon 19 deletion by its codons        | LUAD     | EGFR E746_A750del In_Frame_Del         | -             | -               | TEST                                                    | EGFR exon 19 deletion
          EGFR exon 19 deletion-insertion            | LUAD     | EGFR L747_P753delinsS In_Frame_Del     | -             | -               | TEST                                                    | EGFR exon 19 deletion
          EGFR exon 19 deletion annotated            | LUAD     | EGFR E746_A750del In_Frame_Del @19     | -             | -               | TEST                                                    | EGFR exon 19 deletion
          annotation says exon 18: it wins           | LUAD     | EGFR E746_A750del In_Frame_Del @18     | -             | -               | TEST                                                    |
          EGFR exon 19 deletion outside lung         | COADREAD | EGFR E746_A750del In_Frame_Del         | -             | -               | TEST                                                    |
          EGFR exon 20 insertion                     | LUAD     | EGFR D770_N771insSVD In_Frame_Ins      | -             | -               | TEST                                                    | EGFR or ERBB2 exon 20 insertion
          EGFR exon 20 insertion near the start      | LUAD     | EGFR A763_Y764insFQEA In_Frame_Ins     | -             | -               | TEST                                                    | EGFR or ERBB2 exon 20 insertion
          ERBB2 exon 20 duplication (In_Frame_Ins)   | LUAD     | ERBB2 Y772_A775dup In_Frame_Ins        | -             | -               | TEST                                                    | EGFR or ERBB2 exon 20 insertion
          EGFR L858R is exon 21                      | LUAD     | EGFR L858R Missense_Mutation           | -             | -               | TEST                                                    |
          EGFR T790M: exon 20 but not an insertion   | LUAD     | EGFR T790M Missense_Mutation           | -             | -               | TEST                                                    |
          HER2 positive breast                       | IDC      | -                                      | HER2+         | -               | TEST                                                    | HER2 positive breast
          HER2 equivocal is neither                  | IDC      | -                                      | ER+ HER2=     | -               | TEST                                                    |
          HER2 not recorded                          | IDC      | -                                      | ER+           | -               | TEST                                                    |
          ER positive HER2 negative                  | ILC      | -                                      | ER+ PR+ HER2- | -               | TEST                                                    | ER positive HER2 negative breast
          ER and HER2 positive                       | IDC      | -                                      | ER+ HER2+     | -               | TEST                                                    | HER2 positive breast
          HER2 positive gastric is not breast        | STAD     | -                                      | HER2+         | -               | TEST                                                    |
          """)
  void matchesReceptorSignatureAndExonConditions(
      String name,
      String oncotree,
      String alterations,
      String receptors,
      String signatures,
      String trialFile,
      String expected) {
    CaseProfile profile =
        new CaseProfile(
            name,
            oncotree,
            60,
            "female",
            null,
            null,
            TrialMatcherTest.alterations(alterations),
            receptors(receptors),
            signatures(signatures));
    TrialMatcherTest.assertArms(
        matcher, profile, trial(trialFile.equals("TEST") ? TEST_TRIAL : trialFile), expected);
  }

  @Test
  void reasonsNameTheConditionMetAndWhatWasNotAssessed() {
    Trial test = trial(TEST_TRIAL);
    CaseProfile deletion =
        new CaseProfile(
            "c1",
            "LUAD",
            60,
            "female",
            null,
            null,
            TrialMatcherTest.alterations("EGFR E746_A750del In_Frame_Del"));
    assertThat(matcher.match(deletion, List.of(test)).get(0).reasons())
        .containsExactly(
            "EGFR p.E746_A750del (In_Frame_Del) in exon 19 (by its codons) meets EGFR exon 19 mutation"
                + " (In_Frame_Del)",
            "Lung Adenocarcinoma (LUAD) meets Non-Small Cell Lung Cancer (NSCLC)");
    // an exon 19 deletion reported without a protein change: its exon cannot be placed
    CaseProfile unplaced =
        new CaseProfile(
            "c2",
            "LUAD",
            60,
            "female",
            null,
            null,
            List.of(Alteration.mutation("EGFR", "", "In_Frame_Del")));
    Evaluation e = matcher.evaluate(unplaced, test.arm("EGFR exon 19 deletion").criterion());
    assertThat(e.met()).isFalse();
    assertThat(e.reasons())
        .singleElement()
        .asString()
        .startsWith("exon of EGFR mutation (In_Frame_Del) not known")
        .endsWith("EGFR exon 19 mutation (In_Frame_Del) not assessed");

    CaseProfile breast =
        new CaseProfile("c3", "IDC", 60, "female", null, null, List.of())
            .withReceptors(receptors("ER+ HER2-"));
    assertThat(matcher.match(breast, List.of(test)).get(0).reasons())
        .containsExactly(
            "Breast Invasive Ductal Carcinoma (IDC) meets Breast (BREAST)",
            "ER positive (pathology) meets ER positive",
            "HER2 negative (pathology) meets HER2 negative");
    Evaluation noHer2 =
        matcher.evaluate(
            breast.withReceptors(receptors("ER+")),
            test.arm("ER positive HER2 negative breast").criterion());
    assertThat(noHer2.reasons())
        .containsExactly(
            "HER2 status not recorded for the case (HER2 negative required; not assessed)");
    Evaluation tobacco =
        matcher.evaluate(
            breast,
            trial("matchengine-V2/tests/data/integration_trials/signatures.json")
                .arm("DOSE")
                .criterion());
    assertThat(tobacco.met()).isFalse();
    assertThat(tobacco.reasons().get(0)).startsWith("none of: temozolomide signature absent OR");
  }

  @Test
  void exonsArePlacedOnlyWhereEveryCodonLiesInOneExon() {
    Exons exons = Exons.bundled();
    assertThat(exons.of("EGFR", "E746_A750del")).contains(19);
    assertThat(exons.of("EGFR", "p.T790M")).contains(20);
    assertThat(exons.of("EGFR", "L858R")).contains(21);
    assertThat(exons.of("KIT", "W557_K558del")).contains(11);
    assertThat(exons.of("BRAF", "V600E")).contains(15);
    assertThat(exons.of("KRAS", "G12C")).contains(2);
    assertThat(exons.of("EGFR", "K761_E762insX")).as("codons in exons 19 and 20").isEmpty();
    assertThat(exons.of("MET", "X1010_splice")).as("a splice site has no codon").isEmpty();
    assertThat(exons.of("TP53", "R175H")).as("a gene not in the table").isEmpty();
  }

  private static Map<Receptor, String> receptors(String spec) {
    Map<Receptor, String> m = new EnumMap<>(Receptor.class);
    if (spec == null || spec.equals("-")) {
      return m;
    }
    for (String one : spec.trim().split("\\s+")) {
      char sign = one.charAt(one.length() - 1);
      m.put(
          Receptor.parse(one.substring(0, one.length() - 1)).orElseThrow(),
          sign == '+' ? "positive" : sign == '-' ? "negative" : "equivocal");
    }
    return m;
  }

  private static Map<String, Boolean> signatures(String spec) {
    Map<String, Boolean> m = new TreeMap<>();
    if (spec == null || spec.equals("-")) {
      return m;
    }
    for (String one : spec.trim().split("\\s+")) {
      m.put(one.substring(0, one.length() - 1), one.endsWith("+"));
    }
    return m;
  }
}
