package org.gms.server.knowledge.internal;

import java.util.Optional;
import org.gms.server.knowledge.AlertRule;
import org.gms.server.knowledge.KnowledgeVersion;
import org.gms.server.ordering.OrderCase;
import org.gms.server.record.VariantClassification;

/** A reported variant whose stored evidence the classifier in use combines into another class. */
final class ClassifierRule implements CaseRule.EachReportedVariant {

  private final AlertWriter alerts;
  private final KnowledgeVersion classifier;

  ClassifierRule(AlertWriter alerts, KnowledgeVersion classifier) {
    this.alerts = alerts;
    this.classifier = classifier;
  }

  /**
   * The stored evidence combined by the classifier in use now, against the class the recording
   * classifier computed from it; only classifications computed by another guideline version.
   */
  @Override
  public int examine(OrderCase order, VariantClassification c) {
    Optional<ClassifierEvidence.Recomputed> changed =
        ClassifierEvidence.recompute(c, ClassifierEvidence.inUse());
    if (changed.isEmpty()) {
      return 0;
    }
    ClassifierEvidence.Recomputed r = changed.get();
    String key = c.variant().key().toString();
    String gene = c.variant().gene();
    return alerts.raise(
        order,
        AlertRule.CLASSIFIER_NEW_CLASS,
        "classifier:" + key + ":" + classifier.label(),
        key,
        gene,
        AlertWriter.reportedVariant(gene, c)
            + ": the same evidence is now "
            + r.now().abbreviation(),
        "Computed "
            + r.before().abbreviation()
            + " by "
            + c.classifier()
            + "; reported "
            + c.acmgClass().abbreviation()
            + " by "
            + c.classifiedBy()
            + " on "
            + c.classifiedAt().toString().substring(0, 10),
        r.now().abbreviation()
            + " ("
            + r.now().displayName()
            + ") under "
            + classifier.label()
            + ": "
            + r.rule()
            + " from "
            + r.evidence(),
        classifier);
  }
}
