package org.gms.server.ordering.internal;

import java.util.List;
import org.gms.server.record.CareRelationship;
import org.gms.server.record.NhsNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An organisation's test orders give it a relationship with the patients in them: the requesting
 * trust and the testing laboratory, with the proband and every family member tested. A cancelled
 * order keeps it (the organisation did look after the patient).
 */
@Component
class OrderCareRelationship implements CareRelationship {

  private final JdbcClient jdbc;

  OrderCareRelationship(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean relates(NhsNumber patient, String organisation) {
    return jdbc.sql(
            """
            SELECT EXISTS (SELECT 1 FROM test_order WHERE patient_nhs_number = :nhs
                             AND (requester_organisation = :org OR laboratory = :org))
                OR EXISTS (SELECT 1 FROM test_order_family_member m
                             JOIN test_order o ON o.id = m.order_id
                           WHERE m.nhs_number = :nhs
                             AND (o.requester_organisation = :org OR o.laboratory = :org))
            """)
        .param("nhs", patient.value())
        .param("org", organisation)
        .query(Boolean.class)
        .single();
  }

  @Override
  public List<NhsNumber> patients(String organisation, int limit) {
    return jdbc.sql(
            """
            SELECT nhs FROM (
              SELECT patient_nhs_number AS nhs FROM test_order
              WHERE requester_organisation = :org OR laboratory = :org
              UNION
              SELECT m.nhs_number FROM test_order_family_member m
                JOIN test_order o ON o.id = m.order_id
              WHERE o.requester_organisation = :org OR o.laboratory = :org
            ) ordered
            ORDER BY nhs LIMIT :limit
            """)
        .param("org", organisation)
        .param("limit", limit)
        .query((rs, row) -> new NhsNumber(rs.getString(1)))
        .list();
  }
}
