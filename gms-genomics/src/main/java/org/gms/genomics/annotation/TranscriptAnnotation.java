package org.gms.genomics.annotation;

import java.util.List;

/**
 * The effect of one allele on one transcript (or, for intergenic alleles, on none).
 *
 * @param gene HGNC gene symbol, null for intergenic
 * @param hgncId HGNC id, or null
 * @param transcript transcript accession, null for intergenic
 * @param maneSelect whether the transcript is the gene's MANE Select
 * @param consequences Sequence Ontology terms, most severe first
 * @param exon exon number(s) hit over the exon count, e.g. {@code 3/23} or {@code 3-5/23}, or null
 * @param intron intron number(s) hit over the intron count, or null
 * @param hgvsc HGVS c. (coding) or n. (non-coding) description with transcript accession, or null
 * @param hgvsp HGVS p. description with protein accession, or null when the protein is untouched
 */
public record TranscriptAnnotation(
    String gene,
    String hgncId,
    String transcript,
    boolean maneSelect,
    List<Consequence> consequences,
    String exon,
    String intron,
    String hgvsc,
    String hgvsp) {

  public TranscriptAnnotation {
    consequences = List.copyOf(consequences);
    if (consequences.isEmpty()) {
      throw new IllegalArgumentException("An annotation needs at least one consequence");
    }
  }

  public Consequence mostSevere() {
    return consequences.get(0);
  }
}
