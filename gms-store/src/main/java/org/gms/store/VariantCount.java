package org.gms.store;

/** A variant and how many allowed individuals carry it with one and with two copies. */
public record VariantCount(Variant variant, String gene, int het, int hom) {

  public int carriers() {
    return het + hom;
  }

  /** Allele frequency among the allowed individuals (diploid), or 0 for none. */
  public double frequency(int allowed) {
    return allowed == 0 ? 0 : (het + 2.0 * hom) / (2.0 * allowed);
  }
}
