package org.gms.server.ordering;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import org.gms.server.record.NhsNumber;

/**
 * Orders read and moved by system work, with no user: none of these methods checks who is acting,
 * and each caller audits its own use. What users do with orders is {@link TestOrders}.
 */
public interface OrderCases {

  /**
   * Every order of the patient, oldest first, whoever placed it, for the patient's record (which
   * any clinician or scientist reads); no user check here, and the caller audits its own use.
   */
  List<TestOrder> ofPatient(NhsNumber patient);

  /**
   * The HPO terms given on all the patient's orders, for views that have already checked the
   * patient's consent (research); no user check here, and the caller audits its own use.
   */
  Set<String> phenotypesOf(NhsNumber patient);

  /**
   * Every order in one of the states, oldest first, for system jobs that re-examine cases (the
   * re-analysis of stored cases when knowledge changes); no user check here, and the caller audits
   * its own use.
   */
  List<OrderCase> casesIn(Set<OrderState> states);

  /**
   * {@link #phenotypesOf} for many patients in one read: each patient with at least one order, with
   * the HPO terms of all their orders (sorted; empty when the orders give none). Same contract: no
   * user check, the caller audits its own use.
   */
  Map<NhsNumber, SortedSet<String>> phenotypesOf(Collection<NhsNumber> patients);

  /**
   * Where the stored orders stand, for views that keep {@link #phenotypesOf} in memory: orders are
   * never deleted and their HPO terms never change, so a committed order changes the count (the
   * highest id alone could miss an order committed after a later one). No user check: it says
   * nothing about any patient.
   */
  PhenotypesVersion phenotypesVersion();

  /**
   * See {@link #phenotypesVersion()}.
   *
   * @param orders how many orders are stored
   * @param lastId the highest order id, 0 when there are none
   */
  record PhenotypesVersion(long orders, long lastId) {

    public PhenotypesVersion {
      if (orders < 0 || lastId < 0) {
        throw new IllegalArgumentException(
            "An orders version counts orders and ids from 0: " + orders + ", " + lastId);
      }
    }
  }

  /**
   * Called by the analysis feature, with no user, when a run of the order has a result: an order in
   * analysis moves to interpretation, recorded as done by {@code by} (e.g. {@code analysis run
   * 12}). Orders elsewhere are left as they are.
   */
  void analysisFinished(long id, String by);
}
