package org.gms.server.record.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.gms.genomics.GenomicsException;
import org.gms.server.EnumChoice;
import org.gms.server.GmsException;
import org.gms.server.UploadLimits;
import org.gms.server.VcfUploadCheck;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Patients and their pharmacogenomic results, as JSON and as FHIR. */
@RestController
@RequestMapping("/api/patients")
class PatientController {

  /**
   * An uploaded VCF larger than this as sent is refused (a whole-genome VCF is not needed for PGx),
   * or {@code gms.upload.max-bytes} when that is lower.
   */
  static final long MAX_VCF_BYTES = 512L * 1024 * 1024;

  private static final int MAX_LIMIT = 1000;
  private static final String FHIR_JSON = "application/fhir+json";

  private final Patients patients;
  private final PgxResults results;
  private final FamilyLinks links;
  private final UploadLimits limits;
  private final PatientAccess access;

  PatientController(
      Patients patients,
      PgxResults results,
      FamilyLinks links,
      UploadLimits limits,
      PatientAccess access) {
    this.patients = patients;
    this.results = results;
    this.links = links;
    this.limits = limits;
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
   */
  record PatientForm(String nhsNumber, String name, String dateOfBirth, String sex) {

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
      return new Patient(new NhsNumber(nhsNumber), name, born, Sex.parse(sex));
    }
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
    return patients.find(nhs).orElseThrow(() -> JdbcPgxResults.unknownPatient(nhs));
  }

  /**
   * Analyses a GRCh38 VCF (plain or gzip, as the request body) for the patient and stores the
   * result as their latest.
   */
  @PostMapping(
      value = "/{nhsNumber}/pgx",
      consumes = {
        "text/plain",
        "text/x-vcf",
        "text/vcf",
        "application/octet-stream",
        "application/gzip",
        "application/x-gzip"
      })
  ResponseEntity<PgxResult> storePgx(
      @PathVariable String nhsNumber,
      @RequestParam Optional<String> sample,
      @RequestParam Optional<String> filename,
      HttpServletRequest request)
      throws IOException {
    NhsNumber nhs = visible(nhsNumber); // before the body is read
    String shownName = filename.orElse("uploaded VCF");
    Path vcf = Files.createTempFile("gms-pgx-", ".vcf");
    try {
      copyChecked(request.getInputStream(), vcf, shownName);
      PgxResult result = results.analyseAndStore(nhs, vcf, sample, shownName);
      return ResponseEntity.created(URI.create("/api/patients/" + nhs + "/pgx")).body(result);
    } catch (GenomicsException e) {
      // the reader names the file it read: the client's name, never the server's temporary path
      throw new GmsException(
          String.valueOf(e.getMessage())
              .replace(vcf.toString(), shownName)
              .replace(vcf.getFileName().toString(), shownName));
    } finally {
      Files.deleteIfExists(vcf);
    }
  }

  /**
   * Streams the body to the file, refusing it (413) past the smaller of {@link #MAX_VCF_BYTES} and
   * {@code gms.upload.max-bytes}, then streams the file once through {@link VcfUploadCheck} with
   * the same {@code gms.upload} limits as {@code POST /api/vcf-files}: expanded size (413, so a
   * decompression bomb is refused after reading as much as the limit), header and line lengths and
   * NUL bytes (400). The caller deletes the file whatever happens.
   */
  private void copyChecked(InputStream in, Path file, String shownName) throws IOException {
    long most = Math.min(MAX_VCF_BYTES, limits.maxBytes());
    try (in;
        var out = Files.newOutputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      long total = 0;
      int n;
      while ((n = in.read(buffer)) > 0) {
        total += n;
        if (total > most) {
          throw new GmsException(
              GmsException.Kind.PAYLOAD_TOO_LARGE,
              shownName
                  + " is larger than "
                  + most
                  + " bytes, the most accepted for a PGx result: send only the pharmacogene"
                  + " regions (e.g. bcftools view -R with the positions of docs/pgx.md).");
        }
        out.write(buffer, 0, n);
      }
      if (total == 0) {
        throw new GmsException("The request body is empty: send the VCF as the body.");
      }
    }
    try (InputStream stored = Files.newInputStream(file)) {
      VcfUploadCheck.check(stored, shownName, limits);
    }
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
    Patient patient = patients.find(nhs).orElseThrow(() -> JdbcPgxResults.unknownPatient(nhs));
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
