package org.gms.server.knowledge.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gms.server.knowledge.ReanalysisAlert;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.RecordEntry;
import org.gms.server.record.RecordSource;
import org.springframework.stereotype.Component;

/** A patient's re-analysis alerts and the scientists' decisions, for their record. */
@Component
class ReanalysisRecordSource implements RecordSource {

  private final JdbcReanalysisAlerts alerts;

  ReanalysisRecordSource(JdbcReanalysisAlerts alerts) {
    this.alerts = alerts;
  }

  @Override
  public String section() {
    return "reanalysis";
  }

  @Override
  public List<RecordEntry> entries(NhsNumber patient) {
    List<RecordEntry> entries = new ArrayList<>();
    for (ReanalysisAlert alert : alerts.forPatient(patient)) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("alert", alert.id());
      details.put("order", alert.orderId());
      details.put("laboratory", alert.laboratory());
      details.put("rule", alert.rule().name());
      details.put("gene", alert.gene());
      if (alert.variantKey() != null) {
        details.put("variantKey", alert.variantKey());
      }
      details.put("oldEvidence", alert.oldEvidence());
      details.put("newEvidence", alert.newEvidence());
      details.put("knowledgeVersion", alert.knowledgeLabel());
      details.put("state", alert.state().name());
      String link = "/api/reanalysis/alerts/" + alert.id();
      entries.add(
          new RecordEntry(
              alert.createdAt(),
              "reanalysis-alert",
              "Re-analysis alert for order " + alert.orderId() + ": " + alert.reason(),
              details,
              link));
      if (alert.decidedAt() != null) {
        entries.add(
            new RecordEntry(
                alert.decidedAt(),
                alert.state() == ReanalysisAlert.AlertState.ACCEPTED
                    ? "reanalysis-accepted"
                    : "reanalysis-dismissed",
                "Re-analysis alert "
                    + alert.id()
                    + " "
                    + alert.state().name().toLowerCase(java.util.Locale.ROOT)
                    + " by "
                    + alert.decidedBy()
                    + ": "
                    + alert.decision(),
                Map.of("alert", alert.id(), "decidedBy", alert.decidedBy()),
                link));
      }
    }
    entries.sort(java.util.Comparator.comparing(RecordEntry::at));
    return entries;
  }
}
