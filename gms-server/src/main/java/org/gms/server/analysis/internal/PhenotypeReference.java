package org.gms.server.analysis.internal;

import org.gms.genomics.phenotype.PhenotypeKnowledge;
import org.springframework.stereotype.Component;

/** The bundled HPO and its gene annotations, loaded once on first use. */
@Component
class PhenotypeReference {

  private PhenotypeKnowledge knowledge;

  synchronized PhenotypeKnowledge get() {
    if (knowledge == null) {
      knowledge = PhenotypeKnowledge.bundled();
    }
    return knowledge;
  }
}
