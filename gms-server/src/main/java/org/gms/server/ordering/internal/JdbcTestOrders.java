package org.gms.server.ordering.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gms.server.GmsException;
import org.gms.server.account.Account;
import org.gms.server.account.Accounts;
import org.gms.server.account.Role;
import org.gms.server.audit.AuditLog;
import org.gms.server.consent.ConsentKind;
import org.gms.server.consent.Consents;
import org.gms.server.consent.Decision;
import org.gms.server.ordering.FamilyMember;
import org.gms.server.ordering.NewOrder;
import org.gms.server.ordering.OrderCase;
import org.gms.server.ordering.OrderState;
import org.gms.server.ordering.OrderTransition;
import org.gms.server.ordering.Sample;
import org.gms.server.ordering.SampleType;
import org.gms.server.ordering.TestOrder;
import org.gms.server.ordering.TestOrders;
import org.gms.server.ordering.TurnaroundTargets;
import org.gms.server.record.FamilyLinks;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.Relationship;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class JdbcTestOrders implements TestOrders {

  static final String ENTITY = "test_order";

  /** Expected dates are calendar days in the service's time zone. */
  private static final ZoneId SERVICE_ZONE = ZoneId.of("Europe/London");

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final Accounts accounts;
  private final OrderRules rules;
  private final TurnaroundTargets targets;
  private final Consents consents;
  private final FamilyLinks links;
  private final Clock clock = Clock.system(SERVICE_ZONE);

  JdbcTestOrders(
      JdbcClient jdbc,
      AuditLog audit,
      Accounts accounts,
      OrderRules rules,
      TurnaroundTargets targets,
      Consents consents,
      FamilyLinks links) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.accounts = accounts;
    this.rules = rules;
    this.targets = targets;
    this.consents = consents;
    this.links = links;
  }

  @Override
  @Transactional
  public Submission submit(NewOrder order) {
    Account requester = current();
    if (!requester.has(Role.CLINICIAN)) {
      throw new GmsException(
          GmsException.Kind.FORBIDDEN,
          "Rule 'requester may order': only clinicians order tests; "
              + requester.username()
              + " is not a clinician.");
    }
    Optional<Long> existing = byRequestKey(requester.organisation(), order.requestKey());
    if (existing.isPresent()) {
      audit.record("resubmit", ENTITY, existing.get().toString(), "request " + order.requestKey());
      return new Submission(load(existing.get()), false);
    }
    OrderRules.Checked checked = rules.check(order);
    String duplicateNote = checkNoOpenOrder(order, checked);
    LocalDate expected =
        targets.expectedBy(
            LocalDate.now(clock),
            checked.test().code(),
            checked.test().methodCategory().name(),
            order.urgency());
    // ON CONFLICT: a concurrent submission of the same key wins; this one returns its order
    Optional<Long> id =
        jdbc.sql(
                """
                INSERT INTO test_order (request_key, patient_nhs_number, indication,
                  indication_name, test_code, test_method, directory_version, requester,
                  requester_organisation, laboratory, urgency, hpo_terms, research_participation,
                  recontact, state, expected_by, eligibility_met, eligibility_note)
                VALUES (:key, :patient, :indication, :indicationName, :test, :method, :version,
                  :requester, :organisation, :laboratory, :urgency, :hpo, :research, :recontact,
                  'REQUESTED', :expected, :eligible, :eligibilityNote)
                ON CONFLICT (requester_organisation, request_key) DO NOTHING
                RETURNING id
                """)
            .param("key", order.requestKey())
            .param("patient", order.patient().value())
            .param("indication", checked.indication().code())
            .param("indicationName", checked.indication().name())
            .param("test", checked.test().code())
            .param("method", checked.test().methodCategory().name())
            .param("version", checked.directoryVersion())
            .param("requester", requester.username())
            .param("organisation", requester.organisation())
            .param("laboratory", checked.laboratory())
            .param("urgency", order.urgency().name())
            .param("hpo", order.hpoTerms().stream().map(String::strip).toArray(String[]::new))
            .param("research", order.researchParticipation())
            .param("recontact", order.recontact())
            .param("expected", expected)
            .param("eligible", order.eligibilityMet())
            .param("eligibilityNote", order.eligibilityNote())
            .query(Long.class)
            .optional();
    if (id.isEmpty()) {
      long winner = byRequestKey(requester.organisation(), order.requestKey()).orElseThrow();
      return new Submission(load(winner), false);
    }
    for (FamilyMember member : order.family()) {
      jdbc.sql(
              """
              INSERT INTO test_order_family_member (order_id, nhs_number, relationship, affected)
              VALUES (:order, :nhs, :relationship, :affected)
              """)
          .param("order", id.get())
          .param("nhs", member.nhsNumber().value())
          .param("relationship", member.relationship().name())
          .param("affected", member.affected())
          .update();
      links.link(
          order.patient(), member.nhsNumber(), member.relationship(), "test order " + id.get());
    }
    transition(
        id.get(),
        null,
        OrderState.REQUESTED,
        firstNote(order, duplicateNote),
        requester.username());
    // the choices the patient made with the requesting clinician join their consent history; a
    // question not asked is no decision and leaves the history as it is
    String source = "test order " + id.get();
    if (order.researchParticipation() != null) {
      consents.record(
          order.patient(),
          ConsentKind.RESEARCH_PARTICIPATION,
          order.researchParticipation() ? Decision.GIVEN : Decision.DECLINED,
          source,
          "");
    }
    if (order.recontact() != null) {
      consents.record(
          order.patient(),
          ConsentKind.RECONTACT,
          order.recontact() ? Decision.GIVEN : Decision.DECLINED,
          source,
          "");
    }
    audit.record(
        "create",
        ENTITY,
        id.get().toString(),
        checked.test().code() + " for patient " + order.patient().value());
    return new Submission(load(id.get()), true);
  }

  /** What the first state change keeps: an order outside the criteria, a duplicate's reason. */
  private static String firstNote(NewOrder order, String duplicateNote) {
    String outside =
        Boolean.FALSE.equals(order.eligibilityMet())
            ? "ordered outside the eligibility criteria: " + order.eligibilityNote()
            : null;
    if (outside == null) {
      return duplicateNote;
    }
    return duplicateNote == null ? outside : outside + "; " + duplicateNote;
  }

  /**
   * Rule 'one open order per test': a patient waiting for a test is not ordered it again unless the
   * clinician says why (a lost sample, a different family structure). Submissions for one patient
   * are serialised by locking the patient's row, so two concurrent requests cannot both pass.
   *
   * @return the note kept with the new order's first state, or null
   */
  private String checkNoOpenOrder(NewOrder order, OrderRules.Checked checked) {
    jdbc.sql("SELECT nhs_number FROM patient WHERE nhs_number = :nhs FOR UPDATE")
        .param("nhs", order.patient().value())
        .query(String.class)
        .optional();
    List<Long> open =
        jdbc.sql(
                "SELECT id FROM test_order WHERE patient_nhs_number = :nhs AND test_code = :test"
                    + " AND state NOT IN ('REPORTED', 'FAILED', 'CANCELLED') ORDER BY id")
            .param("nhs", order.patient().value())
            .param("test", checked.test().code())
            .query(Long.class)
            .list();
    if (open.isEmpty()) {
      return null;
    }
    TestOrder first = load(open.get(0));
    String existing =
        "order #"
            + first.id()
            + " ("
            + first.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
            + ", requested "
            + first.requestedAt().atZone(SERVICE_ZONE).toLocalDate()
            + " by "
            + first.requester()
            + ")";
    if (order.duplicateReason() == null) {
      throw new GmsException(
          GmsException.Kind.CONFLICT,
          "Rule 'one open order per test': patient "
              + order.patient().formatted()
              + " already has an open order for "
              + checked.test().code()
              + ": "
              + existing
              + ". Open that order, or order anyway giving the reason (orderAnywayReason).");
    }
    return "ordered although " + existing + " is open: " + order.duplicateReason();
  }

  @Override
  public Optional<TestOrder> find(long id) {
    Account user = current();
    Optional<TestOrder> order = loadAll(List.of(id)).stream().findFirst();
    Optional<TestOrder> visible = order.filter(o -> maySee(user, o));
    audit.record("read", ENTITY, Long.toString(id), visible.isPresent() ? "" : "not visible");
    return visible;
  }

  @Override
  public List<TestOrder> ofPatient(NhsNumber patient) {
    return loadAll(
        jdbc.sql("SELECT id FROM test_order WHERE patient_nhs_number = :nhs ORDER BY id")
            .param("nhs", patient.value())
            .query(Long.class)
            .list());
  }

  /** The orders that test the patient as a relative of their proband, oldest first; no check. */
  List<TestOrder> withRelative(NhsNumber relative) {
    return loadAll(
        jdbc.sql(
                "SELECT DISTINCT order_id FROM test_order_family_member WHERE nhs_number = :nhs"
                    + " ORDER BY order_id")
            .param("nhs", relative.value())
            .query(Long.class)
            .list());
  }

  @Override
  public List<TestOrder> visible(Optional<OrderState> state, int limit) {
    Account user = current();
    String where;
    String scope;
    if (user.has(Role.ADMINISTRATOR)) {
      where = "true";
      scope = "";
    } else if (user.has(Role.LABORATORY_SCIENTIST)) {
      where = "laboratory = :scope";
      scope = user.organisation();
    } else if (user.has(Role.CLINICIAN)) {
      where = "requester_organisation = :scope";
      scope = user.organisation();
    } else {
      throw new GmsException(
          GmsException.Kind.FORBIDDEN, "Only clinicians and laboratory staff see test orders.");
    }
    List<Long> ids =
        jdbc.sql(
                "SELECT id FROM test_order WHERE "
                    + where
                    + " AND (CAST(:state AS text) IS NULL OR state = :state)"
                    + " ORDER BY id DESC LIMIT :limit")
            .param("scope", scope)
            .param("state", state.map(Enum::name).orElse(null))
            .param("limit", limit)
            .query(Long.class)
            .list();
    audit.record(
        "list", ENTITY, "*", where.replace(":scope", scope) + state.map(s -> " " + s).orElse(""));
    return loadAll(ids);
  }

  @Override
  @Transactional
  public TestOrder move(long id, OrderState to, String reason) {
    Account user = current();
    TestOrder order = lockVisible(id, user);
    boolean cancelOwn = to == OrderState.CANCELLED && user.has(Role.CLINICIAN);
    if (!user.has(Role.LABORATORY_SCIENTIST) && !cancelOwn) {
      throw new GmsException(
          GmsException.Kind.FORBIDDEN,
          "Only laboratory scientists move orders on; a clinician may cancel their own.");
    }
    if (!order.state().next().contains(to)) {
      throw new GmsException(
          GmsException.Kind.CONFLICT,
          "Order "
              + id
              + " is "
              + order.state()
              + " and cannot move to "
              + to
              + (order.state().isFinal()
                  ? ": " + order.state() + " is final."
                  : "; from " + order.state() + " it may move to " + order.state().next() + "."));
    }
    if (to.needsReason() && (reason == null || reason.isBlank())) {
      throw new GmsException("Moving an order to " + to + " needs a reason.");
    }
    jdbc.sql("UPDATE test_order SET state = :state WHERE id = :id")
        .param("state", to.name())
        .param("id", id)
        .update();
    transition(id, order.state(), to, reason, user.username());
    audit.record("update", ENTITY, Long.toString(id), order.state() + " -> " + to);
    return load(id);
  }

  @Override
  @Transactional
  public TestOrder receiveSample(long id, String barcode, SampleType type, Instant receivedAt) {
    Account user = current();
    if (!user.has(Role.LABORATORY_SCIENTIST)) {
      throw new GmsException(
          GmsException.Kind.FORBIDDEN, "Only laboratory scientists receive samples.");
    }
    if (barcode == null || !barcode.strip().matches("[A-Za-z0-9-]{4,40}")) {
      throw new GmsException(
          "barcode is required: 4 to 40 letters, digits or hyphens, as printed on the tube.");
    }
    if (type == null) {
      throw new GmsException("type is required: blood, saliva, tissue or cfDNA.");
    }
    TestOrder order = lockVisible(id, user);
    if (!order.state().allows(OrderState.Action.RECEIVE_SAMPLE)) {
      throw new GmsException(
          GmsException.Kind.CONFLICT,
          "Order "
              + id
              + " is "
              + order.state()
              + "; samples are recorded while an order is REQUESTED, SAMPLE_RECEIVED or"
              + " RESAMPLE_REQUESTED"
              + (order.state().isFinal() ? ", and " + order.state() + " is final." : "."));
    }
    Instant at = receivedAt == null ? Instant.now() : receivedAt;
    if (at.isAfter(Instant.now().plusSeconds(300))) {
      throw new GmsException("receivedAt " + at + " is in the future.");
    }
    try {
      jdbc.sql(
              """
              INSERT INTO sample (barcode, order_id, sample_type, received_at, received_by)
              VALUES (:barcode, :order, :type, :at, :by)
              """)
          .param("barcode", barcode.strip())
          .param("order", id)
          .param("type", type.name())
          .param("at", Timestamp.from(at))
          .param("by", user.username())
          .update();
    } catch (DuplicateKeyException e) {
      throw new GmsException(
          GmsException.Kind.CONFLICT,
          "Sample " + barcode.strip() + " is received already; each tube has its own barcode.");
    }
    audit.record("create", "sample", barcode.strip(), "for order " + id);
    if (order.state() == OrderState.REQUESTED || order.state() == OrderState.RESAMPLE_REQUESTED) {
      jdbc.sql("UPDATE test_order SET state = 'SAMPLE_RECEIVED' WHERE id = :id")
          .param("id", id)
          .update();
      transition(
          id,
          order.state(),
          OrderState.SAMPLE_RECEIVED,
          "sample " + barcode.strip(),
          user.username());
    }
    return load(id);
  }

  @Override
  public java.util.Set<String> phenotypesOf(NhsNumber patient) {
    return new java.util.TreeSet<>(
        jdbc.sql(
                "SELECT DISTINCT unnest(hpo_terms) FROM test_order WHERE patient_nhs_number = :nhs")
            .param("nhs", patient.value())
            .query(String.class)
            .list());
  }

  @Override
  public List<OrderCase> casesIn(java.util.Set<OrderState> states) {
    if (states.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT id, patient_nhs_number, laboratory, indication, directory_version, test_code,"
                + " hpo_terms, state"
                + " FROM test_order WHERE state = ANY(:states) ORDER BY id")
        .param("states", states.stream().map(Enum::name).toArray(String[]::new))
        .query(
            (rs, row) ->
                new OrderCase(
                    rs.getLong("id"),
                    new NhsNumber(rs.getString("patient_nhs_number")),
                    rs.getString("laboratory"),
                    rs.getString("indication"),
                    rs.getString("directory_version"),
                    rs.getString("test_code"),
                    Arrays.asList((String[]) rs.getArray("hpo_terms").getArray()),
                    OrderState.valueOf(rs.getString("state"))))
        .list();
  }

  @Override
  public Map<NhsNumber, java.util.SortedSet<String>> phenotypesOf(
      java.util.Collection<NhsNumber> patients) {
    String[] numbers = patients.stream().map(NhsNumber::value).distinct().toArray(String[]::new);
    Map<NhsNumber, java.util.SortedSet<String>> terms = new HashMap<>();
    if (numbers.length == 0) {
      return terms;
    }
    jdbc.sql(
            """
            SELECT patient_nhs_number, hpo_terms FROM test_order
            WHERE patient_nhs_number = ANY(CAST(:nhs AS bpchar[]))
            """)
        .param("nhs", numbers)
        .query(
            rs -> {
              java.util.SortedSet<String> set =
                  terms.computeIfAbsent(
                      new NhsNumber(rs.getString("patient_nhs_number")),
                      k -> new java.util.TreeSet<>());
              java.sql.Array array = rs.getArray("hpo_terms");
              if (array != null) {
                for (Object term : (Object[]) array.getArray()) {
                  if (term != null) {
                    set.add((String) term);
                  }
                }
              }
            });
    return terms;
  }

  @Override
  public PhenotypesVersion phenotypesVersion() {
    return jdbc.sql("SELECT count(*) AS n, coalesce(max(id), 0) AS last FROM test_order")
        .query((rs, row) -> new PhenotypesVersion(rs.getLong("n"), rs.getLong("last")))
        .single();
  }

  @Override
  @Transactional
  public void analysisFinished(long id, String by) {
    int moved =
        jdbc.sql(
                "UPDATE test_order SET state = 'INTERPRETATION' WHERE id = :id AND state = 'ANALYSIS'")
            .param("id", id)
            .update();
    if (moved == 1) {
      transition(id, OrderState.ANALYSIS, OrderState.INTERPRETATION, "analysis result ready", by);
      audit.recordAs(by, "update", ENTITY, Long.toString(id), "ANALYSIS -> INTERPRETATION");
    }
  }

  private TestOrder lockVisible(long id, Account user) {
    boolean found =
        jdbc.sql("SELECT id FROM test_order WHERE id = :id FOR UPDATE")
            .param("id", id)
            .query(Long.class)
            .optional()
            .isPresent();
    TestOrder order = found ? load(id) : null;
    if (order == null || !maySee(user, order)) {
      throw new GmsException(
          GmsException.Kind.NOT_FOUND, "No test order " + id + " that you can see.");
    }
    return order;
  }

  /** Clinicians see their organisation's orders, scientists their laboratory's, admins all. */
  private static boolean maySee(Account user, TestOrder order) {
    return user.has(Role.ADMINISTRATOR)
        || user.has(Role.CLINICIAN) && user.organisation().equals(order.requesterOrganisation())
        || user.has(Role.LABORATORY_SCIENTIST) && user.organisation().equals(order.laboratory());
  }

  private Account current() {
    return accounts
        .current()
        .orElseThrow(
            () ->
                new GmsException(
                    GmsException.Kind.UNAUTHENTICATED,
                    "Log in with a platform account to work with test orders."));
  }

  private Optional<Long> byRequestKey(String organisation, String key) {
    return jdbc.sql(
            "SELECT id FROM test_order WHERE requester_organisation = :organisation"
                + " AND request_key = :key")
        .param("organisation", organisation)
        .param("key", key)
        .query(Long.class)
        .optional();
  }

  private void transition(long id, OrderState from, OrderState to, String reason, String by) {
    jdbc.sql(
            """
            INSERT INTO test_order_transition (order_id, from_state, to_state, reason, changed_by)
            VALUES (:id, :from, :to, :reason, :by)
            """)
        .param("id", id)
        .param("from", from == null ? null : from.name())
        .param("to", to.name())
        .param("reason", reason)
        .param("by", by)
        .update();
  }

  private TestOrder load(long id) {
    return loadAll(List.of(id)).get(0);
  }

  /** The orders with these ids, in the order given: four queries however many there are. */
  private List<TestOrder> loadAll(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Long[] keys = ids.toArray(Long[]::new);
    Map<Long, List<FamilyMember>> family = new HashMap<>();
    jdbc.sql(
            "SELECT * FROM test_order_family_member WHERE order_id = ANY(:ids)"
                + " ORDER BY order_id, nhs_number")
        .param("ids", keys)
        .query(
            rs -> {
              family
                  .computeIfAbsent(rs.getLong("order_id"), k -> new ArrayList<>())
                  .add(
                      new FamilyMember(
                          new NhsNumber(rs.getString("nhs_number")),
                          Relationship.valueOf(rs.getString("relationship")),
                          rs.getBoolean("affected")));
            });
    Map<Long, List<OrderTransition>> history = new HashMap<>();
    jdbc.sql("SELECT * FROM test_order_transition WHERE order_id = ANY(:ids) ORDER BY id")
        .param("ids", keys)
        .query(
            rs -> {
              history
                  .computeIfAbsent(rs.getLong("order_id"), k -> new ArrayList<>())
                  .add(
                      new OrderTransition(
                          rs.getString("from_state") == null
                              ? null
                              : OrderState.valueOf(rs.getString("from_state")),
                          OrderState.valueOf(rs.getString("to_state")),
                          rs.getString("reason"),
                          rs.getString("changed_by"),
                          rs.getTimestamp("changed_at").toInstant()));
            });
    Map<Long, List<Sample>> samples = new HashMap<>();
    jdbc.sql(
            "SELECT * FROM sample WHERE order_id = ANY(:ids) ORDER BY order_id, received_at, barcode")
        .param("ids", keys)
        .query(
            rs -> {
              samples
                  .computeIfAbsent(rs.getLong("order_id"), k -> new ArrayList<>())
                  .add(
                      new Sample(
                          rs.getString("barcode"),
                          SampleType.valueOf(rs.getString("sample_type")),
                          rs.getTimestamp("received_at").toInstant(),
                          rs.getString("received_by")));
            });
    Map<Long, TestOrder> orders = new HashMap<>();
    jdbc.sql("SELECT * FROM test_order WHERE id = ANY(:ids)")
        .param("ids", keys)
        .query(
            rs -> {
              long id = rs.getLong("id");
              orders.put(
                  id,
                  order(
                      rs,
                      family.getOrDefault(id, List.of()),
                      history.getOrDefault(id, List.of()),
                      samples.getOrDefault(id, List.of())));
            });
    return ids.stream().map(orders::get).filter(java.util.Objects::nonNull).toList();
  }

  private TestOrder order(
      ResultSet rs, List<FamilyMember> family, List<OrderTransition> history, List<Sample> samples)
      throws SQLException {
    OrderState state = OrderState.valueOf(rs.getString("state"));
    LocalDate expected = rs.getObject("expected_by", LocalDate.class);
    return new TestOrder(
        rs.getLong("id"),
        rs.getString("request_key"),
        new NhsNumber(rs.getString("patient_nhs_number")),
        rs.getString("indication"),
        rs.getString("indication_name"),
        rs.getString("test_code"),
        rs.getString("test_method"),
        rs.getString("directory_version"),
        rs.getString("requester"),
        rs.getString("requester_organisation"),
        rs.getString("laboratory"),
        org.gms.server.ordering.Urgency.valueOf(rs.getString("urgency")),
        new ArrayList<>(Arrays.asList((String[]) rs.getArray("hpo_terms").getArray())),
        family,
        (Boolean) rs.getObject("research_participation"),
        (Boolean) rs.getObject("recontact"),
        state,
        rs.getTimestamp("requested_at").toInstant(),
        expected,
        !state.isFinal() && LocalDate.now(clock).isAfter(expected),
        history,
        samples,
        (Boolean) rs.getObject("eligibility_met"),
        rs.getString("eligibility_note"));
  }
}
