package org.gms.genomics.transcript;

/**
 * Known bases of one transcript, in transcript orientation: the whole cDNA, or only its coding part
 * for CDS FASTA files.
 *
 * @param id the transcript accession the sequence file names
 * @param firstCdna cDNA position of the first base held (1 for a whole cDNA)
 * @param bases upper-case bases from {@code firstCdna} on
 * @param cdsStart cDNA position of the first coding base the file declares, or 0
 * @param cdsEnd cDNA position of the last coding base (stop codon included), or 0
 */
public record CdnaSequence(Accession id, int firstCdna, String bases, int cdsStart, int cdsEnd) {

  public CdnaSequence {
    if (firstCdna < 1) {
      throw new IllegalArgumentException("cDNA positions are 1-based; got " + firstCdna);
    }
    if (bases == null || bases.isEmpty()) {
      throw new IllegalArgumentException("Sequence of " + id + " is empty");
    }
  }

  public int lastCdna() {
    return firstCdna + bases.length() - 1;
  }

  public boolean covers(int from, int to) {
    return from >= firstCdna && to <= lastCdna() && from <= to + 1;
  }

  /**
   * Bases from {@code from} to {@code to} (cDNA positions, inclusive); requires {@link #covers}.
   */
  public String bases(int from, int to) {
    return bases.substring(from - firstCdna, to - firstCdna + 1);
  }

  public char baseAt(int cdna) {
    return bases.charAt(cdna - firstCdna);
  }
}
