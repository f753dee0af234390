package org.gms.genomics.cancer.input;

import java.util.Objects;

/**
 * A gene fusion as {@code 5' gene::3' gene} (HGNC notation, as CIViC writes it).
 *
 * @param supportingReads split/spanning reads, or -1 when unknown
 * @param oriented whether the input says which partner is 5' (fusion callers do; a VCF breakend
 *     pair does not, and then knowledge for either order applies)
 */
public record Fusion(
    String fivePrime, String threePrime, int supportingReads, String source, boolean oriented) {

  public Fusion {
    Objects.requireNonNull(fivePrime, "fivePrime");
    Objects.requireNonNull(threePrime, "threePrime");
  }

  /** A fusion whose 5' and 3' partners are known. */
  public Fusion(String fivePrime, String threePrime, int supportingReads, String source) {
    this(fivePrime, threePrime, supportingReads, source, true);
  }

  public String name() {
    return fivePrime + "::" + threePrime;
  }
}
