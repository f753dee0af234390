package org.gms.server.knowledge.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gms.genomics.interpretation.InterpretationSettings;
import org.gms.genomics.interpretation.acmg.AcmgClass;
import org.gms.genomics.interpretation.acmg.AcmgClassifier;
import org.gms.genomics.interpretation.acmg.Classification;
import org.gms.genomics.interpretation.acmg.Evidence;
import org.gms.genomics.interpretation.acmg.EvidenceCode;
import org.gms.genomics.interpretation.acmg.Strength;
import org.gms.server.record.VariantClassification;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A reported variant's stored evidence combined again by the classifier analyses use now, for the
 * classifications another guideline version computed. The evidence itself is not re-assessed (that
 * needs the analysis); only how it combines into a class.
 */
final class ClassifierEvidence {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** What the analysis wrote when the scientist's class differed from the computed one. */
  private static final Pattern COMPUTED = Pattern.compile("; computed (P|LP|VUS|LB|B),");

  private ClassifierEvidence() {}

  /**
   * @param before the class the recording classifier computed
   * @param now the class the classifier in use computes from the same evidence
   * @param rule the combining rule that gave {@code now}
   * @param evidence the evidence codes, as curators write them
   */
  record Recomputed(AcmgClass before, AcmgClass now, String rule, String evidence) {}

  /** The classifier analyses run with. */
  static AcmgClassifier inUse() {
    return InterpretationSettings.defaults().classifier();
  }

  /**
   * The new class, when the classification was computed by another classifier than {@code
   * classifier} and its evidence now combines into another class than that one computed and the
   * scientist reported; empty otherwise (also when no evidence was stored).
   */
  static Optional<Recomputed> recompute(VariantClassification c, AcmgClassifier classifier) {
    if (c.classifier().startsWith(classifier.guideline())) {
      return Optional.empty();
    }
    List<Evidence> evidence = evidence(c.evidence());
    if (evidence.isEmpty()) {
      return Optional.empty();
    }
    Classification now = classifier.classify(evidence);
    Matcher computed = COMPUTED.matcher(c.classifier());
    AcmgClass before =
        computed.find()
            ? AcmgClass.fromAbbreviation(computed.group(1)).orElseThrow()
            : c.acmgClass();
    if (now.acmgClass() == before || now.acmgClass() == c.acmgClass()) {
      return Optional.empty(); // nothing changed, or the scientist already reported the new class
    }
    return Optional.of(
        new Recomputed(
            before,
            now.acmgClass(),
            now.rule(),
            String.join(", ", evidence.stream().map(Evidence::label).toList())));
  }

  /** The evidence as the analysis stores it: [{code, strength, reason}, ...]. */
  static List<Evidence> evidence(String json) {
    List<Evidence> evidence = new ArrayList<>();
    for (JsonNode item : JSON.readTree(json)) {
      evidence.add(
          new Evidence(
              EvidenceCode.valueOf(item.path("code").asString()),
              Strength.valueOf(item.path("strength").asString()),
              item.path("reason").asString("as recorded")));
    }
    return evidence;
  }
}
