package org.gms.server.insights.internal;

import static org.gms.server.insights.internal.MeasureDefinitions.CANCER_ACTIONABLE;
import static org.gms.server.insights.internal.MeasureDefinitions.CANCER_THERAPY;
import static org.gms.server.insights.internal.MeasureDefinitions.PGX_CARDS;
import static org.gms.server.insights.internal.MeasureDefinitions.PGX_CHECKS;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.gms.server.insights.Figures;
import org.gms.server.insights.PublishedOutcomes;
import org.gms.server.insights.internal.MeasureDefinitions.Definition;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The year's published outcomes as FHIR MeasureReports of {@link MeasureBundle}: cancer cases with
 * an actionable finding and with a targeted therapy started, by tumour type; pharmacogenomic checks
 * that showed a card and the cards shown, by drug. Counts as the JSON publishes them (a suppressed
 * one masked), the score only where the JSON gives the share.
 */
final class OutcomeMeasures {

  private OutcomeMeasures() {}

  /** A row's counts (one per population of the Measure) and score. */
  private record Figure(String label, List<Long> counts, Figures.Proportion score) {}

  static void add(
      ArrayNode entries, int year, PublishedOutcomes outcomes, boolean generated, Instant now) {
    List<PublishedOutcomes.CancerRow> cancer = outcomes.cancer();
    add(
        entries,
        year,
        generated,
        now,
        CANCER_ACTIONABLE,
        cancer,
        r ->
            new Figure(
                r.tumourType(), Arrays.asList(r.reported(), r.actionable()), r.actionableShare()));
    add(
        entries,
        year,
        generated,
        now,
        CANCER_THERAPY,
        cancer,
        r ->
            new Figure(
                r.tumourType(), Arrays.asList(r.actionable(), r.withTherapy()), r.therapyShare()));
    List<PublishedOutcomes.PgxRow> pgx = outcomes.pgx();
    add(
        entries,
        year,
        generated,
        now,
        PGX_CHECKS,
        pgx,
        r -> new Figure(r.drug(), Arrays.asList(r.checks(), r.withCards()), r.shareWithCards()));
    add(
        entries,
        year,
        generated,
        now,
        PGX_CARDS,
        pgx,
        r -> new Figure(r.drug(), java.util.Collections.singletonList(r.cards()), null));
  }

  /**
   * One report: the service's row (the last) as its group, a stratum per other row under the
   * Measure's own stratifier (tumour type, drug).
   */
  private static <T> void add(
      ArrayNode entries,
      int year,
      boolean generated,
      Instant now,
      Definition d,
      List<T> rows,
      Function<T, Figure> figure) {
    ObjectNode report = MeasureBundle.report(d, year, generated, now);
    Figure service = figure.apply(rows.get(rows.size() - 1));
    ObjectNode group = MeasureBundle.group(report, service.counts());
    boolean proportion = d.scoring().equals("proportion");
    if (proportion) {
      MeasureBundle.score(group, value(service.score()), null);
    }
    MeasureDefinitions.Stratifier stratifier = d.otherStratifiers().get(0);
    ArrayNode strata =
        MeasureBundle.stratum(group.putArray("stratifier"), stratifier.code(), stratifier.title());
    for (T row : rows.subList(0, rows.size() - 1)) {
      Figure f = figure.apply(row);
      ObjectNode s = MeasureBundle.stratum(f.label(), d, f.counts().toArray(Long[]::new));
      if (proportion) {
        MeasureBundle.score(s, value(f.score()), null);
      }
      strata.add(s);
    }
    entries.add(MeasureBundle.entry("report-" + d.id() + "-" + year, report));
  }

  private static Double value(Figures.Proportion p) {
    return p == null ? null : p.value();
  }
}
