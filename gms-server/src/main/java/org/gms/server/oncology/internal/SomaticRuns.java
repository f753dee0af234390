package org.gms.server.oncology.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gms.server.GmsException;
import org.gms.server.account.Accounts;
import org.gms.server.analysis.AnalysisSettings;
import org.gms.server.audit.AuditLog;
import org.gms.server.ordering.OrderState;
import org.gms.server.ordering.TestOrder;
import org.gms.server.ordering.TestOrders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Somatic runs: the uploaded files kept under {@code somatic/} of the analysis data directory, a
 * run queued for the worker ({@link SomaticWorker}), its stored result.
 */
@Service
@Transactional
class SomaticRuns {

  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final long MAX_UPLOAD = 2L * 1024 * 1024 * 1024;

  private final JdbcClient jdbc;
  private final CaseStore cases;
  private final TestOrders orders;
  private final Accounts accounts;
  private final AuditLog audit;
  private final Path directory;

  SomaticRuns(
      JdbcClient jdbc,
      CaseStore cases,
      TestOrders orders,
      Accounts accounts,
      AuditLog audit,
      AnalysisSettings settings,
      org.gms.server.database.DatabaseSettings database) {
    this.jdbc = jdbc;
    this.cases = cases;
    this.orders = orders;
    this.accounts = accounts;
    this.audit = audit;
    this.directory =
        (settings.dataDir() != null ? settings.dataDir() : database.dataDir().resolve("vcf"))
            .resolve("somatic")
            .toAbsolutePath()
            .normalize();
  }

  Path directory() {
    return directory;
  }

  /** Stores an uploaded file and returns its name under {@link #directory()}. */
  String store(InputStream in, String fileName) {
    String name = fileName == null ? "upload" : Path.of(fileName).getFileName().toString();
    if (!name.matches("[A-Za-z0-9._-]{1,120}")) {
      throw new GmsException(
          "File name '" + name + "': use letters, digits, '.', '_' and '-' only (at most 120).");
    }
    String stored = UUID.randomUUID() + "-" + name;
    try {
      Files.createDirectories(directory());
      Path target = directory().resolve(stored);
      Path partial = directory().resolve(stored + ".part");
      long size = Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
      if (size > MAX_UPLOAD || size == 0) {
        Files.deleteIfExists(partial);
        throw new GmsException(
            GmsException.Kind.PAYLOAD_TOO_LARGE,
            name + " is " + size + " bytes; a somatic input is 1 byte to 2 GB.");
      }
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      return stored;
    } catch (IOException e) {
      throw new GmsException("Cannot store " + name + ": " + e.getMessage());
    }
  }

  Path resolve(String stored) {
    Path p = directory().resolve(stored).normalize();
    if (!p.startsWith(directory()) || !Files.isRegularFile(p)) {
      throw new GmsException("The somatic input " + stored + " is not in the upload directory.");
    }
    return p;
  }

  /** Queues a run of the sample and moves the order to analysis when it is before it. */
  SomaticRun start(long caseId, long sampleId, SomaticSpec spec) {
    CancerCase c = cases.visibleOrThrow(caseId);
    TumourSample sample =
        cases.samples(caseId).stream()
            .filter(s -> s.id() == sampleId)
            .findFirst()
            .orElseThrow(
                () ->
                    GmsException.atField(
                        "sampleId", "Sample " + sampleId + " is not a sample of case " + caseId));
    if (!sample.type().tumour()) {
      throw GmsException.atField(
          "sampleId",
          "Sample " + sample.barcode() + " is germline blood: analyse a tumour or plasma sample.");
    }
    for (String f : new String[] {spec.tumourVcf(), spec.maf(), spec.cna(), spec.fusions()}) {
      if (f != null) {
        resolve(f);
      }
    }
    TestOrder order = cases.visibleOrder(c.orderId());
    if (order.state() == OrderState.SAMPLE_RECEIVED) {
      orders.move(order.id(), OrderState.SEQUENCING, "tumour sequenced");
      order = cases.visibleOrder(c.orderId());
    }
    if (order.state() == OrderState.SEQUENCING) {
      orders.move(order.id(), OrderState.ANALYSIS, "somatic analysis started");
    }
    long id =
        jdbc.sql(
                """
                INSERT INTO somatic_run (case_id, sample_id, state, spec, started_by)
                VALUES (:case, :sample, 'QUEUED', CAST(:spec AS jsonb), :by)
                RETURNING id
                """)
            .param("case", caseId)
            .param("sample", sampleId)
            .param("spec", JSON.writeValueAsString(spec))
            .param("by", accounts.actor().name())
            .query(Long.class)
            .single();
    audit.record("start", "somatic-run", Long.toString(id), "case " + caseId);
    return find(id).orElseThrow();
  }

  @Transactional(readOnly = true)
  Optional<SomaticRun> find(long id) {
    return where("id", id).optional();
  }

  @Transactional(readOnly = true)
  List<SomaticRun> ofCase(long caseId) {
    return where("case_id", caseId).list();
  }

  /** The runs whose column (a fixed name, never user input) holds the value, in id order. */
  private JdbcClient.MappedQuerySpec<SomaticRun> where(String column, Object value) {
    return jdbc.sql("SELECT * FROM somatic_run WHERE " + column + " = :value ORDER BY id")
        .param("value", value)
        .query(SomaticRuns::run);
  }

  /** Parsed results of succeeded runs, which never change; bounded. */
  private final java.util.Map<Long, SomaticResult> parsed =
      java.util.Collections.synchronizedMap(
          new java.util.LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(java.util.Map.Entry<Long, SomaticResult> eldest) {
              return size() > 256;
            }
          });

  @Transactional(readOnly = true)
  Optional<SomaticResult> result(long runId) {
    SomaticResult cached = parsed.get(runId);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<SomaticResult> read = read(runId);
    read.ifPresent(r -> parsed.put(runId, r));
    return read;
  }

  private Optional<SomaticResult> read(long runId) {
    return jdbc.sql(
            "SELECT result_json::text FROM somatic_run WHERE id = :id AND state = 'SUCCEEDED'")
        .param("id", runId)
        .query(String.class)
        .optional()
        .map(json -> JSON.readValue(json, SomaticResult.class));
  }

  @Transactional(readOnly = true)
  Optional<String> resultHtml(long runId) {
    return jdbc.sql("SELECT result_html FROM somatic_run WHERE id = :id AND state = 'SUCCEEDED'")
        .param("id", runId)
        .query(String.class)
        .optional();
  }

  /**
   * The run the tumour board decides on: the latest succeeded run of a tissue or bone marrow sample
   * (serial plasma samples are monitoring, shown over time), or the latest succeeded run when the
   * case has only plasma (a ctDNA test).
   */
  @Transactional(readOnly = true)
  Optional<SomaticRun> latestSucceeded(long caseId) {
    java.util.Set<Long> plasma =
        new java.util.HashSet<>(
            jdbc.sql(
                    "SELECT id FROM tumour_sample WHERE case_id = :id"
                        + " AND sample_type = 'PLASMA_CTDNA'")
                .param("id", caseId)
                .query(Long.class)
                .list());
    return latestSucceeded(ofCase(caseId), plasma);
  }

  /**
   * The latest succeeded run of a tissue sample, or of any sample when only plasma runs succeeded.
   *
   * @param runs a case's runs, oldest first
   * @param plasma the ids of the case's plasma (ctDNA) samples
   */
  static Optional<SomaticRun> latestSucceeded(List<SomaticRun> runs, java.util.Set<Long> plasma) {
    List<SomaticRun> succeeded = runs.stream().filter(SomaticRun::succeeded).toList();
    return succeeded.stream()
        .filter(r -> !plasma.contains(r.sampleId()))
        .reduce((a, b) -> b)
        .or(() -> succeeded.stream().reduce((a, b) -> b));
  }

  private static SomaticRun run(ResultSet rs, int row) throws SQLException {
    java.sql.Timestamp finished = rs.getTimestamp("finished_at");
    return new SomaticRun(
        rs.getLong("id"),
        rs.getLong("case_id"),
        rs.getLong("sample_id"),
        rs.getString("state"),
        rs.getInt("attempt"),
        rs.getString("message"),
        rs.getString("started_by"),
        rs.getTimestamp("queued_at").toInstant(),
        finished == null ? null : finished.toInstant());
  }
}
