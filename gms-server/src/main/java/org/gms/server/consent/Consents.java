package org.gms.server.consent;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gms.server.record.NhsNumber;

/** Patients' decisions about research and recontact. Every call is audited. */
public interface Consents {

  /**
   * Records a decision as the logged-in clinician.
   *
   * @throws org.gms.server.GmsException for a user who is not a clinician; NOT_FOUND for a patient
   *     not registered or not one the clinician's organisation may see ({@link
   *     org.gms.server.record.PatientAccess}); a withdrawal of something never given
   */
  ConsentRecord record(
      NhsNumber patient, ConsentKind kind, Decision decision, String source, String note);

  /** Every decision about the patient, oldest first. */
  List<ConsentRecord> history(NhsNumber patient);

  /** The patient's current decision of each kind that has one. */
  Map<ConsentKind, ConsentRecord> current(NhsNumber patient);

  /**
   * The patients whose current research decision is GIVEN, as of the moment of asking, so that
   * research views built on it drop a patient from the moment they withdraw. (The last answer is
   * reused only while no decision has been recorded since; the set is unmodifiable.)
   */
  Set<NhsNumber> researchParticipants();
}
