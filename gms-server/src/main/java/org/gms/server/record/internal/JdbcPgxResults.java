package org.gms.server.record.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gms.genomics.pgx.GeneReport;
import org.gms.genomics.pgx.PgxReport;
import org.gms.genomics.pgx.diplotype.GeneCall;
import org.gms.genomics.pgx.recommendation.DrugRecommendation;
import org.gms.genomics.pgx.recommendation.PrescribingChange;
import org.gms.genomics.pgx.report.PgxReportJson;
import org.gms.server.account.Accounts;
import org.gms.server.audit.AuditLog;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.Patients;
import org.gms.server.record.PgxGeneResult;
import org.gms.server.record.PgxRecommendation;
import org.gms.server.record.PgxResult;
import org.gms.server.record.PgxResults;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Component
class JdbcPgxResults implements PgxResults {

  static final String ENTITY = "pgx-result";

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {};
  private static final TypeReference<Map<String, List<String>>> LIST_MAP = new TypeReference<>() {};
  private static final TypeReference<List<PgxGeneResult.Position>> POSITIONS =
      new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final Accounts accounts;

  JdbcPgxResults(JdbcClient jdbc, AuditLog audit, Accounts accounts) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.accounts = accounts;
  }

  @Override
  @Transactional
  public PgxResult store(NhsNumber nhsNumber, PgxReport report, String input) {
    long patientId = patientId(nhsNumber).orElseThrow(() -> Patients.notRegistered(nhsNumber));
    long id = insert(patientId, report, input);
    audit.record(
        "create", ENTITY, nhsNumber.value(), "result " + id + ", sample " + report.sample());
    return header("r.id = :key", id).map(h -> load(h, nhsNumber, null, null)).orElseThrow();
  }

  private long insert(long patientId, PgxReport report, String input) {
    long id =
        jdbc.sql(
                """
                INSERT INTO pgx_result
                  (patient_id, recorded_by, sample, input, data_versions, messages, report)
                VALUES (:patient, :by, :sample, :input, CAST(:versions AS jsonb),
                        CAST(:messages AS jsonb), CAST(:report AS jsonb))
                RETURNING id
                """)
            .param("patient", patientId)
            .param("by", accounts.actor().name())
            .param("sample", report.sample())
            .param("input", input)
            .param("versions", json(report.dataVersions()))
            .param("messages", json(report.messages()))
            .param("report", PgxReportJson.toString(report))
            .query(Long.class)
            .single();
    for (GeneReport gene : report.genes()) {
      GeneCall call = gene.call();
      jdbc.sql(
              """
              INSERT INTO pgx_gene_result (result_id, gene, callable, status, reason, diplotypes,
                phenotype, activity_score, missing_positions)
              VALUES (:id, :gene, :callable, :status, :reason, CAST(:diplotypes AS jsonb),
                :phenotype, :score, CAST(:missing AS jsonb))
              """)
          .param("id", id)
          .param("gene", gene.gene())
          .param("callable", call.callable())
          .param("status", call.status().name())
          .param("reason", call.reason())
          .param("diplotypes", json(call.diplotypeNames()))
          .param("phenotype", gene.phenotype().orElse(null))
          .param("score", gene.activityScore().orElse(null))
          .param(
              "missing",
              json(
                  call.missingPositions().stream()
                      .map(p -> new PgxGeneResult.Position(p.chromosome(), p.position(), p.rsid()))
                      .toList()))
          .update();
    }
    int ordinal = 0;
    for (DrugRecommendation rec : report.recommendations()) {
      jdbc.sql(
              """
              INSERT INTO pgx_recommendation (result_id, ordinal, drug, source, genes, population,
                recommendation, strength, implications, phenotypes, diplotypes, guideline,
                guideline_id, recommendation_id, url, dosing, alternate_drug, other_guidance)
              VALUES (:id, :ordinal, :drug, :source, CAST(:genes AS jsonb), :population, :text,
                :strength, CAST(:implications AS jsonb), CAST(:phenotypes AS jsonb),
                CAST(:diplotypes AS jsonb), :guideline, :guidelineId, :recommendationId, :url,
                :dosing, :alternate, :other)
              """)
          .param("id", id)
          .param("ordinal", ordinal++)
          .param("drug", rec.drug())
          .param("source", rec.source().name())
          .param("genes", json(rec.genes()))
          .param("population", rec.population())
          .param("text", rec.recommendation())
          .param("strength", rec.strength())
          .param("implications", json(rec.implications()))
          .param("phenotypes", json(rec.lookupKeys()))
          .param("diplotypes", json(rec.diplotypes()))
          .param("guideline", rec.guidelineName())
          .param("guidelineId", rec.guidelineId())
          .param("recommendationId", rec.recommendationId())
          .param("url", rec.url())
          .param("dosing", rec.change().dosing())
          .param("alternate", rec.change().alternateDrug())
          .param("other", rec.change().otherGuidance())
          .update();
    }
    return id;
  }

  // Reads run outside a transaction: a result's rows never change once stored, so reading the
  // latest id and then its rows is consistent. The audit event is appended after the read, in its
  // own short transaction, so that the audit chain's lock is not held while reading.

  @Override
  public Optional<PgxResult> latest(NhsNumber nhsNumber) {
    Optional<PgxResult> result = latest(nhsNumber, null, null);
    audit.record("read", ENTITY, nhsNumber.value(), "latest");
    return result;
  }

  @Override
  public Optional<String> latestReportJson(NhsNumber nhsNumber) {
    Optional<String> report =
        latestHeader(nhsNumber)
            .map(
                header ->
                    jdbc.sql("SELECT report::text FROM pgx_result WHERE id = :id")
                        .param("id", header.id())
                        .query(String.class)
                        .single());
    audit.record("read", ENTITY, nhsNumber.value(), "latest report");
    return report;
  }

  @Override
  public Optional<PgxResult> latestForDrugs(NhsNumber nhsNumber, Collection<String> drugs) {
    Optional<PgxResult> result =
        drugs.isEmpty()
            ? latest(nhsNumber, Set.of(), Set.of())
            : latest(nhsNumber, Set.copyOf(drugs), null);
    audit.record(
        "read",
        ENTITY,
        nhsNumber.value(),
        "prescribing " + String.join(", ", drugs) + (result.isEmpty() ? ": no result" : ""));
    return result;
  }

  private Optional<Long> patientId(NhsNumber nhsNumber) {
    return jdbc.sql("SELECT id FROM patient WHERE nhs_number = :nhs")
        .param("nhs", nhsNumber.value())
        .query(Long.class)
        .optional();
  }

  /** A stored result's own row, without its genes and recommendations. */
  private record Header(
      long id,
      Instant recordedAt,
      String recordedBy,
      String sample,
      Map<String, String> dataVersions,
      List<String> messages) {}

  private Optional<PgxResult> latest(NhsNumber nhsNumber, Set<String> drugs, Set<String> genes) {
    return latestHeader(nhsNumber).map(header -> load(header, nhsNumber, drugs, genes));
  }

  private Optional<Header> latestHeader(NhsNumber nhsNumber) {
    return header("p.nhs_number = :key", nhsNumber.value());
  }

  /** The latest header matching the condition on {@code r} (pgx_result) or {@code p} (patient). */
  private Optional<Header> header(String condition, Object key) {
    return jdbc.sql(
            """
            SELECT r.id, r.recorded_at, r.recorded_by, r.sample, r.data_versions::text AS versions,
                   r.messages::text AS messages
            FROM pgx_result r JOIN patient p ON p.id = r.patient_id
            WHERE %s ORDER BY r.recorded_at DESC, r.id DESC LIMIT 1
            """
                .formatted(condition))
        .param("key", key)
        .query(
            (rs, row) ->
                new Header(
                    rs.getLong("id"),
                    instant(rs),
                    rs.getString("recorded_by"),
                    rs.getString("sample"),
                    JSON.readValue(rs.getString("versions"), STRING_MAP),
                    JSON.readValue(rs.getString("messages"), STRINGS)))
        .optional();
  }

  /**
   * Loads a result's genes and recommendations.
   *
   * @param drugs only recommendations for these drugs; null for all
   * @param genes only these genes; null for all when {@code drugs} is null, else the genes of the
   *     recommendations found
   */
  private PgxResult load(Header header, NhsNumber nhsNumber, Set<String> drugs, Set<String> genes) {
    long id = header.id();
    List<PgxRecommendation> recommendations =
        rowsOf(id, "pgx_recommendation", "drug", drugs, "ordinal", JdbcPgxResults::recommendation);
    Set<String> wanted = genes;
    if (wanted == null && drugs != null) {
      wanted = new LinkedHashSet<>();
      for (PgxRecommendation rec : recommendations) {
        wanted.addAll(rec.genes());
      }
    }
    List<PgxGeneResult> geneResults =
        rowsOf(id, "pgx_gene_result", "gene", wanted, "gene", JdbcPgxResults::gene);
    return new PgxResult(
        id,
        nhsNumber,
        header.recordedAt(),
        header.recordedBy(),
        header.sample(),
        header.dataVersions(),
        geneResults,
        recommendations,
        header.messages());
  }

  /**
   * The rows of a result in one of its tables, in the given order: those whose {@code column} is
   * one of {@code values}, or all when {@code values} is null (none when it is empty).
   */
  private <T> List<T> rowsOf(
      long id, String table, String column, Set<String> values, String order, RowMapper<T> row) {
    if (values != null && values.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT * FROM "
                + table
                + " WHERE result_id = :id"
                + (values == null ? "" : " AND " + column + " IN (:values)")
                + " ORDER BY "
                + order)
        .param("id", id)
        .params(values == null ? Map.of() : Map.of("values", values))
        .query(row)
        .list();
  }

  private static Instant instant(ResultSet rs) throws SQLException {
    return rs.getObject("recorded_at", OffsetDateTime.class).toInstant();
  }

  private static PgxGeneResult gene(ResultSet rs, int row) throws SQLException {
    return new PgxGeneResult(
        rs.getString("gene"),
        rs.getBoolean("callable"),
        rs.getString("status"),
        rs.getString("reason"),
        JSON.readValue(rs.getString("diplotypes"), STRINGS),
        rs.getString("phenotype"),
        rs.getString("activity_score"),
        JSON.readValue(rs.getString("missing_positions"), POSITIONS));
  }

  private static PgxRecommendation recommendation(ResultSet rs, int row) throws SQLException {
    return new PgxRecommendation(
        rs.getString("drug"),
        rs.getString("source"),
        JSON.readValue(rs.getString("genes"), STRINGS),
        rs.getString("population"),
        rs.getString("recommendation"),
        rs.getString("strength"),
        JSON.readValue(rs.getString("implications"), STRINGS),
        JSON.readValue(rs.getString("phenotypes"), LIST_MAP),
        JSON.readValue(rs.getString("diplotypes"), LIST_MAP),
        rs.getString("guideline"),
        rs.getString("guideline_id"),
        rs.getString("recommendation_id"),
        rs.getString("url"),
        new PrescribingChange(
            rs.getBoolean("dosing"),
            rs.getBoolean("alternate_drug"),
            rs.getBoolean("other_guidance")));
  }

  private static String json(Object value) {
    return JSON.writeValueAsString(value);
  }
}
