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
import org.gms.server.account.Account;
import org.gms.server.ordering.FamilyMember;
import org.gms.server.ordering.NewOrder;
import org.gms.server.ordering.OrderState;
import org.gms.server.ordering.OrderTransition;
import org.gms.server.ordering.Sample;
import org.gms.server.ordering.SampleType;
import org.gms.server.ordering.TestOrder;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.Relationship;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The order tables: orders, their family members, state transitions and samples, read into {@link
 * TestOrder}s and written. No access checks: the callers make them.
 */
@Component
class OrderRows {

  /** Expected dates are calendar days in the service's time zone. */
  static final ZoneId SERVICE_ZONE = ZoneId.of("Europe/London");

  private final JdbcClient jdbc;
  private final Clock clock = Clock.system(SERVICE_ZONE);

  OrderRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Today in the service's time zone. */
  LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * Stores a new order in REQUESTED; empty when a concurrent submission of the same request key
   * stored it first (ON CONFLICT).
   */
  Optional<Long> insert(
      NewOrder order, OrderRules.Checked checked, Account requester, LocalDate expected) {
    return jdbc.sql(
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
  }

  void insertFamilyMember(long orderId, FamilyMember member) {
    jdbc.sql(
            """
            INSERT INTO test_order_family_member (order_id, nhs_number, relationship, affected)
            VALUES (:order, :nhs, :relationship, :affected)
            """)
        .param("order", orderId)
        .param("nhs", member.nhsNumber().value())
        .param("relationship", member.relationship().name())
        .param("affected", member.affected())
        .update();
  }

  /**
   * The patient's open orders for the test, oldest first, with the patient's row locked until the
   * transaction ends (so submissions for one patient are serialised).
   */
  List<Long> lockOpenOrders(NhsNumber patient, String test) {
    jdbc.sql("SELECT nhs_number FROM patient WHERE nhs_number = :nhs FOR UPDATE")
        .param("nhs", patient.value())
        .query(String.class)
        .optional();
    return jdbc.sql(
            "SELECT id FROM test_order WHERE patient_nhs_number = :nhs AND test_code = :test"
                + " AND state NOT IN ('REPORTED', 'FAILED', 'CANCELLED') ORDER BY id")
        .param("nhs", patient.value())
        .param("test", test)
        .query(Long.class)
        .list();
  }

  /** Who may see an order: the requesting organisation and the laboratory. */
  record Owners(String requesterOrganisation, String laboratory) {}

  /** The order's requesting organisation and laboratory; empty when there is no such order. */
  Optional<Owners> owners(long id) {
    return jdbc.sql("SELECT requester_organisation, laboratory FROM test_order WHERE id = :id")
        .param("id", id)
        .query((rs, n) -> new Owners(rs.getString(1), rs.getString(2)))
        .optional();
  }

  /** The order, its row locked until the transaction ends; empty when there is none. */
  Optional<TestOrder> lock(long id) {
    boolean found =
        jdbc.sql("SELECT id FROM test_order WHERE id = :id FOR UPDATE")
            .param("id", id)
            .query(Long.class)
            .optional()
            .isPresent();
    return found ? Optional.of(load(id)) : Optional.empty();
  }

  /** Records a received sample; DuplicateKeyException when the barcode is received already. */
  void insertSample(long orderId, String barcode, SampleType type, Instant at, String by) {
    jdbc.sql(
            """
            INSERT INTO sample (barcode, order_id, sample_type, received_at, received_by)
            VALUES (:barcode, :order, :type, :at, :by)
            """)
        .param("barcode", barcode)
        .param("order", orderId)
        .param("type", type.name())
        .param("at", Timestamp.from(at))
        .param("by", by)
        .update();
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

  /**
   * The ids of the newest orders matching a condition on the order's columns, in a state if given.
   *
   * @param where an SQL condition, with {@code :scope} the only parameter
   */
  List<Long> newestIds(String where, String scope, Optional<OrderState> state, int limit) {
    return jdbc.sql(
            "SELECT id FROM test_order WHERE "
                + where
                + " AND (CAST(:state AS text) IS NULL OR state = :state)"
                + " ORDER BY id DESC LIMIT :limit")
        .param("scope", scope)
        .param("state", state.map(Enum::name).orElse(null))
        .param("limit", limit)
        .query(Long.class)
        .list();
  }

  void setState(long id, OrderState state) {
    jdbc.sql("UPDATE test_order SET state = :state WHERE id = :id")
        .param("state", state.name())
        .param("id", id)
        .update();
  }

  Optional<Long> byRequestKey(String organisation, String key) {
    return jdbc.sql(
            "SELECT id FROM test_order WHERE requester_organisation = :organisation"
                + " AND request_key = :key")
        .param("organisation", organisation)
        .param("key", key)
        .query(Long.class)
        .optional();
  }

  void transition(long id, OrderState from, OrderState to, String reason, String by) {
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

  TestOrder load(long id) {
    return loadAll(List.of(id)).get(0);
  }

  /** The orders with these ids, in the order given: four queries however many there are. */
  List<TestOrder> loadAll(List<Long> ids) {
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
