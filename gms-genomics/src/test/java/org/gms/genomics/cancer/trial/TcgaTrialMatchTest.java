package org.gms.genomics.cancer.trial;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.gms.genomics.SharedReference;
import org.gms.genomics.cancer.SomaticAnalysis;
import org.gms.genomics.cancer.SomaticReport;
import org.gms.genomics.cancer.SomaticSettings;
import org.gms.genomics.cancer.input.MafReader;
import org.gms.genomics.cancer.input.TumourSample;
import org.gms.genomics.cancer.tumourtype.TumourTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real TCGA tumours (MC3 uterine carcinosarcoma and DLBCL), analysed by the cancer engine, their
 * profiles (age and sex from the TCGA clinical data) matched against the three real CTML trials.
 * Each row was checked by hand against the tumour's MAF and the trials' criteria.
 */
class TcgaTrialMatchTest {

  private static final Map<String, CaseProfile> PROFILES = new HashMap<>();
  private static List<Trial> trials;

  @BeforeAll
  static void analyse() throws IOException {
    trials = new ArrayList<>();
    for (String f :
        List.of(
            "NCT03297606_CAPTUR.ctml.json",
            "NCT02503722_osimertinib_sapanisertib.ctml.json",
            "NCT04497116_TRESR.ctml.json")) {
      trials.addAll(
          CtmlReader.read(SharedReference.path("cancer/trials/ctims_real_trials_ctml/" + f)));
    }
    SomaticAnalysis analysis = SomaticAnalysis.create(SomaticSettings.bundled());
    for (String cohort : List.of("UCS", "DLBC")) {
      Path dir = SharedReference.path("cancer/cohorts/tcga_mc3");
      Map<String, String[]> clinical = clinical(dir.resolve("MC3_" + cohort + "_clinical.tsv.gz"));
      for (TumourSample s : MafReader.read(dir.resolve("MC3_" + cohort + ".maf.gz"))) {
        SomaticReport r =
            analysis.analyse(
                s,
                TumourTypes.bundled().resolve(cohort.equals("DLBC") ? "DLBCLNOS" : cohort),
                List.of(),
                List.of());
        String[] c = clinical.get(s.name());
        Integer age = c == null || !c[0].matches("\\d+") ? null : Integer.valueOf(c[0]);
        String sex = c == null ? "" : c[1].toLowerCase(java.util.Locale.ROOT);
        PROFILES.put(s.name().substring(0, 12), CaseProfiles.from(r, s.name(), age, sex));
      }
    }
  }

  private static Map<String, String[]> clinical(Path file) throws IOException {
    Map<String, String[]> out = new HashMap<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      List<String> header = Arrays.asList(in.readLine().split("\t", -1));
      int sample = header.indexOf("Tumor_Sample_Barcode");
      int age = header.indexOf("CDR_age_at_initial_pathologic_diagnosis");
      int sex = header.indexOf("CDR_gender");
      for (String line; (line = in.readLine()) != null; ) {
        String[] f = line.split("\t", -1);
        out.put(f[sample], new String[] {f[age], f[sex]});
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # TCGA patient: type, age, what the MAF has           | arms matched (trial/arm)
          TCGA-N5-A4RJ: UCS 61, ERBB2 p.V842I, PIK3CA p.H1047Y    | NCT03297606/Group 11; NCT04497116/Module 1; NCT04497116/Module 3
          TCGA-N8-A4PI: UCS 71, PTEN p.R130*, PIK3R1 in-frame del | NCT03297606/Group 10; NCT04497116/Module 1; NCT04497116/Module 3
          TCGA-NA-A5I1: UCS 80, PDGFRB p.F951I                    | NCT03297606/Group 9; NCT04497116/Module 1; NCT04497116/Module 3
          TCGA-N5-A4RT: UCS 69, REV3L p.E2692A                    | NCT04497116/Module 1; NCT04497116/Module 2: Arm 3; NCT04497116/Module 3
          TCGA-N5-A4RD: UCS 69, no listed target                  | NCT04497116/Module 1; NCT04497116/Module 3
          TCGA-GS-A9TZ: DLBCL 51, FLT1 p.L1150R, BRCA1 p.E673K    | NCT03297606/Group 1; NCT03297606/Group 7; NCT03297606/Group 9
          TCGA-GS-A9TY: DLBCL 82, BRCA1 p.S1434N                  | NCT03297606/Group 7
          TCGA-GS-A9TW: DLBCL 23, no listed target                |
          """)
  void realTumoursMatchTheArmsTheirAlterationsAndTypeAllow(String tumour, String expected) {
    String patient = tumour.substring(0, 12);
    CaseProfile p = PROFILES.get(patient);
    assertThat(p).as(patient).isNotNull();
    List<String> got =
        TrialMatcher.bundled().match(p, trials).stream()
            .map(m -> m.trialId() + "/" + m.armCode())
            .toList();
    List<String> want =
        expected == null
            ? List.of()
            : Arrays.stream(expected.split(";")).map(String::trim).toList();
    assertThat(got).as(tumour).containsExactlyElementsOf(want);
  }

  @org.junit.jupiter.api.Test
  void theReasonNamesTheTumoursOwnVariants() {
    ArmMatch m = TrialMatcher.bundled().match(PROFILES.get("TCGA-N8-A4PI"), trials).get(0);
    assertThat(m.reasons())
        .contains(
            "PTEN p.R130* (Nonsense_Mutation) meets PTEN inactivating mutation",
            "PIK3R1 p.L420fs (Frame_Shift_Ins) meets PIK3R1 activating mutation",
            "Uterine Carcinosarcoma/Uterine Malignant Mixed Mullerian Tumor (UCS) meets not Breast"
                + " (BREAST)");
  }

  @org.junit.jupiter.api.Test
  void theQuickAnswerAgreesWithTheExplainedOneOnEveryTumourAndArm() {
    TrialMatcher m = TrialMatcher.bundled();
    int checked = 0;
    for (CaseProfile p : PROFILES.values()) {
      List<String> matched =
          m.match(p, trials).stream().map(a -> a.trialId() + "/" + a.armCode()).toList();
      for (Trial t : trials) {
        for (Arm a : t.arms()) {
          boolean explained = m.evaluate(p, a.criterion()).met();
          assertThat(matched.contains(t.id() + "/" + a.code()))
              .as(p.caseId() + " " + t.id() + "/" + a.code())
              .isEqualTo(explained && t.open() && a.open());
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(1000);
  }
}
