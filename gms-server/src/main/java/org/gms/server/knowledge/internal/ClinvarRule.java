package org.gms.server.knowledge.internal;

import java.util.Map;
import java.util.Optional;
import org.gms.server.knowledge.AlertRule;
import org.gms.server.knowledge.KnowledgeVersion;
import org.gms.server.ordering.OrderCase;
import org.gms.server.record.VariantClassification;

/**
 * A reported variant that the latest ClinVar release classifies in another category than the report
 * did (see {@link ClinvarRules}), with the previous release's assertion as old evidence.
 */
final class ClinvarRule implements CaseRule.EachReportedVariant {

  private final AlertWriter alerts;
  private final KnowledgeVersion clinvar;
  private final Map<String, ClinvarEntry> current;
  private final KnowledgeVersion clinvarBefore;
  private final Map<String, ClinvarEntry> before;

  /**
   * @param current the latest release's assertions by variant key
   * @param clinvarBefore the previous release, or null
   * @param before its assertions by variant key
   */
  ClinvarRule(
      AlertWriter alerts,
      KnowledgeVersion clinvar,
      Map<String, ClinvarEntry> current,
      KnowledgeVersion clinvarBefore,
      Map<String, ClinvarEntry> before) {
    this.alerts = alerts;
    this.clinvar = clinvar;
    this.current = current;
    this.clinvarBefore = clinvarBefore;
    this.before = before;
  }

  @Override
  public int examine(OrderCase order, VariantClassification c) {
    String key = c.variant().key().toString();
    ClinvarEntry now = current.get(key);
    if (now == null || !ClinvarRules.hasCriteria(now.reviewStatus())) {
      return 0;
    }
    Optional<ClinvarRules.Category> category = ClinvarRules.category(now.significance());
    if (category.isEmpty()) {
      return 0;
    }
    Optional<AlertRule> rule = ClinvarRules.rule(c.acmgClass(), category.get());
    if (rule.isEmpty()) {
      return 0;
    }
    ClinvarEntry was = before.get(key);
    String oldEvidence =
        "Reported "
            + c.acmgClass().abbreviation()
            + " ("
            + c.acmgClass().displayName()
            + ") by "
            + c.classifiedBy()
            + " on "
            + c.classifiedAt().toString().substring(0, 10)
            + (c.classifier().isBlank() ? "" : ", " + c.classifier())
            + (clinvarBefore == null
                ? ""
                : "; "
                    + (was == null
                        ? "not in ClinVar " + clinvarBefore.label()
                        : was.describe(clinvarBefore)));
    String gene = c.variant().gene().isBlank() ? now.gene() : c.variant().gene();
    String reason =
        switch (rule.get()) {
          case CLINVAR_NOW_PATHOGENIC -> "ClinVar now classifies it " + now.significance();
          case CLINVAR_NOW_BENIGN -> "ClinVar now classifies it " + now.significance();
          default -> "ClinVar now calls it " + now.significance();
        };
    return alerts.raise(
        order,
        rule.get(),
        "clinvar:" + key + ":" + category.get(),
        key,
        gene,
        AlertWriter.reportedVariant(gene, c) + ": " + reason,
        oldEvidence,
        now.describe(clinvar),
        clinvar);
  }
}
