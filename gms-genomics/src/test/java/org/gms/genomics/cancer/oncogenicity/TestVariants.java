package org.gms.genomics.cancer.oncogenicity;

import org.gms.genomics.cancer.input.SomaticVariant;
import org.gms.genomics.cancer.input.SomaticVariant.InSilico;
import org.gms.genomics.cancer.input.VariantClass;

/** Somatic variants as the oncogenicity tests assess them: no reads, VAF or in-silico calls. */
final class TestVariants {

  private TestVariants() {}

  /** A variant of a gene at a place, with its class, protein change and population frequency. */
  static SomaticVariant variant(
      String gene,
      String chromosome,
      long position,
      String ref,
      String alt,
      VariantClass c,
      String protein,
      double populationFrequency) {
    return new SomaticVariant(
        gene,
        chromosome,
        position,
        ref,
        alt,
        c,
        protein,
        "",
        "",
        -1,
        -1,
        Double.NaN,
        populationFrequency,
        InSilico.UNKNOWN,
        "test");
  }
}
