package org.gms.server.ordering.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gms.server.audit.AuditLog;
import org.gms.server.ordering.OrderCase;
import org.gms.server.ordering.OrderCases;
import org.gms.server.ordering.OrderState;
import org.gms.server.ordering.TestOrder;
import org.gms.server.record.NhsNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link OrderCases}: the orders as system work reads and moves them, with no user. */
@Component
class JdbcOrderCases implements OrderCases {

  private final JdbcClient jdbc;
  private final OrderRows rows;
  private final AuditLog audit;

  JdbcOrderCases(JdbcClient jdbc, OrderRows rows, AuditLog audit) {
    this.jdbc = jdbc;
    this.rows = rows;
    this.audit = audit;
  }

  @Override
  public List<TestOrder> ofPatient(NhsNumber patient) {
    return rows.loadAll(
        jdbc.sql("SELECT id FROM test_order WHERE patient_nhs_number = :nhs ORDER BY id")
            .param("nhs", patient.value())
            .query(Long.class)
            .list());
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
      rows.transition(
          id, OrderState.ANALYSIS, OrderState.INTERPRETATION, "analysis result ready", by);
      audit.recordAs(
          by, "update", JdbcTestOrders.ENTITY, Long.toString(id), "ANALYSIS -> INTERPRETATION");
    }
  }
}
