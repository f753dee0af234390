package org.gms.server.record;

import java.util.List;

/** Family links between patients, for trios and cascade testing. Reads and links are audited. */
public interface FamilyLinks {

  /**
   * Records that {@code relative} is the patient's {@code relationship} (their mother, ...); a pair
   * already linked keeps its first link.
   *
   * @throws org.gms.server.GmsException for a patient linked to themself; NOT_FOUND when either is
   *     not registered or not a patient the acting user may see ({@link PatientAccess})
   */
  void link(NhsNumber patient, NhsNumber relative, Relationship relationship, String source);

  /**
   * The patient's relatives, linked either way: a child recorded with their mother shows the child
   * among the mother's relatives as CHILD.
   */
  List<Relative> relatives(NhsNumber patient);
}
