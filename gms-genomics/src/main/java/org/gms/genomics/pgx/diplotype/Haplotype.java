package org.gms.genomics.pgx.diplotype;

import java.util.List;

/**
 * What one gene copy was called as: normally one named allele; for DPYD with phased data, every
 * named allele found on that copy (reported as {@code [A + B]}).
 *
 * @param alleles the named alleles, by the names the definitions report them under
 */
public record Haplotype(List<String> alleles) {

  public Haplotype {
    alleles = List.copyOf(alleles);
    if (alleles.isEmpty()) {
      throw new IllegalArgumentException("A haplotype names at least one allele");
    }
  }

  public static Haplotype of(String allele) {
    return new Haplotype(List.of(allele));
  }

  /** The allele's name; a combination is {@code [A + B]}, as the reference tool writes it. */
  public String name() {
    return alleles.size() == 1 ? alleles.get(0) : "[" + String.join(" + ", alleles) + "]";
  }

  public boolean combination() {
    return alleles.size() > 1;
  }

  @Override
  public String toString() {
    return name();
  }
}
