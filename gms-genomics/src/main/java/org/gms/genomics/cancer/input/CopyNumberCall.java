package org.gms.genomics.cancer.input;

import java.util.Objects;

/**
 * A gene-level copy-number change: from a discrete call (GISTIC/cBioPortal {@code data_CNA}: -2
 * deep deletion, 2 amplification) or a segment covering the gene.
 *
 * @param totalCopies total copy number when the input has it, or -1
 */
public record CopyNumberCall(String gene, Kind kind, int totalCopies, String source) {

  /** The two changes the knowledge speaks about. */
  public enum Kind {
    AMPLIFICATION,
    DEEP_DELETION
  }

  public CopyNumberCall {
    Objects.requireNonNull(gene, "gene");
    Objects.requireNonNull(kind, "kind");
  }
}
