package org.gms.server.record;

import java.util.List;

/**
 * A legitimate relationship between an organisation and a patient that another feature knows of,
 * for {@link PatientAccess}: ordering contributes "a test order requested by the organisation or
 * sent to its laboratory, with the patient as proband or relative". The record depends on no
 * feature that depends on it; those features implement this as a Spring bean and the record asks
 * every one.
 */
public interface CareRelationship {

  /** Whether the organisation has this relationship with the patient. */
  boolean relates(NhsNumber patient, String organisation);

  /**
   * The first {@code limit} patients the organisation has this relationship with, in NHS number
   * order.
   */
  List<NhsNumber> patients(String organisation, int limit);
}
