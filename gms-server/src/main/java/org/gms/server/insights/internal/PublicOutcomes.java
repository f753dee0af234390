package org.gms.server.insights.internal;

import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gms.server.GmsException;
import org.gms.server.insights.Insights;
import org.gms.server.insights.PublishedOutcomes;
import org.springframework.stereotype.Component;

/**
 * The outcomes of a calendar year as published ({@link OutcomeSuppression}), from the dashboard's
 * outcomes ({@link Insights#outcomes}). Reading them reads every reported cancer case (one audited
 * read), so a year's published outcomes are kept for a minute, or until the figures change.
 */
@Component
class PublicOutcomes {

  private static final long KEEP_MILLIS = 60_000;

  private final Insights insights;
  private final FiguresVersion version;
  private final Map<Integer, Kept> kept = new ConcurrentHashMap<>();

  private record Kept(long version, long at, PublishedOutcomes outcomes) {}

  PublicOutcomes(Insights insights, FiguresVersion version) {
    this.insights = insights;
    this.version = version;
  }

  /** The year's outcomes with small numbers suppressed. */
  PublishedOutcomes published(int year) {
    check(year);
    long now = System.currentTimeMillis();
    long current = version.current();
    Kept k = kept.get(year);
    if (k == null || k.version() != current || now - k.at() > KEEP_MILLIS) {
      k = new Kept(current, now, compute(year, true));
      kept.put(year, k);
    }
    return k.outcomes();
  }

  /** The year's outcomes as they are, for managers (not for publication). */
  PublishedOutcomes unsuppressed(int year) {
    check(year);
    return compute(year, false);
  }

  private PublishedOutcomes compute(int year, boolean suppress) {
    return OutcomeSuppression.publish(
        year, insights.outcomes(YearMonth.of(year, 1), YearMonth.of(year, 12)), suppress);
  }

  private static void check(int year) {
    if (year < 2000 || year > 2100) {
      throw new GmsException("A year is between 2000 and 2100: " + year);
    }
  }

  /** One of the tables as CSV ({@code cancer} or {@code pgx}); [c] marks a suppressed count. */
  String csv(int year, String table) {
    PublishedOutcomes o = published(year);
    StringBuilder out = new StringBuilder();
    String note =
        " [c] = suppressed (a count of 1 to 4, or a cell from which one could be worked out).\n";
    switch (table) {
      case "cancer" -> {
        out.append("# Cancer cases reported in ")
            .append(year)
            .append(" by tumour type: with a tier I or II finding, and of those with a targeted")
            .append(" therapy started.")
            .append(note)
            .append("tumour_type,reported,actionable,with_therapy\n");
        for (PublishedOutcomes.CancerRow r : o.cancer()) {
          PublicCsv.row(out, r.tumourType(), r.reported(), r.actionable(), r.withTherapy());
        }
      }
      case "pgx" -> {
        out.append("# Draft prescriptions checked against a stored pharmacogenomic result in ")
            .append(year)
            .append(" by drug: checks, checks that showed a card, cards shown.")
            .append(note)
            .append("drug,checks,with_cards,cards\n");
        for (PublishedOutcomes.PgxRow r : o.pgx()) {
          PublicCsv.row(out, r.drug(), r.checks(), r.withCards(), r.cards());
        }
      }
      default ->
          throw new GmsException(
              "Unknown outcomes table '" + table + "': use table=cancer or table=pgx.");
    }
    return out.toString();
  }
}
