package org.gms.genomics.annotation;

import java.util.List;

/** What an annotation of a VCF did so far; counters shared by the workers. */
final class AnnotationCounts {
  long records; // reading thread only
  private long annotated;
  private long notSequence;
  private long flagged;

  synchronized void addAnnotated(List<String> flags) {
    annotated++;
    if (!flags.isEmpty()) {
      flagged++;
    }
  }

  synchronized void addNotSequence() {
    notSequence++;
  }

  synchronized long annotated() {
    return annotated;
  }

  synchronized VcfAnnotation.Summary summary() {
    return new VcfAnnotation.Summary(records, annotated, notSequence, flagged);
  }
}
