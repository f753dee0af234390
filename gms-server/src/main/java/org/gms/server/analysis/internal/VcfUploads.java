package org.gms.server.analysis.internal;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import org.gms.genomics.GenomicsException;
import org.gms.server.GmsException;
import org.gms.server.UploadLimits;
import org.gms.server.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * VCFs uploaded for analyses: named, checked against the {@link UploadLimits} as they stream in,
 * their samples read, and swept away when no run has used them for a while.
 */
@Component
class VcfUploads {

  private static final Logger LOG = LoggerFactory.getLogger(VcfUploads.class);

  private final AnalysisFiles files;
  private final UploadLimits limits;
  private final JdbcClient jdbc;
  private final AuditLog audit;

  VcfUploads(AnalysisFiles files, UploadLimits limits, JdbcClient jdbc, AuditLog audit) {
    this.files = files;
    this.limits = limits;
    this.jdbc = jdbc;
    this.audit = audit;
  }

  String store(InputStream vcf, String fileName) {
    String shown = shownName(fileName);
    String lower = shown.toLowerCase(Locale.ROOT);
    if (!lower.endsWith(".vcf") && !lower.endsWith(".vcf.gz")) {
      throw new GmsException("The file name must end in .vcf or .vcf.gz; got '" + shown + "'.");
    }
    sweep();
    String name = files.store(vcf, shown, lower.endsWith(".vcf.gz") ? ".vcf.gz" : ".vcf", limits);
    try {
      files.samples(files.resolve(name));
    } catch (GenomicsException | GmsException e) {
      files.discard(name);
      Path stored = files.root().resolve(name);
      throw new GmsException(
          shown
              + ": "
              + String.valueOf(e.getMessage())
                  .replace(stored.toString(), shown)
                  .replace(files.root().toString(), "…"));
    }
    audit.record("create", "vcf", name, shown);
    return name;
  }

  /** Deletes partial uploads and uploads no run has used within the configured time. */
  int sweep() {
    int deleted =
        files.sweep(
            limits.staleAfter(),
            name ->
                jdbc.sql("SELECT count(*) FROM analysis_run WHERE vcf = :name")
                        .param("name", name)
                        .query(Long.class)
                        .single()
                    > 0);
    if (deleted > 0) {
      LOG.info("Deleted {} stale or partial VCF uploads", deleted);
    }
    return deleted;
  }

  /** The name as the client sent it, without directories or control characters. */
  static String shownName(String fileName) {
    String name = fileName == null ? "" : fileName;
    if (name.indexOf('\0') >= 0) {
      throw new GmsException("filename contains a NUL byte; send the file's plain name.");
    }
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    return name.replaceAll("\\p{Cntrl}", "").strip();
  }
}
