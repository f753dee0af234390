package org.gms.server.oncology.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.RecordEntry;
import org.gms.server.record.RecordSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The patient's cancer cases on their record: each case opened, each sample received (with its
 * cellularity), each somatic run finished, each report authorised with what it reported; the
 * reports' FHIR bundles, with the targeted therapies started as MedicationStatements, for the
 * record's export.
 */
@Component
class CancerRecordSource implements RecordSource {

  private final JdbcClient jdbc;
  private final CaseStore cases;

  CancerRecordSource(JdbcClient jdbc, CaseStore cases) {
    this.jdbc = jdbc;
    this.cases = cases;
  }

  @Override
  public String section() {
    return "cancer";
  }

  @Override
  public List<RecordEntry> entries(NhsNumber patient) {
    List<RecordEntry> entries = new ArrayList<>();
    for (CancerCase c : cases.ofPatient(patient.value())) {
      String link = "/api/oncology/cases/" + c.id() + "/board";
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("caseId", c.id());
      details.put("orderId", c.orderId());
      details.put("oncotreeCode", c.oncotreeCode());
      details.put("stage", c.stage());
      entries.add(
          new RecordEntry(
              c.createdAt(),
              "cancer-case-opened",
              c.tumourType() + " (" + c.oncotreeCode() + "), test " + c.testCode(),
              details,
              link));
      for (TumourSample s : cases.samples(c.id())) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("caseId", c.id());
        d.put("type", s.type().name());
        d.put("collectedOn", s.collectedOn().toString());
        if (s.cellularityPercent() != null) {
          d.put("cellularityPercent", s.cellularityPercent());
        }
        entries.add(
            new RecordEntry(
                s.receivedAt(),
                "tumour-sample-received",
                s.type().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT)
                    + " sample "
                    + s.barcode()
                    + (s.cellularityPercent() == null
                        ? ""
                        : ", " + s.cellularityPercent() + "% tumour"),
                d,
                link));
      }
      jdbc.sql(
              """
              SELECT id, authorised_at, authorised_by, jsonb_array_length(reported->'findings') AS n
              FROM cancer_report WHERE case_id = :id ORDER BY id
              """)
          .param("id", c.id())
          .query(
              (rs, n) -> {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("caseId", c.id());
                d.put("reportId", rs.getLong("id"));
                d.put("authorisedBy", rs.getString("authorised_by"));
                return new RecordEntry(
                    rs.getTimestamp("authorised_at").toInstant(),
                    "cancer-report-authorised",
                    "Cancer report: " + rs.getInt("n") + " findings reported",
                    d,
                    "/api/oncology/cases/" + c.id() + "/report");
              })
          .list()
          .forEach(entries::add);
      jdbc.sql("SELECT * FROM targeted_therapy WHERE case_id = :id ORDER BY id")
          .param("id", c.id())
          .query(
              (rs, n) -> {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("caseId", c.id());
                d.put("findingKey", rs.getString("finding_key"));
                d.put("startedOn", rs.getDate("started_on").toString());
                d.put("source", rs.getString("source"));
                return new RecordEntry(
                    rs.getTimestamp("recorded_at").toInstant(),
                    "targeted-therapy-started",
                    "Targeted therapy started: "
                        + rs.getString("therapy")
                        + ("FHIR".equals(rs.getString("source"))
                            ? " (from a FHIR MedicationStatement)"
                            : ""),
                    d,
                    "/api/oncology/cases/" + c.id() + "/therapies");
              })
          .list()
          .forEach(entries::add);
    }
    entries.sort(java.util.Comparator.comparing(RecordEntry::at));
    return entries;
  }

  /** Each case's latest report bundle, with the therapies started as MedicationStatements. */
  @Override
  public List<String> fhir(NhsNumber patient) {
    return jdbc.sql(
            """
            SELECT DISTINCT ON (r.case_id) r.case_id, r.fhir FROM cancer_report r
              JOIN cancer_case c ON c.id = r.case_id
            WHERE c.nhs_number = :nhs
            ORDER BY r.case_id, r.id DESC
            """)
        .param("nhs", patient.value())
        .query(
            (rs, n) ->
                TherapyFhir.withTherapies(
                    rs.getString("fhir"),
                    jdbc.sql(
                            "SELECT * FROM targeted_therapy WHERE case_id = :id"
                                + " ORDER BY started_on, id")
                        .param("id", rs.getLong("case_id"))
                        .query(TargetedTherapies::started)
                        .list()))
        .list();
  }
}
