package org.gms.genomics.annotation;

import java.util.ArrayList;
import java.util.List;
import org.gms.genomics.TranscriptData;
import org.gms.genomics.transcript.Transcript;
import org.gms.genomics.variant.SequenceVariant;

/**
 * One annotator over every shared transcript set (CellBase's 32 genes with cDNA and genome pieces,
 * Ensembl 84 chr21 with the VEP CDS file), built once for the table tests.
 */
final class AnnotatorFixture {

  private AnnotatorFixture() {}

  static Annotator annotator() {
    TranscriptData.cellbase(); // skips the test when the shared data is absent
    TranscriptData.chr21();
    return Holder.ANNOTATOR;
  }

  /** The annotation of a variant on one transcript (accession without version). */
  static TranscriptAnnotation on(
      String transcript, String contig, long pos, String ref, String alt) {
    return annotator()
        .annotate(SequenceVariant.of(contig, pos, blank(ref), blank(alt)))
        .forTranscript(transcript)
        .orElseThrow(() -> new AssertionError("no annotation on " + transcript));
  }

  private static String blank(String allele) {
    return allele == null ? "" : allele;
  }

  private static final class Holder {
    static final Annotator ANNOTATOR = build();

    private static Annotator build() {
      List<Transcript> transcripts = new ArrayList<>(TranscriptData.cellbase());
      transcripts.addAll(TranscriptData.chr21());
      return Annotator.builder(transcripts)
          .sequences(TranscriptData.cellbaseCdna().and(TranscriptData.chr21Cds()))
          .genome(TranscriptData.genome())
          .build();
    }
  }
}
