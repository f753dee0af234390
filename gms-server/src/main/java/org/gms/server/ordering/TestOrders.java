package org.gms.server.ordering;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Orders: submitted by clinicians, worked on by laboratories. Every method acts as the logged-in
 * user and is audited; a clinician sees the orders of their organisation, a laboratory scientist
 * those sent to their laboratory.
 */
public interface TestOrders {

  /**
   * Checks the request against the test directory and the patient record and stores it, or returns
   * the order already stored under its request key.
   *
   * @throws org.gms.server.GmsException naming the rule that failed
   */
  Submission submit(NewOrder order);

  /** The result of a submission: the order, and whether this call created it. */
  record Submission(TestOrder order, boolean created) {}

  /** The order, if the user may see it. */
  Optional<TestOrder> find(long id);

  /** The user's orders (clinician) or work queue (scientist), newest first. */
  List<TestOrder> visible(Optional<OrderState> state, int limit);

  /**
   * Every order of the patient, oldest first, whoever placed it, for the patient's record (which
   * any clinician or scientist reads); no user check here, and the caller audits its own use.
   */
  List<TestOrder> ofPatient(org.gms.server.record.NhsNumber patient);

  /**
   * Moves the order on.
   *
   * @throws org.gms.server.GmsException of kind CONFLICT for a move the state does not allow
   */
  TestOrder move(long id, OrderState to, String reason);

  /** Records a received sample; a requested order (or one waiting for a new sample) moves on. */
  TestOrder receiveSample(long id, String barcode, SampleType type, Instant receivedAt);

  /**
   * The HPO terms given on all the patient's orders, for views that have already checked the
   * patient's consent (research); no user check here, and the caller audits its own use.
   */
  java.util.Set<String> phenotypesOf(org.gms.server.record.NhsNumber patient);

  /**
   * Every order in one of the states, oldest first, for system jobs that re-examine cases (the
   * re-analysis of stored cases when knowledge changes); no user check here, and the caller audits
   * its own use.
   */
  List<OrderCase> casesIn(java.util.Set<OrderState> states);

  /**
   * {@link #phenotypesOf} for many patients in one read: each patient with at least one order, with
   * the HPO terms of all their orders (sorted; empty when the orders give none). Same contract: no
   * user check, the caller audits its own use.
   */
  java.util.Map<org.gms.server.record.NhsNumber, java.util.SortedSet<String>> phenotypesOf(
      java.util.Collection<org.gms.server.record.NhsNumber> patients);

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
