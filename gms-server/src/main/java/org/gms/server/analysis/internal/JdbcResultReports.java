package org.gms.server.analysis.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gms.genomics.reference.GenomeBuild;
import org.gms.genomics.variant.SequenceVariant;
import org.gms.genomics.variant.VariantKey;
import org.gms.genomics.variant.VariantNormaliser;
import org.gms.server.GmsException;
import org.gms.server.account.Accounts;
import org.gms.server.account.Role;
import org.gms.server.analysis.AnalysisKind;
import org.gms.server.analysis.AnalysisRun;
import org.gms.server.analysis.Reclassification;
import org.gms.server.analysis.Reportable;
import org.gms.server.analysis.ResultReport;
import org.gms.server.analysis.ResultReports;
import org.gms.server.analysis.RunState;
import org.gms.server.audit.AuditLog;
import org.gms.server.ordering.OrderState;
import org.gms.server.ordering.TestOrder;
import org.gms.server.ordering.TestOrders;
import org.gms.server.record.ClassificationSource;
import org.gms.server.record.Patient;
import org.gms.server.record.Patients;
import org.gms.server.record.VariantClassifications;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@Component
class JdbcResultReports implements ResultReports {

  static final String ENTITY = "result_report";

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final JdbcAnalysisRuns runs;
  private final TestOrders orders;
  private final Patients patients;
  private final VariantClassifications classifications;
  private final AnnotationResources resources;
  private final Accounts accounts;

  JdbcResultReports(
      JdbcClient jdbc,
      AuditLog audit,
      JdbcAnalysisRuns runs,
      TestOrders orders,
      Patients patients,
      VariantClassifications classifications,
      AnnotationResources resources,
      Accounts accounts) {
    this.accounts = accounts;
    this.jdbc = jdbc;
    this.audit = audit;
    this.runs = runs;
    this.orders = orders;
    this.patients = patients;
    this.classifications = classifications;
    this.resources = resources;
  }

  @Override
  @Transactional
  public ResultReport authorise(
      long runId,
      List<Reportable> variants,
      String conclusion,
      java.util.Set<Integer> unreportedConfirmed) {
    Draft draft = draft(runId, variants, conclusion);
    List<String> unconfirmed =
        draft.unreported().stream()
            .filter(c -> !unreportedConfirmed.contains(c.path("rank").asInt()))
            .map(JdbcResultReports::describe)
            .toList();
    if (!unconfirmed.isEmpty()) {
      throw new GmsException(
          GmsException.Kind.CONFLICT,
          "Not in this report: "
              + String.join("; ", unconfirmed)
              + ". Tick each to report it, or confirm leaving it out (unreportedConfirmed: the"
              + " ranks "
              + draft.unreported().stream().map(c -> c.path("rank").asString()).toList()
              + ").");
    }
    // moving the order checks that the user is a scientist of its laboratory
    orders.move(
        draft.order().id(), OrderState.REPORTED, "report authorised from analysis run " + runId);
    String user = accounts.actor().name();
    Instant now = Instant.now();
    String fhir =
        JdbcAnalysisRuns.JSON.writeValueAsString(
            ReportFhir.bundle(
                draft.order(),
                draft.patient(),
                draft.reported(),
                draft.conclusion(),
                draft.result().path(RareDiseaseJob.DATA_VERSIONS),
                now));
    jdbc.sql(
            """
            INSERT INTO result_report (order_id, run_id, conclusion, variants, html, fhir,
              authorised_by, authorised_at)
            VALUES (:order, :run, :conclusion, CAST(:variants AS jsonb), :html, CAST(:fhir AS jsonb),
              :by, :at)
            """)
        .param("order", draft.order().id())
        .param("run", runId)
        .param("conclusion", draft.conclusion())
        .param("variants", JdbcAnalysisRuns.JSON.writeValueAsString(draft.reported()))
        .param("html", draft.render("Authorised by " + user, now))
        .param("fhir", fhir)
        .param("by", user)
        .param("at", java.sql.Timestamp.from(now))
        .update();
    audit.record(
        "create",
        ENTITY,
        Long.toString(draft.order().id()),
        "from run " + runId + ", " + variants.size() + " variants");
    ReportedClassifications.of(
            draft.order(), draft.reported(), resources.get().genome(), ClassificationSource.REPORT)
        .forEach(classifications::record);
    return forOrder(draft.order().id()).orElseThrow();
  }

  @Override
  @Transactional
  public ResultReport amend(
      long orderId,
      List<Reclassification> reclassified,
      List<Reportable> added,
      String conclusion,
      String reason) {
    if (reason == null || reason.isBlank()) {
      throw new GmsException(
          "reason is required: why the report of order " + orderId + " is amended.");
    }
    if (conclusion == null || conclusion.isBlank()) {
      throw new GmsException(
          "conclusion is required: the amended result in words for the clinician.");
    }
    if (reclassified.isEmpty() && added.isEmpty()) {
      throw new GmsException(
          "An amendment reclassifies at least one reported variant or adds a candidate.");
    }
    TestOrder order =
        orders
            .find(orderId)
            .orElseThrow(
                () ->
                    new GmsException(
                        GmsException.Kind.NOT_FOUND, "No order " + orderId + " that you can see."));
    String user = accounts.actor().name();
    boolean scientist =
        accounts
            .find(user)
            .filter(a -> a.has(Role.LABORATORY_SCIENTIST))
            .filter(a -> a.organisation().equals(order.laboratory()))
            .isPresent();
    if (!scientist) {
      throw new GmsException(
          GmsException.Kind.FORBIDDEN,
          "Only a laboratory scientist of " + order.laboratory() + " amends its reports.");
    }
    if (order.state() != OrderState.REPORTED) {
      throw new GmsException(
          GmsException.Kind.CONFLICT,
          "Order "
              + orderId
              + " is "
              + order.state()
              + "; only a REPORTED order's report is amended.");
    }
    Current current =
        jdbc.sql(
                "SELECT run_id, variants::text AS variants, version FROM result_report"
                    + " WHERE order_id = :order FOR UPDATE")
            .param("order", orderId)
            .query(
                (rs, row) ->
                    new Current(
                        rs.getLong("run_id"), rs.getString("variants"), rs.getInt("version")))
            .optional()
            .orElseThrow(
                () ->
                    new GmsException(
                        GmsException.Kind.CONFLICT,
                        "Order " + orderId + " has no authorised report to amend."));
    ArrayNode reported = (ArrayNode) JdbcAnalysisRuns.JSON.readTree(current.variants());
    VariantNormaliser normaliser = VariantNormaliser.using(resources.get().genome());
    ArrayNode changed = JdbcAnalysisRuns.JSON.createArrayNode();
    for (Reclassification change : reclassified) {
      VariantKey wanted;
      try {
        wanted = VariantKey.parse(change.variantKey());
      } catch (IllegalArgumentException e) {
        throw new GmsException(e.getMessage());
      }
      ObjectNode candidate = null;
      for (JsonNode c : reported) {
        for (JsonNode v : c.path("variants")) {
          VariantKey key =
              VariantKey.of(
                  GenomeBuild.GRCh38,
                  SequenceVariant.of(
                      v.path("chrom").asString(),
                      v.path("pos").asLong(),
                      v.path("ref").asString(),
                      v.path("alt").asString()),
                  normaliser);
          if (key.equals(wanted)) {
            candidate = (ObjectNode) c;
          }
        }
      }
      if (candidate == null) {
        throw new GmsException(
            "The report of order "
                + orderId
                + " does not report "
                + wanted
                + "; reclassify a"
                + " reported variant, or add the candidate by its rank.");
      }
      candidate.put("previousClass", candidate.path("finalClass").asString());
      candidate.put("finalClass", change.finalClass());
      candidate.put("comment", change.comment());
      changed.add(candidate);
    }
    Draft base = draftOf(current.runId(), order, List.copyOf(added), conclusion);
    for (JsonNode candidate : base.reported()) {
      reported.add(candidate);
      changed.add(candidate);
    }
    jdbc.sql(
            """
            INSERT INTO result_report_superseded (order_id, version, run_id, conclusion, variants,
              html, fhir, authorised_by, authorised_at, amendment_reason)
            SELECT order_id, version, run_id, conclusion, variants, html, fhir, authorised_by,
              authorised_at, amendment_reason
            FROM result_report WHERE order_id = :order
            """)
        .param("order", orderId)
        .update();
    Instant now = Instant.now();
    int version = current.version() + 1;
    Draft amended =
        new Draft(order, base.patient(), reported, base.conclusion(), base.result(), List.of());
    String signature =
        "Amended report (version "
            + version
            + ") authorised by "
            + user
            + ": "
            + reason.strip()
            + ". It replaces version "
            + current.version()
            + ".";
    jdbc.sql(
            """
            UPDATE result_report SET conclusion = :conclusion, variants = CAST(:variants AS jsonb),
              html = :html, fhir = CAST(:fhir AS jsonb), authorised_by = :by, authorised_at = :at,
              version = :version, amendment_reason = :reason
            WHERE order_id = :order
            """)
        .param("order", orderId)
        .param("conclusion", amended.conclusion())
        .param("variants", JdbcAnalysisRuns.JSON.writeValueAsString(reported))
        .param("html", amended.render(signature, now))
        .param(
            "fhir",
            JdbcAnalysisRuns.JSON.writeValueAsString(
                ReportFhir.bundle(
                    order,
                    amended.patient(),
                    reported,
                    amended.conclusion(),
                    amended.result().path(RareDiseaseJob.DATA_VERSIONS),
                    now)))
        .param("by", user)
        .param("at", java.sql.Timestamp.from(now))
        .param("version", version)
        .param("reason", reason.strip())
        .update();
    audit.record(
        "update",
        ENTITY,
        Long.toString(orderId),
        "amended to version " + version + " (" + changed.size() + " variants): " + reason.strip());
    ReportedClassifications.of(
            order, changed, resources.get().genome(), ClassificationSource.AMENDED_REPORT)
        .forEach(classifications::record);
    return forOrder(orderId).orElseThrow();
  }

  private record Current(long runId, String variants, int version) {}

  @Override
  public List<ResultReport> versions(long orderId) {
    Optional<ResultReport> current = forOrder(orderId);
    if (current.isEmpty()) {
      return List.of();
    }
    List<ResultReport> all =
        new java.util.ArrayList<>(
            jdbc.sql(
                    "SELECT order_id, run_id, conclusion, variants::text AS variants,"
                        + " authorised_by, authorised_at, version, amendment_reason"
                        + " FROM result_report_superseded WHERE order_id = :order ORDER BY version")
                .param("order", orderId)
                .query(JdbcResultReports::report)
                .list());
    all.add(current.get());
    return List.copyOf(all);
  }

  @Override
  public String preview(long runId, List<Reportable> variants, String conclusion) {
    Draft draft = draft(runId, variants, conclusion);
    audit.record("read", ENTITY, Long.toString(draft.order().id()), "preview of run " + runId);
    return draft.render(
        "PREVIEW, not authorised",
        Instant.now(),
        draft.unreported().stream().map(JdbcResultReports::describe).toList());
  }

  /**
   * A report as it would be issued, before anyone authorises it.
   *
   * @param unreported the run's Tier 1 and Tier 2 candidates the report leaves out
   */
  private record Draft(
      TestOrder order,
      Patient patient,
      ArrayNode reported,
      String conclusion,
      JsonNode result,
      List<JsonNode> unreported) {

    String render(String signature, Instant at) {
      return render(signature, at, List.of());
    }

    String render(String signature, Instant at, List<String> warnings) {
      return ReportDocument.render(
          order,
          patient,
          reported,
          conclusion,
          result.path("scope").asString(),
          result.path("guideline").asString(),
          result.path(RareDiseaseJob.DATA_VERSIONS),
          signature,
          at,
          warnings);
    }
  }

  /** A candidate in words, for a scientist: tier, rank, gene, variant and computed class. */
  static String describe(JsonNode candidate) {
    JsonNode variant = candidate.path("variants").path(0);
    return candidate.path("tier").asString().replace("TIER_", "Tier ")
        + " candidate "
        + candidate.path("rank").asInt()
        + " ("
        + candidate.path("gene").asString()
        + " "
        + (variant.path("hgvsc").asString("") + " " + variant.path("hgvsp").asString("")).strip()
        + ", computed "
        + variant.path("acmg").path("class").asString()
        + ")";
  }

  private Draft draft(long runId, List<Reportable> variants, String conclusion) {
    AnalysisRun run =
        runs.find(runId)
            .orElseThrow(
                () ->
                    new GmsException(
                        GmsException.Kind.NOT_FOUND,
                        "No analysis run " + runId + " that you can see."));
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
      throw new GmsException(
          GmsException.Kind.CONFLICT,
          "Order "
              + order.id()
              + " is "
              + order.state()
              + "; a report is authorised in INTERPRETATION.");
    }
    return draftOf(runId, order, variants, conclusion);
  }

  /** The chosen candidates of a stored result, copied as a report lists them. */
  private Draft draftOf(long runId, TestOrder order, List<Reportable> variants, String conclusion) {
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
    java.util.Set<Integer> chosen =
        variants.stream().map(Reportable::rank).collect(java.util.stream.Collectors.toSet());
    List<JsonNode> unreported = new java.util.ArrayList<>();
    for (JsonNode candidate : result.path("candidates")) {
      String tier = candidate.path("tier").asString();
      if ((tier.equals("TIER_1") || tier.equals("TIER_2"))
          && !chosen.contains(candidate.path("rank").asInt())) {
        unreported.add(candidate);
      }
    }
    return new Draft(order, patient, reported, conclusion.strip(), result, unreported);
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

  @Override
  public Optional<ResultReport> forOrder(long orderId) {
    if (orders.find(orderId).isEmpty()) {
      return Optional.empty();
    }
    audit.record("read", ENTITY, Long.toString(orderId), "");
    return jdbc.sql(
            "SELECT order_id, run_id, conclusion, variants::text AS variants, authorised_by,"
                + " authorised_at, version, amendment_reason FROM result_report"
                + " WHERE order_id = :order")
        .param("order", orderId)
        .query(JdbcResultReports::report)
        .optional();
  }

  @Override
  public Optional<String> html(long orderId) {
    return forOrder(orderId).flatMap(r -> column(orderId, "html"));
  }

  @Override
  public Optional<String> fhir(long orderId) {
    return forOrder(orderId).flatMap(r -> column(orderId, "fhir::text"));
  }

  private Optional<String> column(long orderId, String column) {
    return jdbc.sql("SELECT " + column + " FROM result_report WHERE order_id = :order")
        .param("order", orderId)
        .query(String.class)
        .optional();
  }

  private static ResultReport report(ResultSet rs, int row) throws SQLException {
    return new ResultReport(
        rs.getLong("order_id"),
        rs.getLong("run_id"),
        rs.getString("conclusion"),
        rs.getString("variants"),
        rs.getString("authorised_by"),
        rs.getTimestamp("authorised_at").toInstant(),
        rs.getInt("version"),
        rs.getString("amendment_reason"));
  }
}
