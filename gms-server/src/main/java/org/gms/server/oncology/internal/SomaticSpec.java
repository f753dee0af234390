package org.gms.server.oncology.internal;

import org.gms.server.GmsException;

/**
 * What a somatic run reads, captured when it is queued. File names are relative to the somatic
 * upload directory.
 *
 * @param tumourVcf the tumour (or tumour-normal) VCF, or null when a MAF is given
 * @param tumourSampleName the VCF's tumour sample, or null for the file's only/first sample
 * @param normalSampleName the VCF's normal sample for a tumour-normal pair, or null
 * @param maf a MAF of the tumour, or null
 * @param cna copy-number segments or gene calls, or null
 * @param fusions fusion calls, or null
 * @param targetMb the size of the sequenced territory for TMB, or null when unknown
 */
record SomaticSpec(
    String tumourVcf,
    String tumourSampleName,
    String normalSampleName,
    String maf,
    String cna,
    String fusions,
    Double targetMb,
    String oncotreeCode) {

  SomaticSpec {
    if ((tumourVcf == null) == (maf == null)) {
      throw GmsException.atField(
          "vcf", "Give either a tumour VCF or a MAF (one of them, not both).");
    }
    if (targetMb != null && (targetMb <= 0 || targetMb > 4000)) {
      throw GmsException.atField(
          "targetMb",
          "The territory for TMB is in megabases, more than 0 and at most 4000: " + targetMb);
    }
  }
}
