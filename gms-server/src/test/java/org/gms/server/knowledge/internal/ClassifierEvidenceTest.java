package org.gms.server.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.gms.genomics.interpretation.acmg.AcmgClass;
import org.gms.genomics.interpretation.acmg.AcmgClassifier;
import org.gms.genomics.variant.VariantKey;
import org.gms.server.record.ClassificationSource;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.RecordedVariant;
import org.gms.server.record.VariantClassification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Evidence reported under ACMG/AMP 2015 (Richards et al., Table 5) combined again under the
 * ClinGen/ACGS 2020 points (Tavtigian et al.: supporting 1, moderate 2, strong 4, very strong 8; LP
 * 6 to 9, P 10 or more). Where the two guidelines give different classes, re-analysis says so.
 */
class ClassifierEvidenceTest {

  @ParameterizedTest(name = "{0}: 2015 {1}, reported {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // evidence (code:strength)                    | 2015 | reported | points 2020 alert
        "PVS1:VERY_STRONG PM2:SUPPORTING                | VUS  | VUS      | LP",
        "PVS1:VERY_STRONG PM2:MODERATE                  | LP   | LP       | P",
        "PS3:STRONG PM2:SUPPORTING                      | VUS  | VUS      | none",
        "PM2:SUPPORTING BP4:SUPPORTING                  | VUS  | VUS      | none",
        "PS2:STRONG PM2:SUPPORTING PP3:SUPPORTING       | LP   | LP       | LP-unchanged",
        "PVS1:VERY_STRONG PM2:SUPPORTING                | VUS  | LP       | none-reported",
      })
  void evidenceRecombinedUnderTheClassifierInUse(
      String evidence, String computed2015, String reported, String expected) {
    AcmgClassifier acmg2015 = AcmgClassifier.acmg2015();
    String classifier =
        computed2015.equals(reported)
            ? acmg2015.guideline()
            : acmg2015.guideline()
                + "; computed "
                + computed2015
                + ", scientist's class "
                + reported;

    var result =
        ClassifierEvidence.recompute(
            classification(evidence, reported, classifier), AcmgClassifier.clinGenPoints2020());

    if (expected.startsWith("none") || expected.endsWith("unchanged")) {
      assertThat(result).isEmpty();
    } else {
      assertThat(result).isPresent();
      assertThat(result.get().before().abbreviation()).isEqualTo(computed2015);
      assertThat(result.get().now().abbreviation()).isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @CsvSource({"PVS1:VERY_STRONG PM2:SUPPORTING, VUS"})
  void classificationsTheClassifierInUseComputedAreLeftAlone(String evidence, String reported) {
    AcmgClassifier points = AcmgClassifier.clinGenPoints2020();

    assertThat(
            ClassifierEvidence.recompute(
                classification(evidence, reported, points.guideline()), points))
        .isEmpty();
  }

  private static VariantClassification classification(
      String evidence, String reported, String classifier) {
    String json =
        Arrays.stream(evidence.strip().split("\\s+"))
            .map(
                item ->
                    "{\"code\": \"%s\", \"strength\": \"%s\", \"reason\": \"recorded\"}"
                        .formatted(item.split(":")[0], item.split(":")[1]))
            .collect(Collectors.joining(",", "[", "]"));
    return new VariantClassification(
        1,
        new NhsNumber("9991000909"),
        1L,
        new RecordedVariant(VariantKey.parse("GRCh38:2:47838939:AG:-"), "FBXO11", "", "", ""),
        "0/1",
        AcmgClass.fromAbbreviation(reported).orElseThrow(),
        json,
        classifier,
        "",
        ClassificationSource.REPORT,
        "lab",
        Instant.parse("2025-01-01T00:00:00Z"));
  }
}
