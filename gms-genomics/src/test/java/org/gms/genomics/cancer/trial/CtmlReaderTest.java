package org.gms.genomics.cancer.trial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gms.genomics.SharedReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading CTML trials: the real ones, MatchMiner's own examples and broken files. */
class CtmlReaderTest {

  static Path trials(String name) {
    return SharedReference.path("cancer/trials/" + name);
  }

  @Test
  void readsTheThreeRealTrialsWithEveryArm() {
    Trial captur = single(trials("ctims_real_trials_ctml/NCT03297606_CAPTUR.ctml.json"));
    assertThat(captur.id()).isEqualTo("NCT03297606");
    assertThat(captur.open()).isTrue();
    assertThat(captur.arms()).hasSize(13);
    Arm crizotinib = captur.arm("Group 3");
    assertThat(crizotinib.interventions()).containsExactly("Crizotinib: 250mg orally twice daily");
    assertThat(crizotinib.criterion().describe())
        .contains("ALK fusion")
        .contains("ROS1 activating mutation")
        .contains("MET high level amplification")
        .contains("not Non-Small Cell Lung Cancer (NSCLC)")
        .contains("age >=18");
    assertThat(captur.warnings()).isEmpty();
    assertThat(captur.arm("Group 8").criterion().describe())
        .as("CAPTUR's er_status: \"true\" is read as ER positive")
        .endsWith("age >=18 AND not Breast (BREAST) AND ER positive");

    Trial osimertinib =
        single(trials("ctims_real_trials_ctml/NCT02503722_osimertinib_sapanisertib.ctml.json"));
    assertThat(osimertinib.arms()).hasSize(1);
    assertThat(osimertinib.arms().get(0).criterion().describe())
        .isEqualTo(
            "age >=18 AND Non-Small Cell Lung Cancer (NSCLC) AND (EGFR p.L858R"
                + " (Missense_Mutation) OR EGFR p.729_761del)");
    assertThat(osimertinib.conditions()).contains("Metastatic Lung Non-Small Cell Carcinoma");

    Trial tresr = single(trials("ctims_real_trials_ctml/NCT04497116_TRESR.ctml.json"));
    assertThat(tresr.arms()).extracting(Arm::code).contains("Module 1", "Module 3");
    assertThat(tresr.arm("Module 1").criterion().describe())
        .isEqualTo("age >=18 AND a solid tumour AND any genomic profile");
  }

  @Test
  void readsMatchMinersYamlExamplesAndMultiDocumentJson() {
    List<Trial> yaml = CtmlReader.read(trials("matchminer-engine/examples/trial.example.yml"));
    assertThat(yaml).isNotEmpty();
    assertThat(yaml.get(0).arm("A").criterion().describe())
        .isEqualTo("Breast (BREAST) AND age >=18 AND (PIK3CA p.H1047R OR TP53 mutation)");
    Trial wildType = single(trials("matchengine-V2/tests/data/yaml/11-111.yaml"));
    assertThat(wildType.arm("EXP 3").criterion().describe()).isEqualTo("no NRAS p.G12D");

    assertThat(CtmlReader.read(trials("matchengine-V2/tests/data/trials/two_trials_one_doc.json")))
        .hasSize(2);
    assertThat(CtmlReader.read(trials("matchengine-V2/tests/data/trials/trials_json_array.json")))
        .hasSizeGreaterThan(1);
  }

  @Test
  void readsEveryMatchEngineTrialOrSaysWhy() throws Exception {
    try (Stream<Path> files = Files.list(trials("matchengine-V2/tests/data/integration_trials"))) {
      for (Path f : files.toList()) {
        assertThat(CtmlReader.read(f)).as(f.toString()).isNotEmpty();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          unknown type  | {"nct_id":"NCT1","treatment_list":{"step":[{"arm":[{"arm_code":"A","match":[{"clinical":{"oncotree_primary_diagnosis":"Lung Adenocarcinomma"}}]}]}]}} | t.json at treatment_list.step[0].arm[0].match[0].clinical.oncotree_primary_diagnosis: 'Lung Adenocarcinomma' is not an OncoTree name
          category      | {"nct_id":"NCT1","treatment_list":{"step":[{"arm":[{"arm_code":"A","match":[{"genomic":{"hugo_symbol":"EGFR","variant_category":"Mutatoin"}}]}]}]}} | t.json at treatment_list.step[0].arm[0].match[0].genomic.variant_category: unknown variant_category 'Mutatoin'
          no gene       | {"nct_id":"NCT1","treatment_list":{"step":[{"arm":[{"arm_code":"A","match":[{"and":[{"genomic":{"variant_category":"Mutation"}}]}]}]}]}} | t.json at treatment_list.step[0].arm[0].match[0].and[0].genomic: a genomic condition needs hugo_symbol
          unknown node  | {"nct_id":"NCT1","treatment_list":{"step":[{"arm":[{"arm_code":"A","match":[{"nand":[]}]}]}]}} | t.json at treatment_list.step[0].arm[0].match[0].nand: unknown key 'nand'
          age           | {"nct_id":"NCT1","treatment_list":{"step":[{"arm":[{"arm_code":"A","match":[{"clinical":{"age_numerical":"adult"}}]}]}]}} | 'adult' is not a number condition
          no arms       | {"nct_id":"NCT1"} | t.json at treatment_list.step: trial NCT1 has no treatment_list.step[]
          no id         | {"treatment_list":{}} | t.json: the trial has neither nct_id nor protocol_no
          bad json      | {"nct_id": "NCT1",, } | t.json at line 1, column 19: not valid JSON
          """)
  void badFilesSayWhatWhereAndWhatToDo(String name, String content, String message) {
    assertThatThrownBy(() -> CtmlReader.read("t.json", content.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(TrialFormatException.class)
        .hasMessageContaining(message);
  }

  @Test
  void badYamlNamesTheLine() {
    byte[] yaml =
        "nct_id: NCT1\ntreatment_list:\n  step: [\n   - arm".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> CtmlReader.read("t.yml", yaml))
        .isInstanceOf(TrialFormatException.class)
        .hasMessageStartingWith("t.yml at line")
        .hasMessageContaining("not valid YAML");
  }

  @Test
  void readsClinicalTrialsGovRecordsWithCuratedCriteria() throws Exception {
    Path studies = trials("clinicaltrials_gov/ctgov_v2_studies_KRAS_10trials.json");
    var records = CtgovReader.studies("s.json", Files.readAllBytes(studies));
    assertThat(records).hasSize(10);
    var curation =
        CtgovReader.curations(
            "c.json",
            """
            {"NCT05288205": {"*": [{"and": [{"genomic": {"hugo_symbol": "KRAS",
              "protein_change": "p.G12C"}}, {"clinical": {"oncotree_primary_diagnosis": "_SOLID_"}}]}]}}
            """
                .getBytes(StandardCharsets.UTF_8));
    Trial t = CtgovReader.trial("s.json", records.get(0), curation.get("NCT05288205"));
    assertThat(t.id()).isEqualTo("NCT05288205");
    assertThat(t.open()).isTrue();
    assertThat(t.eligibilityText()).contains("KRAS p.G12C mutation");
    assertThat(t.arms()).extracting(Arm::code).containsExactly("Dose escalation", "Dose expansion");
    assertThat(t.arms().get(1).criterion().describe())
        .startsWith("age >=18")
        .endsWith("KRAS p.G12C AND a solid tumour");
    Trial uncurated = CtgovReader.trial("s.json", records.get(1), null);
    assertThat(uncurated.arms().get(0).criterion()).isInstanceOf(Criterion.Uncurated.class);
  }

  static Trial single(Path file) {
    List<Trial> trials = CtmlReader.read(file);
    assertThat(trials).hasSize(1);
    return trials.get(0);
  }
}
