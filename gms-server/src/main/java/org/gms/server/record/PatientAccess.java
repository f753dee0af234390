package org.gms.server.record;

/**
 * Who may see which patient (docs/security.md, "Patient data across organisations"): a user sees a
 * patient only when their organisation has a legitimate relationship with them — it registered the
 * patient or was given their care ({@link #recordCare}), or a {@link CareRelationship} of another
 * feature says so (a test order of the organisation). The platform itself (start-up, background
 * work, the command line) sees every patient. Features check it before reading or changing a
 * patient's data for a user.
 */
public interface PatientAccess {

  /** Whether the patient is registered and the acting user may see them. */
  boolean maySee(NhsNumber patient);

  /**
   * Checks that the patient is registered and the acting user may see them.
   *
   * @throws org.gms.server.GmsException NOT_FOUND otherwise, in the same words whether the patient
   *     is not registered or belongs to no organisation of the user (so the answer does not tell
   *     which); a refusal of a registered patient is audited ({@code refused}) in a transaction of
   *     its own
   */
  void require(NhsNumber patient);

  /**
   * Records that the organisation cares for the patient (an explicit care relationship); an
   * existing one is kept. Audited.
   */
  void recordCare(NhsNumber patient, String organisation, String reason);
}
