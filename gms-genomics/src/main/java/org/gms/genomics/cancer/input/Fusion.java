package org.gms.genomics.cancer.input;

import java.util.Objects;

/**
 * A gene fusion as {@code 5' gene::3' gene} (HGNC notation, as CIViC writes it).
 *
 * @param supportingReads split/spanning reads, or -1 when unknown
 */
public record Fusion(String fivePrime, String threePrime, int supportingReads, String source) {

  public Fusion {
    Objects.requireNonNull(fivePrime, "fivePrime");
    Objects.requireNonNull(threePrime, "threePrime");
  }

  public String name() {
    return fivePrime + "::" + threePrime;
  }
}
