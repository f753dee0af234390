package org.gms.genomics.transcript;

/**
 * One MANE transcript pair from the MANE summary: the Ensembl and RefSeq accessions that describe
 * the same transcript and protein.
 *
 * @param symbol HGNC gene symbol
 * @param hgncId HGNC gene id, or null
 * @param ensemblTranscript Ensembl transcript, versioned
 * @param ensemblProtein Ensembl protein, versioned; null for non-coding transcripts
 * @param refseqTranscript RefSeq transcript, versioned
 * @param refseqProtein RefSeq protein, versioned; null for non-coding transcripts
 * @param select true for MANE Select, false for MANE Plus Clinical
 */
public record ManeEntry(
    String symbol,
    HgncId hgncId,
    Accession ensemblTranscript,
    Accession ensemblProtein,
    Accession refseqTranscript,
    Accession refseqProtein,
    boolean select) {

  /** Whether the transcript accession is this pair's Ensembl or RefSeq transcript. */
  public boolean names(Accession transcript) {
    return ensemblTranscript.matches(transcript) || refseqTranscript.matches(transcript);
  }

  /** The protein from the same source as the given transcript accession, or null. */
  public Accession proteinFor(Accession transcript) {
    return ensemblTranscript.matches(transcript) ? ensemblProtein : refseqProtein;
  }
}
