package org.gms.server.insights.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.gms.server.insights.Outcomes;
import org.gms.server.oncology.CancerCaseReported;
import org.gms.server.oncology.ReportedFinding;
import org.gms.server.oncology.TargetedTherapiesStarted;

/**
 * Counts the outcomes of a period from the reported cancer cases (each counted in the month of its
 * report in force), the targeted therapies started and the pharmacogenomic checks.
 */
final class OutcomeCounts {

  private OutcomeCounts() {}

  /** Whether a finding is actionable: tier I or II (AMP/ASCO/CAP 2017). */
  static boolean actionable(ReportedFinding finding) {
    return finding.tier().equals("I") || finding.tier().equals("II");
  }

  static Outcomes of(
      List<CancerCaseReported> cases,
      List<TargetedTherapiesStarted.TherapyStart> therapies,
      List<PgxUse.Count> checks,
      LocalDate from,
      LocalDate to) {
    Set<Long> treated = new HashSet<>();
    for (TargetedTherapiesStarted.TherapyStart t : therapies) {
      treated.add(t.caseId());
    }
    Map<String, long[]> byTumour = new TreeMap<>();
    long[] all = new long[3];
    for (CancerCaseReported c : cases) {
      LocalDate day = c.reportedAt().atZone(ActivityRefresh.SERVICE_ZONE).toLocalDate();
      if (day.isBefore(from) || !day.isBefore(to)) {
        continue;
      }
      boolean actionable = c.findings().stream().anyMatch(OutcomeCounts::actionable);
      boolean therapy = actionable && treated.contains(c.caseId());
      String tumour = c.tumourType().isBlank() ? c.oncotreeCode() : c.tumourType();
      for (long[] sum : List.of(byTumour.computeIfAbsent(tumour, k -> new long[3]), all)) {
        sum[0]++;
        sum[1] += actionable ? 1 : 0;
        sum[2] += therapy ? 1 : 0;
      }
    }
    List<Outcomes.CancerRow> cancer = new ArrayList<>();
    byTumour.forEach((tumour, s) -> cancer.add(cancerRow(tumour, s)));
    cancer.sort(Comparator.comparingLong(Outcomes.CancerRow::reported).reversed());
    List<Outcomes.PgxRow> pgx = new ArrayList<>();
    long[] pgxAll = new long[3];
    for (PgxUse.Count c : checks) {
      pgx.add(pgxRow(c.drug(), c.checks(), c.withCards(), c.cards()));
      pgxAll[0] += c.checks();
      pgxAll[1] += c.withCards();
      pgxAll[2] += c.cards();
    }
    pgx.sort(Comparator.comparingLong(Outcomes.PgxRow::checks).reversed());
    return new Outcomes(
        from,
        to,
        cancer,
        cancerRow(Labels.ALL, all),
        pgx,
        pgxRow(Labels.ALL, pgxAll[0], pgxAll[1], pgxAll[2]));
  }

  private static Outcomes.CancerRow cancerRow(String tumour, long[] s) {
    return new Outcomes.CancerRow(
        tumour, s[0], s[1], FigureMaths.share(s[1], s[0]), s[2], FigureMaths.share(s[2], s[1]));
  }

  private static Outcomes.PgxRow pgxRow(String drug, long checks, long withCards, long cards) {
    return new Outcomes.PgxRow(
        drug, checks, withCards, cards, FigureMaths.share(withCards, checks));
  }
}
