package org.gms.genomics.cancer.oncogenicity;

import java.util.Objects;

/** One code applied to a variant, with its points and why it applies. */
public record OncogenicityEvidence(OncogenicityCode code, int points, String reason) {

  public OncogenicityEvidence {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(reason, "reason");
  }

  /** The code at its default strength. */
  public static OncogenicityEvidence of(OncogenicityCode code, String reason) {
    return new OncogenicityEvidence(code, code.points(), reason);
  }
}
