package org.gms.server.record;

/**
 * Patients' genomic healthcare records, gathered when asked from the record's own data and every
 * {@link RecordSource}. Each read is audited.
 */
public interface PatientRecords {

  /**
   * The patient's whole record.
   *
   * @throws org.gms.server.GmsException NOT_FOUND when the patient is not registered
   */
  PatientRecord of(NhsNumber patient);

  /**
   * The patient's whole record as a FHIR R4 collection Bundle (JSON): the Patient, their relatives
   * as RelatedPerson, and what every source gives as FHIR (test requests, reports with their
   * variant observations, consents) with the pharmacogenomic result.
   *
   * @throws org.gms.server.GmsException NOT_FOUND when the patient is not registered
   */
  String fhir(NhsNumber patient);
}
