package org.gms.server.knowledge.internal;

import java.util.Optional;
import org.gms.server.audit.AuditLog;
import org.gms.server.knowledge.AlertRule;
import org.gms.server.knowledge.KnowledgeVersion;
import org.gms.server.ordering.OrderCase;
import org.gms.server.record.VariantClassification;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes re-analysis alerts, once per order and cause, and audits each one it writes. */
final class AlertWriter {

  private final JdbcClient jdbc;
  private final AuditLog audit;

  AlertWriter(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /**
   * How an alert's reason names the reported variant: the gene, the HGVS c. (or the variant key
   * where there is none) and the class it was reported with, e.g. {@code BRCA1 c.68_69del, reported
   * LP}.
   */
  static String reportedVariant(String gene, VariantClassification c) {
    String key = c.variant().key().toString();
    return gene
        + " "
        + (c.variant().hgvsc().isBlank() ? key : c.variant().hgvsc())
        + ", reported "
        + c.acmgClass().abbreviation();
  }

  /** 1 when the alert is new; 0 when the order has one for the cause already. */
  int raise(
      OrderCase order,
      AlertRule rule,
      String cause,
      String variantKey,
      String gene,
      String reason,
      String oldEvidence,
      String newEvidence,
      KnowledgeVersion version) {
    Optional<Long> id =
        jdbc.sql(
                """
                INSERT INTO reanalysis_alert (laboratory, order_id, nhs_number, rule, cause,
                  variant_key, gene, reason, old_evidence, new_evidence, version_id, state)
                VALUES (:lab, :order, :nhs, :rule, :cause, :key, :gene, :reason, :old, :new,
                  :version, 'OPEN')
                ON CONFLICT (order_id, cause) DO NOTHING
                RETURNING id
                """)
            .param("lab", order.laboratory())
            .param("order", order.id())
            .param("nhs", order.patient().value())
            .param("rule", rule.name())
            .param("cause", cause)
            .param("key", variantKey)
            .param("gene", gene)
            .param("reason", reason)
            .param("old", oldEvidence)
            .param("new", newEvidence)
            .param("version", version.id())
            .query(Long.class)
            .optional();
    if (id.isEmpty()) {
      return 0;
    }
    audit.record(
        "create",
        JdbcReanalysisAlerts.ENTITY,
        Long.toString(id.get()),
        order.patient().value() + " order " + order.id() + " " + rule + " " + cause);
    return 1;
  }
}
