package org.gms.server.analysis.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gms.server.GmsException;
import org.gms.server.account.Accounts;
import org.gms.server.analysis.Reclassification;
import org.gms.server.analysis.Reportable;
import org.gms.server.analysis.ResultReport;
import org.gms.server.analysis.ResultReports;
import org.gms.server.audit.AuditLog;
import org.gms.server.ordering.OrderState;
import org.gms.server.ordering.TestOrder;
import org.gms.server.ordering.TestOrders;
import org.gms.server.record.ClassificationSource;
import org.gms.server.record.VariantClassifications;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * Result reports: authorising one from a run, amending it, reading its versions. The parts have
 * their own classes: drafting from the stored result ({@link ReportDrafts}), rendering ({@link
 * ReportDraft}), the amendment ({@link ReportAmendment}) and who may make it ({@link
 * AmendmentPolicy}), and the tables ({@link StoredReports}).
 */
@Component
class JdbcResultReports implements ResultReports {

  static final String ENTITY = "result_report";

  private final StoredReports stored;
  private final ReportDrafts drafts;
  private final AmendmentPolicy policy;
  private final AuditLog audit;
  private final TestOrders orders;
  private final VariantClassifications classifications;
  private final AnnotationResources resources;
  private final Accounts accounts;

  JdbcResultReports(
      StoredReports stored,
      ReportDrafts drafts,
      AmendmentPolicy policy,
      AuditLog audit,
      TestOrders orders,
      VariantClassifications classifications,
      AnnotationResources resources,
      Accounts accounts) {
    this.stored = stored;
    this.drafts = drafts;
    this.policy = policy;
    this.audit = audit;
    this.orders = orders;
    this.classifications = classifications;
    this.resources = resources;
    this.accounts = accounts;
  }

  @Override
  @Transactional
  public ResultReport authorise(
      long runId, List<Reportable> variants, String conclusion, Set<Integer> unreportedConfirmed) {
    ReportDraft draft = drafts.toAuthorise(runId, variants, conclusion);
    List<String> unconfirmed =
        draft.unreported().stream()
            .filter(c -> !unreportedConfirmed.contains(c.path("rank").asInt()))
            .map(ReportDraft::describe)
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
    stored.insert(
        runId,
        draft,
        new StoredReports.Issued(
            draft.render("Authorised by " + user, now), draft.fhir(now), user, now));
    audit.record(
        "create",
        ENTITY,
        Long.toString(draft.order().id()),
        "from run " + runId + ", " + variants.size() + " variants");
    record(draft.order(), draft.reported(), ClassificationSource.REPORT);
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
    ReportAmendment amendment =
        new ReportAmendment(orderId, reclassified, added, conclusion, reason);
    TestOrder order = policy.amendable(orderId);
    StoredReports.Current current = stored.lockCurrent(orderId);
    ArrayNode reported = current.reported();
    ArrayNode changed = amendment.reclassify(reported, resources.get().genome());
    ReportDraft additions = drafts.of(current.runId(), order, amendment.added(), conclusion);
    for (JsonNode candidate : additions.reported()) {
      reported.add(candidate);
      changed.add(candidate);
    }
    ReportDraft amended = additions.reporting(reported);
    String user = accounts.actor().name();
    Instant now = Instant.now();
    int version = current.version() + 1;
    stored.amend(
        amended,
        new StoredReports.Issued(
            amended.render(amendment.signature(version, user), now), amended.fhir(now), user, now),
        version,
        amendment.reason());
    audit.record(
        "update",
        ENTITY,
        Long.toString(orderId),
        "amended to version "
            + version
            + " ("
            + changed.size()
            + " variants): "
            + amendment.reason());
    record(order, changed, ClassificationSource.AMENDED_REPORT);
    return forOrder(orderId).orElseThrow();
  }

  @Override
  public List<ResultReport> versions(long orderId) {
    Optional<ResultReport> current = forOrder(orderId);
    if (current.isEmpty()) {
      return List.of();
    }
    List<ResultReport> all = new ArrayList<>(stored.superseded(orderId));
    all.add(current.get());
    return List.copyOf(all);
  }

  @Override
  public String preview(long runId, List<Reportable> variants, String conclusion) {
    ReportDraft draft = drafts.toAuthorise(runId, variants, conclusion);
    audit.record("read", ENTITY, Long.toString(draft.order().id()), "preview of run " + runId);
    return draft.render("PREVIEW, not authorised", Instant.now(), draft.unreportedInWords());
  }

  @Override
  public Optional<ResultReport> forOrder(long orderId) {
    if (!orders.maySee(orderId)) {
      return Optional.empty();
    }
    audit.record("read", ENTITY, Long.toString(orderId), "");
    return stored.current(orderId);
  }

  @Override
  public Optional<String> html(long orderId) {
    return forOrder(orderId).flatMap(r -> stored.html(orderId));
  }

  @Override
  public Optional<String> fhir(long orderId) {
    return forOrder(orderId).flatMap(r -> stored.fhir(orderId));
  }

  /** The report's final classes into the variant classifications of the record. */
  private void record(TestOrder order, JsonNode reported, ClassificationSource source) {
    ReportedClassifications.of(order, reported, resources.get().genome(), source)
        .forEach(classifications::record);
  }
}
