package org.gms.genomics.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gms.genomics.TranscriptData;
import org.gms.genomics.constraint.GeneConstraints;
import org.gms.genomics.variant.VcfReadOptions;
import org.gms.genomics.variant.VcfReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The annotated VCF and JSON Lines report the joint effect of phased alleles beside each allele's
 * own consequence: bcftools csq's documented cases (see {@link HaplotypeEffectsTest}), all in one
 * phased VCF on bcftools' test transcripts, annotated as {@code ./gms annotate --haplotypes} does.
 * Every record of a haplotype carries the joint effect, naming the partners; alleles on the other
 * side of a phase set and unphased calls carry none; records keep their input order.
 */
class PhasedVcfAnnotationTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(
      delimiter = ';',
      nullValues = "-",
      textBlock =
          """
          # record ; transcript      ; joint consequence            ; protein      ; restores ; phase set ; partner
          a1       ; ENST00000580206 ; stop_gained                  ; 21F>21*      ; ''       ; 1         ; 18:14748482:C:G
          a2       ; ENST00000580206 ; stop_gained                  ; 21F>21*      ; ''       ; 1         ; 18:14748481:T:A
          b1       ; ENST00000580206 ; missense_variant             ; 22SER>22TNW  ; 1        ; 2         ; 18:14748489:C:CT
          b4       ; ENST00000580206 ; inframe_deletion             ; 22SERV>22NGF ; 1        ; 2         ; 18:14748483:AGCGA:A
          c2       ; ENST00000580206 ; stop_gained                  ; 74R>74*      ; ''       ; 3         ; 18:14748639:A:T
          d2       ; ENST00000580206 ; stop_retained_variant        ; ''           ; ''       ; 4         ; 18:14748479:C:T
          e1       ; ENST00000580206 ; stop_lost&frameshift_variant ; -            ; ''       ; 5         ; 18:14796374:AT:A
          f2       ; ENST00000360372 ; stop_gained                  ; 19A>19*      ; ''       ; 6         ; 1:201372038:G:T
          """)
  void eachRecordOfAHaplotypeCarriesTheJointEffectInTheVcf(
      String id,
      String transcript,
      String consequence,
      String protein,
      String restores,
      String phaseSet,
      String partner)
      throws Exception {
    Map<String, String> hap = info(annotateVcf(true), "GMS_HAP");

    List<String> entries =
        List.of(hap.get(id).split(",")).stream()
            .filter(e -> e.split("\\|", -1)[2].startsWith(transcript))
            .toList();
    assertThat(entries).hasSize(1);
    String[] f = entries.get(0).split("\\|", -1);
    assertThat(f[1]).isEqualTo("PROBAND");
    assertThat(f[3]).isEqualTo(consequence);
    if (protein != null) {
      assertThat(f[4]).isEqualTo(protein);
    }
    assertThat(f[5]).isEqualTo(restores);
    assertThat(f[6]).isEqualTo(phaseSet);
    assertThat(f[7]).isEqualTo(partner);
  }

  @Test
  void allelesOnTheOtherSideOrUnphasedCarryNoneAndKeepTheirOwnConsequence() throws Exception {
    Path vcf = annotateVcf(true);
    Map<String, String> hap = info(vcf, "GMS_HAP");
    Map<String, String> ann = info(vcf, "GMS_ANN");

    assertThat(hap).doesNotContainKeys("trans1", "u1", "u2");
    assertThat(ann).hasSize(17);
    assertThat(ann.get("b3")).contains("frameshift_variant");
    assertThat(Files.readAllLines(vcf))
        .anyMatch(l -> l.startsWith("##INFO=<ID=GMS_HAP,"))
        .filteredOn(l -> !l.startsWith("#"))
        .extracting(l -> l.split("\t")[2])
        .containsExactlyElementsOf(ids());
  }

  @Test
  void withoutTheOptionNothingIsHeldOrAdded() throws Exception {
    Path vcf = annotateVcf(false);

    assertThat(info(vcf, "GMS_HAP")).isEmpty();
    assertThat(Files.readString(vcf)).doesNotContain("GMS_HAP");
  }

  @Test
  void theJsonLinesObjectOfEachAlleleListsItsHaplotypes() throws Exception {
    Path out = dir.resolve("phased.jsonl");
    annotate(out, true);

    Map<String, JsonNode> byId = new HashMap<>();
    for (String line : Files.readAllLines(out)) {
      JsonNode node = JSON.readTree(line);
      byId.put(node.get("id").asString(), node);
    }
    JsonNode b3 = byId.get("b3").get("haplotypes");
    assertThat(b3).hasSize(3); // the three ANKRD30B transcripts whose CDS both change
    for (JsonNode effect : b3) {
      assertThat(effect.get("consequences").get(0).asString()).isEqualTo("inframe_deletion");
      assertThat(effect.get("restoresFrame").asBoolean()).isTrue();
      assertThat(effect.get("partners").get(0).asString()).isEqualTo("18:14748492:G:GT");
      assertThat(effect.get("sample").asString()).isEqualTo("PROBAND");
    }
    assertThat(byId.get("trans1").has("haplotypes")).isFalse();
    assertThat(byId.get("b3").get("annotations").get(0).get("consequences").toString())
        .contains("frameshift_variant");
  }

  private Path annotateVcf(boolean haplotypes) throws Exception {
    Path out = dir.resolve(haplotypes ? "phased.vcf" : "plain.vcf");
    annotate(out, haplotypes);
    return out;
  }

  private void annotate(Path out, boolean haplotypes) throws Exception {
    Path input = dir.resolve("input.vcf");
    try (InputStream in =
        Objects.requireNonNull(getClass().getResourceAsStream("phased-bcftools-examples.vcf"))) {
      Files.copy(in, input, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    VcfAnnotation annotation =
        new VcfAnnotation(
            TranscriptData.bcftoolsAnnotator(),
            TranscriptData.bcftoolsRegions(),
            GeneConstraints.bundled(),
            2,
            2,
            haplotypes);
    try (VcfReader reader = VcfReader.open(input, VcfReadOptions.defaults())) {
      annotation.write(reader, out, (records, annotated) -> {});
    }
  }

  private List<String> ids() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("phased-bcftools-examples.vcf")) {
      return new String(in.readAllBytes())
          .lines()
          .filter(l -> !l.startsWith("#"))
          .map(l -> l.split("\t")[2])
          .toList();
    }
  }

  /** INFO values of one key by record ID (absent keys left out). */
  private static Map<String, String> info(Path vcf, String key) throws Exception {
    Map<String, String> values = new HashMap<>();
    for (String line : Files.readAllLines(vcf)) {
      if (line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      for (String item : f[7].split(";")) {
        if (item.startsWith(key + "=")) {
          values.put(f[2], item.substring(key.length() + 1));
        }
      }
    }
    return values;
  }
}
