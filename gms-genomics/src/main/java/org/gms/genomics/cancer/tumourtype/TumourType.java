package org.gms.genomics.cancer.tumourtype;

import java.util.Objects;

/**
 * A resolved tumour type.
 *
 * @param given the code as the user gave it
 * @param oncotreeCode the OncoTree code, or empty (a DOID without an OncoTree node, or any solid
 *     tumour)
 * @param name the OncoTree or Disease Ontology name
 * @param doid the Disease Ontology id ({@code DOID:3908}) used to match CIViC evidence, or empty
 * @param haematological whether it is a myeloid or lymphoid neoplasm (solid-tumour evidence does
 *     not apply)
 */
public record TumourType(
    String given, String oncotreeCode, String name, String doid, boolean haematological) {

  public TumourType {
    Objects.requireNonNull(given, "given");
    Objects.requireNonNull(oncotreeCode, "oncotreeCode");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(doid, "doid");
  }
}
