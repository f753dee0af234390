package org.gms.server.record.internal;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.gms.server.EnumChoice;
import org.gms.server.GmsException;
import org.gms.server.record.EthnicCategory;
import org.gms.server.record.FamilyLinks;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.Patient;
import org.gms.server.record.PatientAccess;
import org.gms.server.record.Patients;
import org.gms.server.record.PgxResult;
import org.gms.server.record.PgxResults;
import org.gms.server.record.Relationship;
import org.gms.server.record.Relative;
import org.gms.server.record.Sex;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Patients and their pharmacogenomic results, as JSON and as FHIR (a VCF uploaded for a patient is
 * analysed by the analysis feature: {@code PgxUploadController}).
 */
@RestController
@RequestMapping("/api/patients")
class PatientController {

  private static final int MAX_LIMIT = 1000;
  private static final String FHIR_JSON = "application/fhir+json";

  private final Patients patients;
  private final PgxResults results;
  private final FamilyLinks links;
  private final PatientAccess access;

  PatientController(
      Patients patients, PgxResults results, FamilyLinks links, PatientAccess access) {
    this.patients = patients;
    this.results = results;
    this.links = links;
    this.access = access;
  }

  /**
   * The patient, checked against the organisation rule (docs/security.md): one the user may not see
   * is answered as not registered.
   */
  private NhsNumber visible(String nhsNumber) {
    NhsNumber nhs = new NhsNumber(nhsNumber);
    access.require(nhs);
    return nhs;
  }

  /**
   * A patient to register.
   *
   * @param nhsNumber ten digits, spaces allowed
   * @param dateOfBirth yyyy-mm-dd
   * @param sex female, male, other or unknown
   * @param ethnicCategory optional: NHS Data Dictionary ethnic category code (A to S, Z not stated,
   *     99 not known)
   * @param imdDecile optional: deprivation decile 1 (most deprived) to 10 (English Indices of
   *     Deprivation 2019)
   */
  record PatientForm(
      String nhsNumber,
      String name,
      String dateOfBirth,
      String sex,
      String ethnicCategory,
      JsonNode imdDecile) {

    Patient toPatient() {
      if (dateOfBirth == null) {
        throw new GmsException("dateOfBirth is required, as yyyy-mm-dd.");
      }
      LocalDate born;
      try {
        born = LocalDate.parse(dateOfBirth.strip());
      } catch (DateTimeParseException e) {
        throw new GmsException(
            "dateOfBirth '" + dateOfBirth + "' is not a date: write it as yyyy-mm-dd.");
      }
      if (sex == null) {
        throw new GmsException("sex is required: female, male, other or unknown.");
      }
      return new Patient(
          new NhsNumber(nhsNumber),
          name,
          born,
          Sex.parse(sex),
          EquityForm.ethnicCategory(ethnicCategory),
          EquityForm.imdDecile(imdDecile));
    }
  }

  /**
   * The optional equity-monitoring fields, both replaced (null or absent: not recorded).
   *
   * @param ethnicCategory NHS Data Dictionary ethnic category code (A to S, Z, 99)
   * @param imdDecile 1 (most deprived) to 10
   */
  record EquityForm(String ethnicCategory, JsonNode imdDecile) {

    static EthnicCategory ethnicCategory(String code) {
      return code == null || code.isBlank() ? null : EthnicCategory.parse(code, "ethnicCategory");
    }

    /**
     * The decile as sent: a JSON whole number (checked to be 1 to 10 by {@link Patient}), or null
     * or absent for not recorded. Any other JSON value (text such as "seven" or "7", a fraction,
     * true or false, a list, an object) is refused naming the field and what it takes, as the range
     * check does, rather than left to the generic JSON reader.
     */
    static Integer imdDecile(JsonNode value) {
      if (value == null || value.isNull() || value.isMissingNode()) {
        return null;
      }
      if (value.isIntegralNumber() && value.canConvertToInt()) {
        return value.intValue();
      }
      throw GmsException.atField(
          "imdDecile",
          "imdDecile "
              + sent(value)
              + " is not a deprivation decile: send a whole number (without quotes) from 1 (most"
              + " deprived tenth of areas) to 10 (least deprived), or null when it is not"
              + " recorded.");
    }

    /** What came, in JSON's words. */
    private static String sent(JsonNode value) {
      if (value.isString()) {
        String text = value.asString();
        return "\"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\" (text)";
      }
      if (value.isNumber()) {
        return value.toString();
      }
      if (value.isBoolean()) {
        return value.toString() + " (true or false)";
      }
      return value.isArray() ? "sent as a list" : "sent as an object";
    }
  }

  /** Records (or clears) the patient's ethnic category and deprivation decile; audited. */
  @PutMapping(value = "/{nhsNumber}/equity", consumes = MediaType.APPLICATION_JSON_VALUE)
  Patient recordEquity(@PathVariable String nhsNumber, @RequestBody EquityForm form) {
    NhsNumber nhs = visible(nhsNumber);
    return patients.recordEquity(
        nhs,
        EquityForm.ethnicCategory(form.ethnicCategory()),
        EquityForm.imdDecile(form.imdDecile()));
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Patient> register(@RequestBody PatientForm form) {
    Patient patient = patients.register(form.toPatient());
    return ResponseEntity.created(URI.create("/api/patients/" + patient.nhsNumber())).body(patient);
  }

  @GetMapping
  List<Patient> list(@RequestParam(defaultValue = "100") int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new GmsException("limit must be 1 to " + MAX_LIMIT + ", not " + limit + ".");
    }
    return patients.list(limit);
  }

  record RelativeForm(String nhsNumber, String relationship) {}

  @GetMapping("/{nhsNumber}/relatives")
  List<Relative> relatives(@PathVariable String nhsNumber) {
    return links.relatives(visible(nhsNumber));
  }

  @PostMapping(value = "/{nhsNumber}/relatives", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<List<Relative>> link(
      @PathVariable String nhsNumber, @RequestBody RelativeForm form) {
    Relationship relationship =
        EnumChoice.parse(Relationship.class, form.relationship(), "relationship");
    NhsNumber patient = new NhsNumber(nhsNumber);
    links.link(patient, new NhsNumber(form.nhsNumber()), relationship, "patient record");
    return ResponseEntity.created(URI.create("/api/patients/" + patient + "/relatives"))
        .body(links.relatives(patient));
  }

  @GetMapping("/{nhsNumber}")
  Patient patient(@PathVariable String nhsNumber) {
    NhsNumber nhs = visible(nhsNumber);
    return patients.find(nhs).orElseThrow(() -> Patients.notRegistered(nhs));
  }

  @GetMapping("/{nhsNumber}/pgx")
  PgxResult latestPgx(@PathVariable String nhsNumber) {
    NhsNumber nhs = visible(nhsNumber);
    return results.latest(nhs).orElseThrow(() -> noResult(nhs));
  }

  /** The latest result's full report, as {@code ./gms pgx} writes it. */
  @GetMapping(value = "/{nhsNumber}/pgx/report", produces = MediaType.APPLICATION_JSON_VALUE)
  String latestPgxReport(@PathVariable String nhsNumber) {
    NhsNumber nhs = visible(nhsNumber);
    return results.latestReportJson(nhs).orElseThrow(() -> noResult(nhs));
  }

  /** The latest result as FHIR Genomics Reporting (IG 3.0.0) observations in a Bundle. */
  @GetMapping(
      value = "/{nhsNumber}/pgx/fhir",
      produces = {FHIR_JSON, MediaType.APPLICATION_JSON_VALUE})
  ResponseEntity<String> latestPgxFhir(@PathVariable String nhsNumber) {
    NhsNumber nhs = visible(nhsNumber);
    Patient patient = patients.find(nhs).orElseThrow(() -> Patients.notRegistered(nhs));
    PgxResult result = results.latest(nhs).orElseThrow(() -> noResult(nhs));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(FHIR_JSON))
        .body(PgxFhirBundle.of(patient, result));
  }

  private static GmsException noResult(NhsNumber nhs) {
    return new GmsException(
        GmsException.Kind.NOT_FOUND,
        "Patient "
            + nhs.formatted()
            + " has no pharmacogenomic result (or is not registered): a laboratory scientist"
            + " stores one with POST /api/patients/"
            + nhs
            + "/pgx and the VCF as the body.");
  }
}
