package org.gms.server.record.internal;

import org.gms.server.record.NhsNumber;
import org.gms.server.record.PatientRecord;
import org.gms.server.record.PatientRecords;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A patient's genomic healthcare record: {@code GET /api/patients/{nhsNumber}/record} as JSON, or
 * as a FHIR R4 Bundle with {@code Accept: application/fhir+json} or at {@code .../record/fhir}. Who
 * may read it is the security configuration's rule for patient data (clinicians and laboratory
 * scientists).
 */
@RestController
class RecordController {

  private static final String FHIR_JSON = "application/fhir+json";

  private final PatientRecords records;

  RecordController(PatientRecords records) {
    this.records = records;
  }

  @GetMapping(
      value = "/api/patients/{nhsNumber}/record",
      produces = MediaType.APPLICATION_JSON_VALUE)
  PatientRecord record(@PathVariable String nhsNumber) {
    return records.of(new NhsNumber(nhsNumber));
  }

  @GetMapping(value = "/api/patients/{nhsNumber}/record", produces = FHIR_JSON)
  ResponseEntity<String> fhirByAccept(@PathVariable String nhsNumber) {
    return fhir(nhsNumber);
  }

  @GetMapping(
      value = "/api/patients/{nhsNumber}/record/fhir",
      produces = {FHIR_JSON, MediaType.APPLICATION_JSON_VALUE})
  ResponseEntity<String> fhir(@PathVariable String nhsNumber) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(FHIR_JSON))
        .body(records.fhir(new NhsNumber(nhsNumber)));
  }
}
