package org.gms.server.record;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Registers and finds patients. Reads and registrations are audited. */
public interface Patients {

  /**
   * Registers a new patient; the registering user's organisation cares for them ({@link
   * PatientAccess}).
   *
   * @throws org.gms.server.GmsException of kind CONFLICT when the NHS number is registered already
   */
  Patient register(Patient patient);

  Optional<Patient> find(NhsNumber nhsNumber);

  /**
   * Records the optional equity-monitoring fields of a registered patient, replacing both (null:
   * not recorded). Audited as an {@code update} naming the fields that changed (not their values).
   *
   * @throws org.gms.server.GmsException of kind NOT_FOUND when no such patient is registered
   */
  Patient recordEquity(NhsNumber nhsNumber, EthnicCategory ethnicCategory, Integer imdDecile);

  /**
   * The patients whose equity fields changed after {@code afterChange} (the first call passes 0),
   * oldest change first, at most {@code limit}, with the last change they include: for management
   * figures, which then re-read those patients' orders. Not audited (NHS numbers only).
   */
  EquityChanges equityChangedSince(long afterChange, int limit);

  /** Patients whose equity fields changed, and the last change included. */
  record EquityChanges(List<NhsNumber> patients, long lastChange) {

    public EquityChanges {
      patients = List.copyOf(patients);
    }
  }

  /** The refusal for an NHS number no patient is registered under (404), saying how to register. */
  static org.gms.server.GmsException notRegistered(NhsNumber nhsNumber) {
    return new org.gms.server.GmsException(
        org.gms.server.GmsException.Kind.NOT_FOUND,
        "No patient with NHS number "
            + nhsNumber.formatted()
            + " is registered: register them first (Register a patient, /register.html, or POST"
            + " /api/patients).");
  }

  /**
   * The registered patients among these NHS numbers, in NHS number order, in one read (numbers not
   * registered are left out). For views that read many patients at once (research): audited as one
   * {@code read} event naming how many were asked for and found, and {@code purpose}.
   */
  List<Patient> findAll(Collection<NhsNumber> nhsNumbers, String purpose);

  /**
   * The patients the acting user may see ({@link PatientAccess}; the platform itself sees every
   * one), in NHS number order, at most {@code limit}.
   */
  List<Patient> list(int limit);
}
