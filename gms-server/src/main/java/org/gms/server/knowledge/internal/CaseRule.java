package org.gms.server.knowledge.internal;

import java.util.List;
import org.gms.server.ordering.OrderCase;
import org.gms.server.record.VariantClassification;

/** One rule that may raise re-analysis alerts for a case, holding the knowledge it compares. */
interface CaseRule {

  /**
   * Alerts newly raised for the case.
   *
   * @param reported the current classification of each variant the case's report gave
   * @param solved whether the case is reported with a (likely) pathogenic finding
   */
  int examine(OrderCase order, List<VariantClassification> reported, boolean solved);

  /** A rule about each reported variant on its own, whether or not the case is solved. */
  interface EachReportedVariant extends CaseRule {

    /** Alerts newly raised for one reported variant of the case. */
    int examine(OrderCase order, VariantClassification reported);

    @Override
    default int examine(OrderCase order, List<VariantClassification> reported, boolean solved) {
      int raised = 0;
      for (VariantClassification variant : reported) {
        raised += examine(order, variant);
      }
      return raised;
    }
  }
}
