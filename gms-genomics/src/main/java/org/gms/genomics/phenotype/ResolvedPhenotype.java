package org.gms.genomics.phenotype;

import java.util.List;

/**
 * A patient phenotype mapped onto the current ontology, with notes saying which ids were mapped
 * (alt_id, replaced_by, consider) or left out, for the user to see.
 */
public record ResolvedPhenotype(PatientPhenotype phenotype, List<String> notes) {

  public ResolvedPhenotype {
    if (phenotype == null) {
      throw new IllegalArgumentException("A resolved phenotype needs the phenotype");
    }
    notes = List.copyOf(notes);
  }
}
