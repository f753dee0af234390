package org.gms.server.analysis.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.gms.genomics.GenomicsException;
import org.gms.server.GmsException;
import org.gms.server.UploadLimits;
import org.gms.server.VcfUploadCheck;
import org.gms.server.analysis.PharmacogenomicUploads;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.PatientAccess;
import org.gms.server.record.PgxResult;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/patients/{nhsNumber}/pgx}: a VCF uploaded for a patient, checked as every upload
 * is, analysed by {@link PharmacogenomicUploads} and stored in the patient's record (which answers
 * the reads of the same path).
 */
@RestController
@RequestMapping("/api/patients")
class PgxUploadController {

  /**
   * An uploaded VCF larger than this as sent is refused (a whole-genome VCF is not needed for PGx),
   * or {@code gms.upload.max-bytes} when that is lower.
   */
  static final long MAX_VCF_BYTES = 512L * 1024 * 1024;

  private final PharmacogenomicUploads uploads;
  private final UploadLimits limits;
  private final PatientAccess access;

  PgxUploadController(PharmacogenomicUploads uploads, UploadLimits limits, PatientAccess access) {
    this.uploads = uploads;
    this.limits = limits;
    this.access = access;
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
    NhsNumber nhs = new NhsNumber(nhsNumber);
    access.require(nhs); // before the body is read
    String shownName = filename.orElse("uploaded VCF");
    Path vcf = Files.createTempFile("gms-pgx-", ".vcf");
    try {
      copyChecked(request.getInputStream(), vcf, shownName);
      PgxResult result = uploads.analyseAndStore(nhs, vcf, sample, shownName);
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
}
