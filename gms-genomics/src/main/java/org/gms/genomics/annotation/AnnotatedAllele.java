package org.gms.genomics.annotation;

import java.util.List;

/**
 * One ALT allele of a VCF record: annotated, with what the annotation could not rely on (flags), or
 * (symbolic, breakend, '*') not annotated and why.
 */
record AnnotatedAllele(
    VariantAnnotation annotation, List<String> flags, NotAnnotated notAnnotated) {

  static AnnotatedAllele of(VariantAnnotation annotation, List<String> flags) {
    return new AnnotatedAllele(annotation, flags, null);
  }

  static AnnotatedAllele not(NotAnnotated allele) {
    return new AnnotatedAllele(null, List.of(allele.reason().flag()), allele);
  }
}
