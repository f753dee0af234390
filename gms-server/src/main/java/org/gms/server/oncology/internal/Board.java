package org.gms.server.oncology.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gms.server.GmsException;
import org.gms.server.account.Accounts;
import org.gms.server.audit.AuditLog;
import org.gms.server.oncology.CancerCaseReported;
import org.gms.server.oncology.ReportedFinding;
import org.gms.server.oncology.TrialMatch;
import org.gms.server.oncology.TrialMatches;
import org.gms.server.oncology.TumourSampleType;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.Patient;
import org.gms.server.record.Patients;
import org.gms.server.record.Sex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The molecular tumour board's view of a case and its decisions: the latest succeeded run's
 * findings, tier I/II first, each with the decision that stands; biomarkers; germline findings;
 * matched trials from the {@link TrialMatches} beans.
 */
@Service
@Transactional
class Board {

  static final List<String> DECISIONS = List.of("REPORTED", "NOT_REPORTED", "COMMENT");

  private final JdbcClient jdbc;
  private final CaseStore cases;
  private final SomaticRuns runs;
  private final Patients patients;
  private final Accounts accounts;
  private final AuditLog audit;
  private final List<TrialMatches> trials;

  Board(
      JdbcClient jdbc,
      CaseStore cases,
      SomaticRuns runs,
      Patients patients,
      Accounts accounts,
      AuditLog audit,
      List<TrialMatches> trials) {
    this.jdbc = jdbc;
    this.cases = cases;
    this.runs = runs;
    this.patients = patients;
    this.accounts = accounts;
    this.audit = audit;
    this.trials = trials;
  }

  /** A finding on the board with the decision that stands and every comment. */
  record BoardFinding(SomaticResult.Item finding, String decision, List<Decision> history) {}

  /** The whole board of a case. */
  record View(
      CancerCase cancerCase,
      List<TumourSample> samples,
      List<SomaticRun> runs,
      Long runId,
      List<BoardFinding> findings,
      SomaticResult.Tmb tmb,
      SomaticResult.Msi msi,
      List<SomaticResult.Germline> germline,
      List<TrialMatch> trials,
      List<String> warnings,
      List<String> limitations,
      List<String> knowledge,
      List<String> undecided,
      Long reportId) {}

  View view(long caseId) {
    CancerCase c = cases.visibleOrThrow(caseId);
    audit.record("read", "cancer-case", Long.toString(caseId), "tumour board");
    List<SomaticRun> all = runs.ofCase(caseId);
    List<TumourSample> samples = cases.samples(caseId);
    Optional<SomaticRun> run =
        SomaticRuns.latestSucceeded(
            all,
            samples.stream()
                .filter(s -> s.type() == TumourSampleType.PLASMA_CTDNA)
                .map(TumourSample::id)
                .collect(java.util.stream.Collectors.toSet()));
    Optional<SomaticResult> result = run.flatMap(r -> runs.result(r.id()));
    List<BoardFinding> findings = new ArrayList<>();
    List<String> undecided = new ArrayList<>();
    if (result.isPresent()) {
      Map<String, List<Decision>> decisions = decisions(run.get().id());
      for (SomaticResult.Item item : ordered(result.get().findings())) {
        List<Decision> history = decisions.getOrDefault(item.key(), List.of());
        String standing =
            history.stream()
                .map(Decision::decision)
                .filter(d -> !d.equals("COMMENT"))
                .reduce((a, b) -> b)
                .orElse(null);
        if (standing == null && item.actionable()) {
          undecided.add(item.key());
        }
        findings.add(new BoardFinding(item, standing, history));
      }
    }
    List<TrialMatch> matched = new ArrayList<>();
    if (result.isPresent()) {
      CancerCaseReported draft = draft(c, result.get(), findings, Instant.now(), false);
      for (TrialMatches t : trials) {
        matched.addAll(t.matches(draft));
      }
    }
    return new View(
        c,
        samples,
        all,
        run.map(SomaticRun::id).orElse(null),
        findings,
        result.map(SomaticResult::tmb).orElse(null),
        result.map(SomaticResult::msi).orElse(null),
        result.map(SomaticResult::germline).orElse(List.of()),
        matched,
        result.map(SomaticResult::warnings).orElse(List.of()),
        result.map(SomaticResult::limitations).orElse(List.of()),
        result.map(SomaticResult::knowledge).orElse(List.of()),
        undecided,
        latestReport(caseId).orElse(null));
  }

  /** Tier I first, then II, III, IV; the engine's order within a tier. */
  static List<SomaticResult.Item> ordered(List<SomaticResult.Item> items) {
    List<SomaticResult.Item> sorted = new ArrayList<>(items);
    sorted.sort(java.util.Comparator.comparing(SomaticResult.Item::tier));
    return sorted;
  }

  Decision decide(long caseId, String findingKey, String decision, String comment) {
    cases.visibleOrThrow(caseId);
    String d = decision == null ? "" : decision.strip().toUpperCase(java.util.Locale.ROOT);
    if (!DECISIONS.contains(d)) {
      throw new GmsException("A decision is one of " + DECISIONS + ", not '" + decision + "'.");
    }
    String text = comment == null ? "" : comment.strip();
    if (d.equals("COMMENT") && text.isEmpty()) {
      throw new GmsException("A comment needs its text.");
    }
    if (text.length() > 2000) {
      throw new GmsException("A comment is at most 2000 characters; it has " + text.length());
    }
    SomaticRun run =
        runs.latestSucceeded(caseId)
            .orElseThrow(
                () ->
                    new GmsException(
                        GmsException.Kind.CONFLICT,
                        "Case " + caseId + " has no finished somatic analysis to decide on."));
    SomaticResult result = runs.result(run.id()).orElseThrow();
    if (result.findings().stream().noneMatch(f -> f.key().equals(findingKey))) {
      throw new GmsException(
          "Finding '"
              + findingKey
              + "' is not a finding of run "
              + run.id()
              + " of case "
              + caseId);
    }
    long id =
        jdbc.sql(
                """
                INSERT INTO board_decision (case_id, run_id, finding_key, decision, comment,
                  decided_by)
                VALUES (:case, :run, :key, :decision, :comment, :by)
                RETURNING id
                """)
            .param("case", caseId)
            .param("run", run.id())
            .param("key", findingKey)
            .param("decision", d)
            .param("comment", text)
            .param("by", accounts.actor().name())
            .query(Long.class)
            .single();
    audit.record("decide", "cancer-finding", findingKey, "case " + caseId + ": " + d);
    return decisions(run.id()).get(findingKey).stream()
        .filter(x -> x.id() == id)
        .findFirst()
        .orElseThrow();
  }

  @Transactional(readOnly = true)
  Map<String, List<Decision>> decisions(long runId) {
    Map<String, List<Decision>> byKey = new LinkedHashMap<>();
    jdbc.sql("SELECT * FROM board_decision WHERE run_id = :run ORDER BY id")
        .param("run", runId)
        .query(
            (rs, n) ->
                new Decision(
                    rs.getLong("id"),
                    rs.getLong("run_id"),
                    rs.getString("finding_key"),
                    rs.getString("decision"),
                    rs.getString("comment"),
                    rs.getString("decided_by"),
                    rs.getTimestamp("decided_at").toInstant()))
        .list()
        .forEach(d -> byKey.computeIfAbsent(d.findingKey(), k -> new ArrayList<>()).add(d));
    return byKey;
  }

  @Transactional(readOnly = true)
  Optional<Long> latestReport(long caseId) {
    return jdbc.sql("SELECT max(id) FROM cancer_report WHERE case_id = :id")
        .param("id", caseId)
        .query(Long.class)
        .optional();
  }

  /**
   * The case as trial matching sees it: every tier I/II finding not decided against (a draft), or
   * only those decided reported (a report).
   */
  CancerCaseReported draft(
      CancerCase c,
      SomaticResult result,
      List<BoardFinding> findings,
      Instant at,
      boolean reportedOnly) {
    List<ReportedFinding> chosen = new ArrayList<>();
    for (BoardFinding f : findings) {
      boolean take =
          reportedOnly
              ? "REPORTED".equals(f.decision())
              : !"NOT_REPORTED".equals(f.decision())
                  && (f.finding().actionable() || "REPORTED".equals(f.decision()));
      if (take) {
        chosen.add(f.finding().reported(false));
      }
    }
    Optional<Patient> patient = patients.find(new NhsNumber(c.nhsNumber()));
    int age =
        patient
            .map(
                p ->
                    Period.between(p.dateOfBirth(), LocalDate.ofInstant(at, ZoneOffset.UTC))
                        .getYears())
            .orElse(0);
    return new CancerCaseReported(
        c.id(),
        c.orderId(),
        new NhsNumber(c.nhsNumber()),
        c.testCode(),
        c.oncotreeCode(),
        c.tumourType(),
        Math.max(0, age),
        patient.map(Patient::sex).orElse(Sex.UNKNOWN),
        chosen,
        result.tmb() == null ? null : result.tmb().perMb(),
        result.msi() == null ? "" : msiStatus(result.msi().status()),
        at,
        ReceptorStatuses.latest(jdbc, c.id()));
  }

  static String msiStatus(String status) {
    String s = status == null ? "" : status.toUpperCase(java.util.Locale.ROOT);
    if (s.contains("MSI-H") || s.equals("MSI") || s.contains("HIGH")) {
      return "MSI-H";
    }
    return s.contains("MSS") || s.contains("STABLE") ? "MSS" : "";
  }
}
