package org.gms.genomics.cancer.trial;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Matching with CTML's semantics on the real trials (CAPTUR, the osimertinib + sapanisertib trial,
 * TRESR) and MatchMiner's own test trials: each row a case checked by hand against the trial's
 * criteria.
 *
 * <p>Alterations: {@code EGFR L858R Missense_Mutation} (a small variant), {@code ERBB2 amp} /
 * {@code gain} / {@code hetdel} / {@code homdel}, {@code EML4::ALK} (fusion), {@code -} for none; a
 * trailing {@code !} marks it oncogenic (the engine's Oncogenic / Likely oncogenic); {@code @19}
 * after a small variant gives the exon its annotation names.
 */
class TrialMatcherTest {

  private static final Map<String, Trial> TRIALS = new HashMap<>();
  private final TrialMatcher matcher = TrialMatcher.bundled();

  static Trial trial(String file) {
    return TRIALS.computeIfAbsent(file, f -> CtmlReaderTest.single(CtmlReaderTest.trials(f)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      nullValues = "null",
      textBlock =
          """
          # case                               | OncoTree | age | sex    | alterations                                  | TMB  | MSI   | trial                                                          | arms matched
          EGFR L858R NSCLC adult               | NSCLC    | 61  | female | EGFR L858R Missense_Mutation                 | null | null  | ctims_real_trials_ctml/NCT02503722_osimertinib_sapanisertib.ctml.json | Treatment (sapanisertib, osimertinib)
          EGFR L858R lung adenocarcinoma (child type) | LUAD | 61 | female | EGFR p.L858R Missense_Mutation              | null | null  | ctims_real_trials_ctml/NCT02503722_osimertinib_sapanisertib.ctml.json | Treatment (sapanisertib, osimertinib)
          EGFR L858R but 17 years old          | LUAD     | 17  | female | EGFR L858R Missense_Mutation                 | null | null  | ctims_real_trials_ctml/NCT02503722_osimertinib_sapanisertib.ctml.json |
          EGFR L858R, age unknown              | LUAD     | null | female | EGFR L858R Missense_Mutation                | null | null  | ctims_real_trials_ctml/NCT02503722_osimertinib_sapanisertib.ctml.json |
          EGFR exon 19 deletion (not listed)   | LUAD     | 61  | female | EGFR E746_A750del In_Frame_Del               | null | null  | ctims_real_trials_ctml/NCT02503722_osimertinib_sapanisertib.ctml.json |
          EGFR L858R in colorectal cancer      | COADREAD | 61  | female | EGFR L858R Missense_Mutation                 | null | null  | ctims_real_trials_ctml/NCT02503722_osimertinib_sapanisertib.ctml.json |
          EGFR 729_761del (protein change as written) | NSCLC | 50 | male | EGFR p.729_761del In_Frame_Del             | null | null  | ctims_real_trials_ctml/NCT02503722_osimertinib_sapanisertib.ctml.json | Treatment (sapanisertib, osimertinib)
          ROS1 fusion lung: excluded from crizotinib group | LUAD | 45 | female | CD74::ROS1!                          | null | null  | ctims_real_trials_ctml/NCT03297606_CAPTUR.ctml.json          |
          ALK fusion, sarcoma                  | SARCNOS  | 45  | male   | EML4::ALK!                                   | null | null  | ctims_real_trials_ctml/NCT03297606_CAPTUR.ctml.json          | Group 3
          ALK fusion, sarcoma, 3' gene first   | SARCNOS  | 45  | male   | ALK::EML4!                                   | null | null  | ctims_real_trials_ctml/NCT03297606_CAPTUR.ctml.json          | Group 3
          MET amplification, gastric           | STAD     | 70  | male   | MET amp                                      | null | null  | ctims_real_trials_ctml/NCT03297606_CAPTUR.ctml.json          | Group 3
          MET gain is not high-level amplification | STAD | 70  | male   | MET gain                                     | null | null  | ctims_real_trials_ctml/NCT03297606_CAPTUR.ctml.json          |
          MET mutation not oncogenic           | STAD     | 70  | male   | MET N375S Missense_Mutation                  | null | null  | ctims_real_trials_ctml/NCT03297606_CAPTUR.ctml.json          |
          MET exon 14 oncogenic, gastric       | STAD     | 70  | male   | MET D1010H Splice_Site!                      | null | null  | ctims_real_trials_ctml/NCT03297606_CAPTUR.ctml.json          | Group 3
          ERBB2 amplification in breast (excluded) | IDC  | 55  | female | ERBB2 amp!                                   | null | null  | ctims_real_trials_ctml/NCT03297606_CAPTUR.ctml.json          |
          ERBB2 amplification in bladder       | BLCA     | 55  | female | ERBB2 amp!                                   | null | null  | ctims_real_trials_ctml/NCT03297606_CAPTUR.ctml.json          | Group 11
          BRCA2 frameshift, uterine            | UCS      | 65  | female | BRCA2 S1982fs Frame_Shift_Del                | null | null  | ctims_real_trials_ctml/NCT03297606_CAPTUR.ctml.json          | Group 7
          BRCA2 homozygous deletion is not a Mutation | UCS | 65  | female | BRCA2 homdel                                 | null | null  | ctims_real_trials_ctml/NCT03297606_CAPTUR.ctml.json          |
          BRCA2 frameshift, ovary (excluded, former tissue name) | HGSOC | 65 | female | BRCA2 S1982fs Frame_Shift_Del | null | null | ctims_real_trials_ctml/NCT03297606_CAPTUR.ctml.json        |
          BRAF V600E melanoma (excluded)       | SKCM     | 40  | male   | BRAF V600E Missense_Mutation!                | null | null  | ctims_real_trials_ctml/NCT03297606_CAPTUR.ctml.json          |
          BRAF V600E cholangiocarcinoma        | CHOL     | 40  | male   | BRAF V600E Missense_Mutation!                | null | null  | ctims_real_trials_ctml/NCT03297606_CAPTUR.ctml.json          | Group 12
          solid tumour, any profile, adult     | UCS      | 65  | female | -                                            | null | null  | ctims_real_trials_ctml/NCT04497116_TRESR.ctml.json           | Module 1; Module 3
          lymphoma is not a solid tumour       | DLBCLNOS | 65  | female | -                                            | null | null  | ctims_real_trials_ctml/NCT04497116_TRESR.ctml.json           |
          ATM frameshift, solid tumour         | PAAD     | 65  | female | ATM S1905fs Frame_Shift_Del                  | null | null  | ctims_real_trials_ctml/NCT04497116_TRESR.ctml.json           | Module 1; Module 2: Arm 1; Module 3
          BRAF V600K meets wildcard p.V600     | MEL      | 30  | male   | BRAF V600K Missense_Mutation                 | null | null  | matchengine-V2/tests/data/integration_trials/wildcard_protein_found.json | step 1
          BRAF V6000 is not codon 600          | MEL      | 30  | male   | BRAF V6000K Missense_Mutation                | null | null  | matchengine-V2/tests/data/integration_trials/wildcard_protein_found.json |
          TMB 12 (>=10, <=40, <40)             | COADREAD | 30  | male   | -                                            | 12   | null  | matchengine-V2/tests/data/integration_trials/tmb.json        | DOSE
          TMB 9                                | COADREAD | 30  | male   | -                                            | 9    | null  | matchengine-V2/tests/data/integration_trials/tmb.json        | DOSE
          TMB 41 (only >=10 and >15)           | COADREAD | 30  | male   | -                                            | 41   | null  | matchengine-V2/tests/data/integration_trials/tmb.json        | DOSE
          TMB not measured                     | COADREAD | 30  | male   | -                                            | null | null  | matchengine-V2/tests/data/integration_trials/tmb.json        |
          NRAS G12D excludes the wild-type arm | COADREAD | 30  | male   | NRAS G12D Missense_Mutation                  | null | null  | matchengine-V2/tests/data/yaml/11-111.yaml                   |
          NRAS wild type (G12V present is not G12D) | COADREAD | 30 | male | NRAS G12V Missense_Mutation               | null | null  | matchengine-V2/tests/data/yaml/11-111.yaml                   | EXP 3
          """)
  void matchesByCtmlSemantics(
      String name,
      String oncotree,
      Integer age,
      String sex,
      String alterations,
      Double tmb,
      Boolean msi,
      String trialFile,
      String expected) {
    CaseProfile profile =
        new CaseProfile(name, oncotree, age, sex, tmb, msi, alterations(alterations));
    assertArms(matcher, profile, trial(trialFile), expected);
  }

  /** The arms of the trial the case matches are the expected ones ({@code a; b}; null: none). */
  static void assertArms(TrialMatcher matcher, CaseProfile profile, Trial trial, String expected) {
    List<String> arms =
        matcher.match(profile, List.of(trial)).stream().map(ArmMatch::armCode).toList();
    List<String> want =
        expected == null
            ? List.of()
            : Arrays.stream(expected.split(";")).map(String::trim).toList();
    assertThat(arms).as(profile.caseId()).containsExactlyElementsOf(want);
  }

  @Test
  void eachMatchSaysWhichConditionWasMetByWhat() {
    CaseProfile sarcoma =
        new CaseProfile("c1", "SARCNOS", 45, "male", null, null, alterations("EML4::ALK!"));
    ArmMatch m =
        matcher
            .match(sarcoma, List.of(trial("ctims_real_trials_ctml/NCT03297606_CAPTUR.ctml.json")))
            .get(0);
    assertThat(m.reasons())
        .containsExactly(
            "EML4::ALK fusion meets ALK fusion",
            "age 45 meets age >=18",
            "Sarcoma, NOS (SARCNOS) meets not Non-Small Cell Lung Cancer (NSCLC)");
    Evaluation lung =
        matcher.evaluate(
            new CaseProfile("c2", "LUAD", 45, "male", null, null, alterations("EML4::ALK!")),
            trial("ctims_real_trials_ctml/NCT03297606_CAPTUR.ctml.json")
                .arm("Group 3")
                .criterion());
    assertThat(lung.met()).isFalse();
    assertThat(lung.reasons())
        .containsExactly(
            "Lung Adenocarcinoma (LUAD) does not meet not Non-Small Cell Lung Cancer (NSCLC)");
  }

  @Test
  void closedArmsAndTrialsAreNotMatched() {
    CaseProfile p = new CaseProfile("c", "UCS", 65, "female", null, null, List.of());
    Trial tresr = trial("ctims_real_trials_ctml/NCT04497116_TRESR.ctml.json");
    Trial closed =
        new Trial(
            tresr.id(),
            tresr.title(),
            tresr.source(),
            "Closed to Accrual",
            false,
            tresr.phase(),
            tresr.conditions(),
            tresr.eligibilityText(),
            tresr.arms(),
            tresr.warnings());
    assertThat(matcher.match(p, List.of(closed))).isEmpty();
    List<Arm> suspended = new ArrayList<>();
    for (Arm a : tresr.arms()) {
      suspended.add(
          new Arm(
              a.code(),
              a.description(),
              !a.code().equals("Module 1"),
              a.interventions(),
              a.criterion()));
    }
    Trial oneClosed =
        new Trial(
            tresr.id(),
            tresr.title(),
            tresr.source(),
            tresr.status(),
            true,
            tresr.phase(),
            tresr.conditions(),
            tresr.eligibilityText(),
            suspended,
            tresr.warnings());
    assertThat(matcher.match(p, List.of(oneClosed)))
        .extracting(ArmMatch::armCode)
        .containsExactly("Module 3");
  }

  @Test
  void horizonScanningCountsCarriedTargetsWhateverTheClinicalCriteria() {
    Trial captur = trial("ctims_real_trials_ctml/NCT03297606_CAPTUR.ctml.json");
    CaseProfile lung =
        new CaseProfile("c", "LUAD", 45, "male", null, null, alterations("EML4::ALK!"));
    assertThat(matcher.targetsCarried(lung, captur.arm("Group 3")))
        .containsExactly("EML4::ALK fusion meets ALK fusion");
    assertThat(matcher.targetsCarried(lung, captur.arm("Group 11"))).isEmpty();
  }

  static List<Alteration> alterations(String spec) {
    List<Alteration> out = new ArrayList<>();
    if (spec == null || spec.isBlank() || spec.equals("-")) {
      return out;
    }
    for (String one : spec.split(";")) {
      String s = one.trim();
      boolean oncogenic = s.endsWith("!");
      if (oncogenic) {
        s = s.substring(0, s.length() - 1);
      }
      String[] f = s.split(" ");
      Alteration a;
      if (s.contains("::")) {
        String[] g = s.split("::");
        a = Alteration.fusion(g[1], g[0]);
      } else if (f.length == 2) {
        a =
            Alteration.cna(
                f[0],
                switch (f[1]) {
                  case "amp" -> CnaCall.AMPLIFICATION;
                  case "gain" -> CnaCall.GAIN;
                  case "hetdel" -> CnaCall.HETEROZYGOUS_DELETION;
                  default -> CnaCall.HOMOZYGOUS_DELETION;
                });
      } else {
        a = Alteration.mutation(f[0], f[1], f[2]);
        if (f.length == 4 && f[3].startsWith("@")) {
          a = a.withExon(Integer.parseInt(f[3].substring(1))); // the exon as annotated
        }
      }
      out.add(oncogenic ? a.withOncogenic(true) : a);
    }
    return out;
  }
}
