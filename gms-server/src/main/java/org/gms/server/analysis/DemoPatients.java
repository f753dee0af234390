package org.gms.server.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gms.server.account.DemoAccounts;
import org.gms.server.account.Role;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.Patient;
import org.gms.server.record.PatientAccess;
import org.gms.server.record.Patients;
import org.gms.server.record.Sex;

/**
 * The demo patients {@code ./gms demo} registers, each with the pharmacogenomic result of a real
 * example VCF (the reference tool's examples, bundled): NHS numbers in the 999 range, which the NHS
 * does not issue, with valid check digits.
 */
public final class DemoPatients {

  /**
   * A demo patient and the bundled VCF their result comes from.
   *
   * @param about what their result shows, for people trying the demo
   */
  public record DemoPatient(Patient patient, String vcfResource, String about) {}

  public static final List<DemoPatient> ALL =
      List.of(
          new DemoPatient(
              new Patient(
                  new NhsNumber("9990000018"),
                  "Paula Poor-Metaboliser",
                  LocalDate.of(1961, 3, 14),
                  Sex.FEMALE),
              "pharmcat.example2.vcf.gz",
              "CYP2C19 *2/*2 Poor Metabolizer: clopidogrel, citalopram, voriconazole give cards"),
          new DemoPatient(
              new Patient(
                  new NhsNumber("9990000026"),
                  "Norman Normal-Metaboliser",
                  LocalDate.of(1975, 9, 2),
                  Sex.MALE),
              "pharmcat.example.vcf.gz",
              "CYP2C19 *38/*38 Normal Metabolizer: clopidogrel gives no card"));

  private DemoPatients() {}

  /**
   * Registers the demo patients and stores their results, unless they are registered already, and
   * gives their care to the demo clinician's and scientist's organisations, so that the demo users
   * see them (docs/security.md).
   */
  public static void loadIfMissing(
      Patients patients, PharmacogenomicUploads uploads, PatientAccess access) {
    loadIfMissing(patients, uploads);
    for (DemoPatient demo : ALL) {
      for (DemoAccounts.DemoAccount user : DemoAccounts.ALL) {
        if (user.account().has(Role.CLINICIAN) || user.account().has(Role.LABORATORY_SCIENTIST)) {
          access.recordCare(
              demo.patient().nhsNumber(), user.account().organisation(), "demo patient");
        }
      }
    }
  }

  /**
   * Registers the demo patients and stores their results, unless they are registered already. No
   * organisation cares for them: users see them only once their organisation orders a test for them
   * (decision support at prescribing reads them whoever asks).
   */
  public static void loadIfMissing(Patients patients, PharmacogenomicUploads uploads) {
    for (DemoPatient demo : ALL) {
      if (patients.find(demo.patient().nhsNumber()).isPresent()) {
        continue;
      }
      patients.register(demo.patient());
      Path vcf = extract(demo.vcfResource());
      try {
        uploads.analyseAndStore(
            demo.patient().nhsNumber(), vcf, Optional.empty(), demo.vcfResource());
      } finally {
        try {
          Files.deleteIfExists(vcf);
        } catch (IOException e) {
          vcf.toFile().deleteOnExit();
        }
      }
    }
  }

  private static Path extract(String resource) {
    try (InputStream in = DemoPatients.class.getResourceAsStream("demo/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("Bundled demo VCF " + resource + " is missing");
      }
      Path file = Files.createTempFile("gms-demo-", ".vcf.gz");
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
