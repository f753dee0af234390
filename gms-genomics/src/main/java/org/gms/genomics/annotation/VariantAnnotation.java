package org.gms.genomics.annotation;

import java.util.List;
import java.util.Optional;
import org.gms.genomics.variant.SequenceVariant;

/**
 * Everything known about one input allele: its effect on each transcript within reach, and its
 * ClinVar classification.
 *
 * @param variant the allele as given (VCF convention)
 * @param id the input's identifier (VCF ID column), or null
 * @param annotations one entry per transcript, MANE Select first; a single intergenic entry when no
 *     transcript is within reach
 * @param clinvar ClinVar classification of this exact allele, or null
 */
public record VariantAnnotation(
    SequenceVariant variant,
    String id,
    List<TranscriptAnnotation> annotations,
    ClinvarAssertion clinvar) {

  public VariantAnnotation {
    annotations = List.copyOf(annotations);
  }

  /** The annotation for a transcript accession (with or without version). */
  public Optional<TranscriptAnnotation> forTranscript(String accession) {
    for (TranscriptAnnotation annotation : annotations) {
      String transcript = annotation.transcript();
      if (transcript != null
          && (transcript.equals(accession) || transcript.startsWith(accession + "."))) {
        return Optional.of(annotation);
      }
    }
    return Optional.empty();
  }
}
