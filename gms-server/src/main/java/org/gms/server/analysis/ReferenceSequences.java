package org.gms.server.analysis;

import org.gms.genomics.reference.ReferenceGenome;

/** The GRCh38 reference sequence the analyses use (configured, or the bundled demonstration). */
public interface ReferenceSequences {

  /** The reference; regions it does not cover answer no bases. */
  ReferenceGenome reference();
}
