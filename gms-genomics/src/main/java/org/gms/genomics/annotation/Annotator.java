package org.gms.genomics.annotation;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.gms.genomics.reference.ReferenceGenome;
import org.gms.genomics.transcript.Transcript;
import org.gms.genomics.transcript.TranscriptSequences;
import org.gms.genomics.variant.SequenceVariant;

/**
 * Annotates sequence variants against transcript models: consequences, exon/intron numbers, HGVS
 * descriptions and the ClinVar classification. Implementations are immutable and may be shared by
 * any number of threads.
 */
public interface Annotator {

  /**
   * Annotates one allele.
   *
   * @param variant the allele in VCF convention (a padding base, if any, is trimmed here)
   * @param id the input's identifier for the output (VCF ID), or null
   */
  VariantAnnotation annotate(SequenceVariant variant, String id);

  default VariantAnnotation annotate(SequenceVariant variant) {
    return annotate(variant, null);
  }

  /**
   * The joint protein effects of alleles known to lie on the same haplotype (phased {@code |}
   * genotypes of one phase set), one per transcript whose coding sequence two or more of them
   * change (see {@link JointEffect}); empty when no transcript has two.
   */
  default List<JointEffect> jointEffects(List<SequenceVariant> haplotype) {
    return List.of();
  }

  /**
   * The genomic span of the longest transcript, in bases: alleles further apart than this change no
   * transcript together (see {@link #jointEffects}).
   */
  default long longestTranscriptSpan() {
    return 0;
  }

  /** An annotator over these transcript models; add sequences and known variants as needed. */
  static Builder builder(Collection<Transcript> transcripts) {
    return new Builder(transcripts);
  }

  /** Collects what an {@link Annotator} reads. */
  final class Builder {
    private final List<Transcript> transcripts;
    private TranscriptSequences sequences = TranscriptSequences.none();
    private ReferenceGenome genome;
    private ClinvarLookup clinvar = ClinvarLookup.none();

    private Builder(Collection<Transcript> transcripts) {
      this.transcripts = List.copyOf(transcripts);
    }

    /** Transcript sequences (cDNA FASTA), preferred over the genome for exonic bases. */
    public Builder sequences(TranscriptSequences transcriptSequences) {
      this.sequences = Objects.requireNonNull(transcriptSequences);
      return this;
    }

    /**
     * The reference genome, for intronic 3' shifting and for transcripts without own sequence.
     * Without sequence, coding consequences that need codons fall back to {@code
     * coding_sequence_variant} and HGVS p. is left out.
     */
    public Builder genome(ReferenceGenome referenceGenome) {
      this.genome = referenceGenome;
      return this;
    }

    public Builder clinvar(ClinvarLookup lookup) {
      this.clinvar = Objects.requireNonNull(lookup);
      return this;
    }

    public Annotator build() {
      return new VepCompatibleAnnotator(transcripts, sequences, genome, clinvar);
    }
  }
}
