package org.gms.server.analysis;

import java.time.Instant;
import java.util.List;

/**
 * What the authorised rare-disease reports found, for management figures (the insights feature
 * keeps its own summary of them): per order, whether the report in force holds a pathogenic or
 * likely pathogenic finding. No user check: the caller publishes only aggregates.
 */
public interface ReportOutcomes {

  /**
   * The reports authorised or amended after {@code after} (the first page starts at {@link
   * Mark#START}), oldest first, at most {@code limit} of them, with the mark to pass for the next
   * page.
   */
  Page changedSince(Mark after, int limit);

  /** A position in the reports, by the time of the version in force and then the order. */
  record Mark(Instant authorisedAt, long orderId) {

    public static final Mark START = new Mark(Instant.EPOCH, 0);

    public Mark {
      if (authorisedAt == null) {
        throw new IllegalArgumentException("A report mark needs a time");
      }
    }
  }

  /**
   * The report in force of an order.
   *
   * @param pathogenic whether it reports a variant with the final class P or LP
   */
  record Outcome(long orderId, int version, Instant authorisedAt, boolean pathogenic) {}

  /** Reports and the mark after the last of them. */
  record Page(List<Outcome> reports, Mark last) {

    public Page {
      reports = List.copyOf(reports);
    }
  }
}
