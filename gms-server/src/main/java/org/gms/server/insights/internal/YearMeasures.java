package org.gms.server.insights.internal;

import static org.gms.server.insights.internal.MeasureBundle.PER_100K;
import static org.gms.server.insights.internal.MeasureBundle.entry;
import static org.gms.server.insights.internal.MeasureBundle.group;
import static org.gms.server.insights.internal.MeasureBundle.key;
import static org.gms.server.insights.internal.MeasureBundle.report;
import static org.gms.server.insights.internal.MeasureBundle.score;
import static org.gms.server.insights.internal.MeasureBundle.stratum;
import static org.gms.server.insights.internal.MeasureBundle.title;
import static org.gms.server.insights.internal.MeasureDefinitions.MEDIAN_DAYS;
import static org.gms.server.insights.internal.MeasureDefinitions.P90_DAYS;
import static org.gms.server.insights.internal.MeasureDefinitions.RATE;
import static org.gms.server.insights.internal.MeasureDefinitions.REQUESTS;
import static org.gms.server.insights.internal.MeasureDefinitions.WITHIN_TARGET;
import static org.gms.server.insights.internal.MeasureDefinitions.YIELD;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gms.server.insights.Dimension;
import org.gms.server.insights.Figures;
import org.gms.server.insights.PublishedYear;
import org.gms.server.insights.internal.MeasureDefinitions.Definition;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The year's published request figures as FHIR MeasureReports of {@link MeasureBundle}: requests by
 * month and every dimension; reports within target, median and 90th centile of days by target
 * group, ethnic group and deprivation decile; requests per 100,000 by every dimension whose rates
 * the JSON publishes; diagnostic yield by indication. Counts, shares, days and rates are the
 * JSON's, a suppressed one masked.
 */
final class YearMeasures {

  private YearMeasures() {}

  /**
   * The dimensions of the rate Measure without rates this year: those the JSON gives a rates note
   * for instead (age band and sex without the population file).
   */
  static Set<Dimension> unrated(Map<Dimension, PublishedYear> years) {
    Set<Dimension> out = EnumSet.noneOf(Dimension.class);
    for (Dimension d : RATE.stratifiers()) {
      if (years.get(d).ratesNote() != null) {
        out.add(d);
      }
    }
    return out;
  }

  static void add(
      ArrayNode entries,
      int year,
      Map<Dimension, PublishedYear> years,
      Populations populations,
      Instant now) {
    PublishedYear all = years.get(Dimension.ALL);
    boolean generated = all.generatedIncluded();
    entries.add(requests(year, years, generated, now));
    List<List<PublishedYear.TurnaroundRow>> turnaround =
        List.of(all.turnaround(), all.turnaroundByEthnicGroup(), all.turnaroundByImdDecile());
    List<Dimension> by = WITHIN_TARGET.stratifiers();
    PublishedYear.TurnaroundRow service = all.turnaround().get(all.turnaround().size() - 1);
    ObjectNode target = report(WITHIN_TARGET, year, generated, now);
    ObjectNode targetGroup =
        group(target, Arrays.asList(service.reported(), service.withinTarget()));
    score(targetGroup, share(service), null);
    ArrayNode targetStratifiers = targetGroup.putArray("stratifier");
    for (int t = 0; t < by.size(); t++) {
      ArrayNode strata = stratum(targetStratifiers, key(by.get(t)), title(by.get(t)));
      for (PublishedYear.TurnaroundRow r : withoutService(turnaround.get(t))) {
        ObjectNode s = stratum(r.group(), WITHIN_TARGET, r.reported(), r.withinTarget());
        score(s, share(r), null);
        strata.add(s);
      }
    }
    entries.add(entry("report-" + WITHIN_TARGET.id() + "-" + year, target));

    for (Definition d : List.of(MEDIAN_DAYS, P90_DAYS)) {
      boolean median = d == MEDIAN_DAYS;
      ObjectNode days = report(d, year, generated, now);
      ObjectNode daysGroup = group(days, Collections.singletonList(service.reported()));
      score(daysGroup, median ? service.median() : service.p90(), "d");
      ArrayNode daysStratifiers = daysGroup.putArray("stratifier");
      for (int t = 0; t < by.size(); t++) {
        ArrayNode strata = stratum(daysStratifiers, key(by.get(t)), title(by.get(t)));
        for (PublishedYear.TurnaroundRow r : withoutService(turnaround.get(t))) {
          ObjectNode s = stratum(r.group(), d, r.reported());
          score(s, median ? r.median() : r.p90(), "d");
          strata.add(s);
        }
      }
      entries.add(entry("report-" + d.id() + "-" + year, days));
    }
    entries.add(rate(year, years, populations, now));
    entries.add(diagnosticYield(year, all, now));
  }

  private static ObjectNode requests(
      int year, Map<Dimension, PublishedYear> years, boolean generated, Instant now) {
    PublishedYear all = years.get(Dimension.ALL);
    ObjectNode requests = report(REQUESTS, year, generated, now);
    ObjectNode group = group(requests, Arrays.asList(all.total()));
    ArrayNode stratifiers = group.putArray("stratifier");
    ArrayNode months = stratum(stratifiers, "month", "Month of the request");
    for (int m = 0; m < all.monthTotals().size(); m++) {
      months.add(
          stratum(String.format("%d-%02d", year, m + 1), REQUESTS, all.monthTotals().get(m)));
    }
    for (Dimension d : REQUESTS.stratifiers()) {
      PublishedYear y = years.get(d);
      ArrayNode strata = stratum(stratifiers, key(d), title(d));
      for (int v = 0; v < y.values().size(); v++) {
        strata.add(stratum(y.values().get(v), REQUESTS, y.yearTotals().get(v)));
      }
    }
    return entry("report-" + REQUESTS.id() + "-" + year, requests);
  }

  /**
   * Requests per 100,000: the service against the configured national population, and a stratifier
   * per dimension the JSON gives rates by, with a stratum per value that has a population (a value
   * without one, such as "Not recorded", has no rate in the JSON either). The numerator is the
   * JSON's year total and the score the JSON's rate, each masked where the JSON's is null.
   */
  private static ObjectNode rate(
      int year, Map<Dimension, PublishedYear> years, Populations populations, Instant now) {
    PublishedYear all = years.get(Dimension.ALL);
    long nation = populations.nation(Dimension.ALL);
    ObjectNode rate = report(RATE, year, all.generatedIncluded(), now);
    ObjectNode rateGroup = group(rate, Arrays.asList(all.total(), nation));
    score(rateGroup, all.total() == null ? null : all.total() * 100_000.0 / nation, PER_100K);
    ArrayNode stratifiers = rateGroup.putArray("stratifier");
    Set<Dimension> unrated = unrated(years);
    for (Dimension d : RATE.stratifiers()) {
      if (unrated.contains(d)) {
        continue; // no population file: no rates by age band or sex, in the JSON nor here
      }
      PublishedYear y = years.get(d);
      ArrayNode strata = stratum(stratifiers, key(d), title(d));
      for (int v = 0; v < y.values().size(); v++) {
        Long people = populations.of(d, y.values().get(v));
        if (people == null) {
          continue;
        }
        Figures.Rate r = y.rates().get(v);
        ObjectNode s = stratum(y.values().get(v), RATE, y.yearTotals().get(v), people);
        score(s, r == null ? null : r.per100k(), PER_100K);
        strata.add(s);
      }
    }
    return entry("report-" + RATE.id() + "-" + year, rate);
  }

  private static ObjectNode diagnosticYield(int year, PublishedYear all, Instant now) {
    List<PublishedYear.YieldRow> yields = all.diagnosticYield();
    PublishedYear.YieldRow serviceYield = yields.get(yields.size() - 1);
    ObjectNode yield = report(YIELD, year, all.generatedIncluded(), now);
    ObjectNode yieldGroup =
        group(yield, Arrays.asList(serviceYield.reported(), serviceYield.pathogenic()));
    score(yieldGroup, serviceYield.share(), null);
    ArrayNode yieldStrata =
        stratum(
            yieldGroup.putArray("stratifier"),
            key(Dimension.INDICATION),
            title(Dimension.INDICATION));
    for (PublishedYear.YieldRow r : yields.subList(0, yields.size() - 1)) {
      ObjectNode s = stratum(r.indication(), YIELD, r.reported(), r.pathogenic());
      score(s, r.share(), null);
      yieldStrata.add(s);
    }
    return entry("report-" + YIELD.id() + "-" + year, yield);
  }

  /** A turnaround table's rows but the service's (the last, "All"), which is the report's group. */
  private static List<PublishedYear.TurnaroundRow> withoutService(
      List<PublishedYear.TurnaroundRow> rows) {
    return rows.isEmpty() ? rows : rows.subList(0, rows.size() - 1);
  }

  private static Double share(PublishedYear.TurnaroundRow r) {
    return r.reported() == null || r.withinTarget() == null || r.reported() == 0
        ? null
        : (double) r.withinTarget() / r.reported();
  }
}
