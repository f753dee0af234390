package org.gms.genomics.interpretation.acmg;

import static org.gms.genomics.interpretation.acmg.AcmgClass.BENIGN;
import static org.gms.genomics.interpretation.acmg.AcmgClass.LIKELY_BENIGN;
import static org.gms.genomics.interpretation.acmg.AcmgClass.LIKELY_PATHOGENIC;
import static org.gms.genomics.interpretation.acmg.AcmgClass.PATHOGENIC;
import static org.gms.genomics.interpretation.acmg.AcmgClass.UNCERTAIN_SIGNIFICANCE;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The combining rules of Richards et al. 2015 (Genet Med 17:405), Table 5, rule by rule. When a
 * pathogenic rule (P or LP) and a benign rule (B or LB) are both met, the evidence is contradictory
 * and the class is VUS (Table 5, "Uncertain significance (ii)"); when none is met, VUS (i).
 */
final class Acmg2015Classifier implements AcmgClassifier {

  private record Rule(String name, AcmgClass acmgClass, Predicate<EvidenceCounts> met) {}

  private static final List<Rule> PATHOGENIC_RULES =
      List.of(
          new Rule(
              "Pathogenic (i)(a): 1 very strong and >=1 strong",
              PATHOGENIC,
              c -> c.veryStrong() >= 1 && c.strong() >= 1),
          new Rule(
              "Pathogenic (i)(b): 1 very strong and >=2 moderate",
              PATHOGENIC,
              c -> c.veryStrong() >= 1 && c.moderate() >= 2),
          new Rule(
              "Pathogenic (i)(c): 1 very strong, 1 moderate and 1 supporting",
              PATHOGENIC,
              c -> c.veryStrong() >= 1 && c.moderate() >= 1 && c.supporting() >= 1),
          new Rule(
              "Pathogenic (i)(d): 1 very strong and >=2 supporting",
              PATHOGENIC,
              c -> c.veryStrong() >= 1 && c.supporting() >= 2),
          new Rule("Pathogenic (ii): >=2 strong", PATHOGENIC, c -> c.strong() >= 2),
          new Rule(
              "Pathogenic (iii)(a): 1 strong and >=3 moderate",
              PATHOGENIC,
              c -> c.strong() >= 1 && c.moderate() >= 3),
          new Rule(
              "Pathogenic (iii)(b): 1 strong, 2 moderate and >=2 supporting",
              PATHOGENIC,
              c -> c.strong() >= 1 && c.moderate() >= 2 && c.supporting() >= 2),
          new Rule(
              "Pathogenic (iii)(c): 1 strong, 1 moderate and >=4 supporting",
              PATHOGENIC,
              c -> c.strong() >= 1 && c.moderate() >= 1 && c.supporting() >= 4),
          new Rule(
              "Likely pathogenic (i): 1 very strong and 1 moderate",
              LIKELY_PATHOGENIC,
              c -> c.veryStrong() >= 1 && c.moderate() >= 1),
          new Rule(
              "Likely pathogenic (ii): 1 strong and 1-2 moderate",
              LIKELY_PATHOGENIC,
              c -> c.strong() >= 1 && c.moderate() >= 1),
          new Rule(
              "Likely pathogenic (iii): 1 strong and >=2 supporting",
              LIKELY_PATHOGENIC,
              c -> c.strong() >= 1 && c.supporting() >= 2),
          new Rule(
              "Likely pathogenic (iv): >=3 moderate", LIKELY_PATHOGENIC, c -> c.moderate() >= 3),
          new Rule(
              "Likely pathogenic (v): 2 moderate and >=2 supporting",
              LIKELY_PATHOGENIC,
              c -> c.moderate() >= 2 && c.supporting() >= 2),
          new Rule(
              "Likely pathogenic (vi): 1 moderate and >=4 supporting",
              LIKELY_PATHOGENIC,
              c -> c.moderate() >= 1 && c.supporting() >= 4));

  private static final List<Rule> BENIGN_RULES =
      List.of(
          new Rule("Benign (i): 1 stand-alone (BA1)", BENIGN, EvidenceCounts::standAlone),
          new Rule("Benign (ii): >=2 strong", BENIGN, c -> c.benignStrong() >= 2),
          new Rule(
              "Likely benign (i): 1 strong and 1 supporting",
              LIKELY_BENIGN,
              c -> c.benignStrong() >= 1 && c.benignSupporting() >= 1),
          new Rule(
              "Likely benign (ii): >=2 supporting", LIKELY_BENIGN, c -> c.benignSupporting() >= 2));

  @Override
  public String guideline() {
    return "ACMG/AMP 2015 (Richards et al., Table 5)";
  }

  @Override
  public Classification classify(Collection<Evidence> evidence) {
    EvidenceCounts counts = EvidenceCounts.of(evidence);
    int points = EvidenceCounts.points(evidence);
    Optional<Rule> pathogenic = firstMet(PATHOGENIC_RULES, counts);
    Optional<Rule> benign = firstMet(BENIGN_RULES, counts);
    if (pathogenic.isPresent() && benign.isPresent()) {
      return new Classification(
          UNCERTAIN_SIGNIFICANCE,
          List.copyOf(evidence),
          guideline(),
          "Uncertain significance (ii): contradictory, both "
              + pathogenic.get().name()
              + " and "
              + benign.get().name(),
          points);
    }
    Optional<Rule> met = pathogenic.or(() -> benign);
    return new Classification(
        met.map(Rule::acmgClass).orElse(UNCERTAIN_SIGNIFICANCE),
        List.copyOf(evidence),
        guideline(),
        met.map(Rule::name).orElse("Uncertain significance (i): no combining rule is met"),
        points);
  }

  private static Optional<Rule> firstMet(List<Rule> rules, EvidenceCounts counts) {
    return rules.stream().filter(r -> r.met().test(counts)).findFirst();
  }
}
