package org.gms.server.record;

import java.util.List;
import java.util.Optional;

/** Registers and finds patients. Reads and registrations are audited. */
public interface Patients {

  /**
   * Registers a new patient.
   *
   * @throws org.gms.server.GmsException of kind CONFLICT when the NHS number is registered already
   */
  Patient register(Patient patient);

  Optional<Patient> find(NhsNumber nhsNumber);

  /** Patients in NHS number order, at most {@code limit}. */
  List<Patient> list(int limit);
}
