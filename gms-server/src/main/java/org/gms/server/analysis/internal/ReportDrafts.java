package org.gms.server.analysis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gms.server.GmsException;
import org.gms.server.analysis.AnalysisKind;
import org.gms.server.analysis.AnalysisRun;
import org.gms.server.analysis.Reportable;
import org.gms.server.analysis.RunState;
import org.gms.server.ordering.OrderState;
import org.gms.server.ordering.TestOrder;
import org.gms.server.ordering.TestOrders;
import org.gms.server.record.Patient;
import org.gms.server.record.Patients;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Drafts reports from a run's stored result: the chosen candidates, copied as a report lists them.
 */
@Component
class ReportDrafts {

  private final JdbcAnalysisRuns runs;
  private final TestOrders orders;
  private final Patients patients;

  ReportDrafts(JdbcAnalysisRuns runs, TestOrders orders, Patients patients) {
    this.runs = runs;
    this.orders = orders;
    this.patients = patients;
  }

  /**
   * The report a scientist would authorise from a finished rare-disease run of an order in
   * interpretation.
   */
  ReportDraft toAuthorise(long runId, List<Reportable> variants, String conclusion) {
    AnalysisRun run = runs.get(runId);
    if (run.kind() != AnalysisKind.RARE_DISEASE || run.state() != RunState.SUCCEEDED) {
      throw new GmsException(
          GmsException.Kind.CONFLICT,
          "Run "
              + runId
              + " is a "
              + run.kind()
              + " run in state "
              + run.state()
              + "; reports are authorised from finished rare-disease runs.");
    }
    if (conclusion == null || conclusion.isBlank()) {
      throw new GmsException("conclusion is required: the result in words for the clinician.");
    }
    TestOrder order = orders.find(run.orderId()).orElseThrow();
    if (order.state() != OrderState.INTERPRETATION) {
      throw order.wrongState("; a report is authorised in INTERPRETATION.");
    }
    return of(runId, order, variants, conclusion);
  }

  /** The chosen candidates of a stored result, copied as a report lists them. */
  ReportDraft of(long runId, TestOrder order, List<Reportable> variants, String conclusion) {
    JsonNode result = JdbcAnalysisRuns.JSON.readTree(runs.resultJson(runId).orElseThrow());
    ArrayNode reported = JdbcAnalysisRuns.JSON.createArrayNode();
    for (Reportable choice : variants) {
      JsonNode candidate = byRank(result, choice.rank(), runId);
      ObjectNode copy = (ObjectNode) candidate.deepCopy();
      copy.remove("explanation");
      copy.put("proband", result.path("proband").asString());
      copy.put("computedClass", candidate.at("/variants/0/acmg/class").asString());
      copy.put("finalClass", choice.finalClass());
      copy.put("comment", choice.comment());
      reported.add(copy);
    }
    Patient patient = patients.find(order.patient()).orElseThrow();
    Set<Integer> chosen = variants.stream().map(Reportable::rank).collect(Collectors.toSet());
    List<JsonNode> unreported = new ArrayList<>();
    for (JsonNode candidate : result.path("candidates")) {
      String tier = candidate.path("tier").asString();
      if ((tier.equals("TIER_1") || tier.equals("TIER_2"))
          && !chosen.contains(candidate.path("rank").asInt())) {
        unreported.add(candidate);
      }
    }
    return new ReportDraft(order, patient, reported, conclusion.strip(), result, unreported);
  }

  private static JsonNode byRank(JsonNode result, int rank, long runId) {
    for (JsonNode candidate : result.path("candidates")) {
      if (candidate.path("rank").asInt() == rank) {
        return candidate;
      }
    }
    throw new GmsException(
        "Run "
            + runId
            + " has no stored candidate ranked "
            + rank
            + " (it stored "
            + result.path("candidates").size()
            + " of "
            + result.path("candidateCount").asInt()
            + ").");
  }
}
