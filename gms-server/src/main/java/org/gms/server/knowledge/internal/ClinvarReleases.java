package org.gms.server.knowledge.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.gms.genomics.GenomicsException;
import org.gms.genomics.annotation.ClinvarVcf;
import org.gms.server.GmsException;
import org.gms.server.analysis.VariantKeys;

/**
 * Reads a ClinVar GRCh38 VCF release into assertions keyed by the platform's normalised variant
 * key, counting what could not be keyed (no ALT, symbolic or IUPAC alleles) and how indels were
 * normalised; a GRCh37 release is refused with the file to import instead.
 */
final class ClinvarReleases {

  private ClinvarReleases() {}

  record Assertion(
      String key, String gene, String variationId, String significance, String reviewStatus) {}

  record Release(
      String fileDate, List<Assertion> assertions, int skipped, int leftAligned, int trimmedOnly) {
    String label(Path file) {
      if (fileDate != null) {
        return fileDate;
      }
      String date = KnowledgeFiles.dateInName(file);
      return date != null ? date : file.getFileName().toString();
    }
  }

  static Release read(VariantKeys keys, Path vcf, Consumer<String> progress) {
    List<Assertion> assertions = new ArrayList<>();
    String[] fileDate = {null};
    int[] skipped = {0};
    int[] leftAligned = {0};
    int[] trimmedOnly = {0};
    try {
      ClinvarVcf.of(vcf)
          .requireHeader()
          .onMeta(
              text -> {
                if (text.startsWith("##fileDate=")) {
                  fileDate[0] = isoDate(text.substring("##fileDate=".length()).strip());
                }
                if (text.startsWith("##reference=") && text.contains("37")) {
                  throw new GmsException(
                      vcf
                          + " is a GRCh37 ClinVar release ("
                          + text
                          + "); the platform records GRCh38 variants: import ClinVar's GRCh38"
                          + " VCF.");
                }
              })
          .onProgress(lines -> progress.accept(lines + " lines read"))
          .eachAllele(
              clinvar -> {
                String key;
                try {
                  key =
                      keys.grch38(clinvar.chrom(), clinvar.position(), clinvar.ref(), clinvar.alt())
                          .toString();
                } catch (IllegalArgumentException e) {
                  skipped[0]++; // no ALT ('.'), symbolic or IUPAC alleles: not a sequence variant
                  return;
                }
                if (clinvar.isIndelOrMultiBase()) {
                  if (keys.covers(clinvar.chrom(), clinvar.position())) {
                    leftAligned[0]++;
                  } else {
                    trimmedOnly[0]++;
                  }
                }
                String review = ClinvarVcf.ClassifiedAllele.readable(clinvar.reviewStatus());
                assertions.add(
                    new Assertion(
                        key,
                        clinvar.gene(),
                        clinvar.variationId(),
                        ClinvarVcf.ClassifiedAllele.readable(clinvar.significance()),
                        review == null ? "" : review));
              });
    } catch (GenomicsException e) {
      throw new GmsException(e.getMessage());
    }
    return new Release(fileDate[0], assertions, skipped[0], leftAligned[0], trimmedOnly[0]);
  }

  /** ClinVar's ##fileDate as an ISO date when written as yyyyMMdd, otherwise as written. */
  private static String isoDate(String fileDate) {
    return fileDate.matches("\\d{8}")
        ? fileDate.substring(0, 4) + "-" + fileDate.substring(4, 6) + "-" + fileDate.substring(6)
        : fileDate;
  }
}
