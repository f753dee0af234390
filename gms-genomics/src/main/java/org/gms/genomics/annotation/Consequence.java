package org.gms.genomics.annotation;

/**
 * Sequence Ontology consequence terms, declared from most to least severe in the order Ensembl VEP
 * ranks them, so {@link #compareTo} orders by severity.
 */
public enum Consequence {
  TRANSCRIPT_ABLATION("transcript_ablation", "SO:0001893", Impact.HIGH),
  SPLICE_ACCEPTOR_VARIANT("splice_acceptor_variant", "SO:0001574", Impact.HIGH),
  SPLICE_DONOR_VARIANT("splice_donor_variant", "SO:0001575", Impact.HIGH),
  STOP_GAINED("stop_gained", "SO:0001587", Impact.HIGH),
  FRAMESHIFT_VARIANT("frameshift_variant", "SO:0001589", Impact.HIGH),
  STOP_LOST("stop_lost", "SO:0001578", Impact.HIGH),
  START_LOST("start_lost", "SO:0002012", Impact.HIGH),
  INFRAME_INSERTION("inframe_insertion", "SO:0001821", Impact.MODERATE),
  INFRAME_DELETION("inframe_deletion", "SO:0001822", Impact.MODERATE),
  MISSENSE_VARIANT("missense_variant", "SO:0001583", Impact.MODERATE),
  SPLICE_REGION_VARIANT("splice_region_variant", "SO:0001630", Impact.LOW),
  START_RETAINED_VARIANT("start_retained_variant", "SO:0002019", Impact.LOW),
  STOP_RETAINED_VARIANT("stop_retained_variant", "SO:0001567", Impact.LOW),
  SYNONYMOUS_VARIANT("synonymous_variant", "SO:0001819", Impact.LOW),
  CODING_SEQUENCE_VARIANT("coding_sequence_variant", "SO:0001580", Impact.MODIFIER),
  FIVE_PRIME_UTR_VARIANT("5_prime_UTR_variant", "SO:0001623", Impact.MODIFIER),
  THREE_PRIME_UTR_VARIANT("3_prime_UTR_variant", "SO:0001624", Impact.MODIFIER),
  NON_CODING_TRANSCRIPT_EXON_VARIANT(
      "non_coding_transcript_exon_variant", "SO:0001792", Impact.MODIFIER),
  INTRON_VARIANT("intron_variant", "SO:0001627", Impact.MODIFIER),
  NMD_TRANSCRIPT_VARIANT("NMD_transcript_variant", "SO:0001621", Impact.MODIFIER),
  NON_CODING_TRANSCRIPT_VARIANT("non_coding_transcript_variant", "SO:0001619", Impact.MODIFIER),
  UPSTREAM_GENE_VARIANT("upstream_gene_variant", "SO:0001631", Impact.MODIFIER),
  DOWNSTREAM_GENE_VARIANT("downstream_gene_variant", "SO:0001632", Impact.MODIFIER),
  INTERGENIC_VARIANT("intergenic_variant", "SO:0001628", Impact.MODIFIER);

  /** The VEP impact class of a term. */
  public enum Impact {
    HIGH,
    MODERATE,
    LOW,
    MODIFIER
  }

  private final String term;
  private final String soId;
  private final Impact impact;

  Consequence(String term, String soId, Impact impact) {
    this.term = term;
    this.soId = soId;
    this.impact = impact;
  }

  /** The Sequence Ontology term name, for example {@code missense_variant}. */
  public String term() {
    return term;
  }

  /** The Sequence Ontology id, for example {@code SO:0001583}. */
  public String soId() {
    return soId;
  }

  public Impact impact() {
    return impact;
  }

  @Override
  public String toString() {
    return term;
  }
}
