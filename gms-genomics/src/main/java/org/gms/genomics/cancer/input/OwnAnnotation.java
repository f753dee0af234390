package org.gms.genomics.cancer.input;

import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gms.genomics.GenomicsException;
import org.gms.genomics.annotation.Annotator;
import org.gms.genomics.annotation.TranscriptAnnotation;
import org.gms.genomics.annotation.VariantAnnotation;
import org.gms.genomics.transcript.Accession;
import org.gms.genomics.transcript.GeneCatalog;
import org.gms.genomics.transcript.ManeEntry;
import org.gms.genomics.variant.SequenceVariant;
import org.gms.genomics.variant.VcfRecord;

/**
 * GMS's own annotation of a tumour VCF allele that carries neither VEP {@code CSQ} nor snpEff
 * {@code ANN}: the project's {@link Annotator} over the configured transcript models, one
 * transcript per allele, as VEP's {@code --pick} would choose it: the MANE Select transcript when
 * one is hit, then the transcript whose accession is MANE Select at another version (models older
 * or newer than the bundled MANE v1.4), otherwise the transcript with the most severe consequence
 * (then by gene and accession, the annotator's order).
 */
final class OwnAnnotation {

  private OwnAnnotation() {}

  /**
   * The annotation entry of one allele (VCF convention, padding base included), or empty when the
   * allele lies in no transcript's reach (intergenic).
   */
  static Optional<VcfAnnotationFormat.Entry> entry(
      Annotator annotator, String contig, long position, String ref, String alt) {
    VariantAnnotation a = annotator.annotate(SequenceVariant.of(contig, position, ref, alt));
    return a.annotations().stream()
        .filter(t -> t.gene() != null && t.transcript() != null)
        .min(
            Comparator.comparing((TranscriptAnnotation t) -> !t.maneSelect())
                .thenComparing(t -> !maneAtAnotherVersion(t.transcript()))
                .thenComparing(t -> t.mostSevere().ordinal()))
        .map(
            t ->
                new VcfAnnotationFormat.Entry(
                    t.gene(),
                    t.consequences().stream().map(c -> c.term()).collect(Collectors.joining("&")),
                    t.hgvsp() == null ? "" : t.hgvsp(),
                    t.hgvsc() == null ? "" : t.hgvsc(),
                    t.exon() == null ? "" : t.exon(),
                    "",
                    "",
                    Double.NaN));
  }

  private static boolean maneAtAnotherVersion(String transcript) {
    int dot = transcript.indexOf('.');
    Accession base = Accession.parse(dot < 0 ? transcript : transcript.substring(0, dot));
    return GeneCatalog.bundled().mane(base).filter(ManeEntry::select).isPresent();
  }

  /**
   * The error for a VCF with neither {@code CSQ} nor {@code ANN} when no transcript models are
   * given and no other reading applies: where, and what to give.
   */
  static GenomicsException notAnnotated(String file, VcfRecord record, String build) {
    return new GenomicsException(
        file
            + ", line "
            + record.lineNumber()
            + ": the VCF has neither VEP CSQ nor snpEff ANN annotation and no transcript models"
            + " were given"
            + (build.isEmpty() ? " (and its genome build is not declared)" : " (" + build + ")")
            + ": give GMS transcript models of the VCF's build (./gms somatic --transcripts"
            + " GTF|GFF3 --build "
            + (build.isEmpty() ? "GRCh37|GRCh38" : build)
            + ", with --transcript-sequences or --reference), or annotate the VCF with VEP or"
            + " snpEff first");
  }
}
