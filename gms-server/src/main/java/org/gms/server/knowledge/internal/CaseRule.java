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
}
