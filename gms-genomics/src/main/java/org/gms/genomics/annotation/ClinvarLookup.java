package org.gms.genomics.annotation;

import java.nio.file.Path;
import java.util.Optional;
import org.gms.genomics.variant.SequenceVariant;

/**
 * ClinVar classifications by allele. Alleles are compared after trimming the bases REF and ALT
 * share (so padding bases do not matter); both sides are expected left-aligned, as ClinVar's VCF is
 * and as the variant normaliser makes input VCFs.
 */
public interface ClinvarLookup {

  Optional<ClinvarAssertion> find(SequenceVariant variant);

  /** How many alleles the lookup knows. */
  int size();

  static ClinvarLookup none() {
    return ClinvarVcfIndex.EMPTY;
  }

  /**
   * Reads ClinVar's VCF release ({@code clinvar.vcf.gz}, GRCh37 or GRCh38): CHROM, POS, ID, REF,
   * ALT and the INFO fields CLNSIG and CLNREVSTAT. Records without CLNSIG are left out.
   */
  static ClinvarLookup readVcf(Path clinvarVcf) {
    return ClinvarVcfIndex.read(clinvarVcf);
  }
}
