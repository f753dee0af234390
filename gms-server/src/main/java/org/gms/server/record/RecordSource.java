package org.gms.server.record;

import java.util.List;

/**
 * What another feature knows about a patient, for the patient's genomic healthcare record: tests
 * and reports (ordering, analysis), consent decisions (consent), re-analysis alerts. The record
 * depends on no feature that depends on it; those features implement this as a Spring bean and the
 * record gathers every one.
 */
public interface RecordSource {

  /** The section of the record the entries belong to, e.g. {@code tests}, {@code consents}. */
  String section();

  /** The patient's entries in this section, oldest first; empty when there are none. */
  List<RecordEntry> entries(NhsNumber patient);

  /**
   * The patient's items in this section as FHIR R4 JSON, for the export of the whole record: each
   * text a resource, or a Bundle whose entries are all taken. Patient resources in them and
   * references to a Patient are replaced by the record's own Patient, and every entry gets a
   * urn:uuid fullUrl with the references between them rewritten to match. None by default.
   */
  default List<String> fhir(NhsNumber patient) {
    return List.of();
  }
}
