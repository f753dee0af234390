package org.gms.genomics.cancer.oncogenicity;

import java.util.List;

/** The class a classifier gave, the points summed, the codes, and the guideline's name. */
public record Oncogenicity(
    OncogenicityClass oncogenicityClass,
    int points,
    List<OncogenicityEvidence> codes,
    String guideline) {
  public Oncogenicity {
    codes = List.copyOf(codes);
  }
}
