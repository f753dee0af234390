package org.gms.genomics.transcript;

import java.util.List;
import java.util.Objects;

/**
 * One transcript model. Exons are listed in transcript order (5' to 3': ascending on the plus
 * strand, descending on the minus strand) and never overlap. All genomic coordinates are 1-based
 * and inclusive; cDNA positions are 1-based along the spliced transcript in its own orientation.
 *
 * @param id transcript accession, with version when the source gives one
 * @param proteinId accession of the encoded protein, or null (non-coding, or not in the source)
 * @param gene the gene
 * @param contig contig name as the source spells it (compare with {@code ContigName})
 * @param strand contig strand of the transcript
 * @param exons exons in transcript order
 * @param coding coding region, or null for non-coding transcripts
 * @param biotype source biotype, for example {@code protein_coding} or {@code lncRNA}
 * @param maneSelect whether this is the gene's MANE Select transcript
 */
public record Transcript(
    Accession id,
    Accession proteinId,
    Gene gene,
    String contig,
    Strand strand,
    List<Exon> exons,
    CodingRegion coding,
    String biotype,
    boolean maneSelect) {

  public Transcript {
    Objects.requireNonNull(id, "transcript id");
    Objects.requireNonNull(gene, "gene of " + id);
    Objects.requireNonNull(strand, "strand of " + id);
    if (contig == null || contig.isBlank()) {
      throw new IllegalArgumentException("Transcript " + id + " needs a contig");
    }
    exons = List.copyOf(exons);
    if (exons.isEmpty()) {
      throw new IllegalArgumentException("Transcript " + id + " has no exons");
    }
    for (int i = 1; i < exons.size(); i++) {
      Exon previous = exons.get(i - 1);
      Exon next = exons.get(i);
      boolean ordered =
          strand == Strand.PLUS ? next.start() > previous.end() : next.end() < previous.start();
      if (!ordered) {
        throw new IllegalArgumentException(
            "Transcript "
                + id
                + " has overlapping or unordered exons "
                + previous
                + " and "
                + next
                + " (exons must be in transcript order and must not overlap)");
      }
    }
    if (coding != null
        && (locateExon(exons, coding.start()) < 0 || locateExon(exons, coding.end()) < 0)) {
      throw new IllegalArgumentException(
          "Transcript "
              + id
              + ": coding region "
              + coding.start()
              + "-"
              + coding.end()
              + " does not start and end inside exons");
    }
    biotype = biotype == null || biotype.isBlank() ? "unknown" : biotype;
  }

  public boolean isCoding() {
    return coding != null;
  }

  /** Lowest genomic position of the transcript. */
  public long start() {
    return strand == Strand.PLUS ? exons.get(0).start() : exons.get(exons.size() - 1).start();
  }

  /** Highest genomic position of the transcript. */
  public long end() {
    return strand == Strand.PLUS ? exons.get(exons.size() - 1).end() : exons.get(0).end();
  }

  public int cdnaLength() {
    int length = 0;
    for (Exon exon : exons) {
      length += exon.length();
    }
    return length;
  }

  /** Index (0-based, transcript order) of the exon holding the position, or -1. */
  public int exonIndexAt(long position) {
    return locateExon(exons, position);
  }

  /**
   * Index (0-based, transcript order) of the intron holding the position, or -1. Intron {@code i}
   * lies between exons {@code i} and {@code i + 1}.
   */
  public int intronIndexAt(long position) {
    for (int i = 0; i + 1 < exons.size(); i++) {
      if (position >= intronStart(i) && position <= intronEnd(i)) {
        return i;
      }
    }
    return -1;
  }

  /** Lowest genomic position of intron {@code i}. */
  public long intronStart(int i) {
    return strand == Strand.PLUS ? exons.get(i).end() + 1 : exons.get(i + 1).end() + 1;
  }

  /** Highest genomic position of intron {@code i}. */
  public long intronEnd(int i) {
    return strand == Strand.PLUS ? exons.get(i + 1).start() - 1 : exons.get(i).start() - 1;
  }

  /** cDNA position of the first (5') base of exon {@code i}. */
  public int exonCdnaStart(int i) {
    int position = 1;
    for (int k = 0; k < i; k++) {
      position += exons.get(k).length();
    }
    return position;
  }

  /**
   * The genomic position as HGVS counts it along this transcript: cDNA position plus intron offset,
   * or a position beyond the cDNA ends for flanking bases.
   */
  public CdnaCoordinate locate(long position) {
    int cdnaBefore = 0;
    for (int i = 0; i < exons.size(); i++) {
      Exon exon = exons.get(i);
      if (exon.contains(position)) {
        int intoExon =
            (int) (strand == Strand.PLUS ? position - exon.start() : exon.end() - position);
        return new CdnaCoordinate(cdnaBefore + intoExon + 1, 0);
      }
      boolean beforeThisExon =
          strand == Strand.PLUS ? position < exon.start() : position > exon.end();
      if (beforeThisExon) {
        int toThisExon =
            (int) (strand == Strand.PLUS ? exon.start() - position : position - exon.end());
        if (i == 0) {
          return new CdnaCoordinate(1 - toThisExon, 0);
        }
        Exon previous = exons.get(i - 1);
        int fromPrevious =
            (int) (strand == Strand.PLUS ? position - previous.end() : previous.start() - position);
        return fromPrevious <= toThisExon
            ? new CdnaCoordinate(cdnaBefore, fromPrevious)
            : new CdnaCoordinate(cdnaBefore + 1, -toThisExon);
      }
      cdnaBefore += exon.length();
    }
    Exon last = exons.get(exons.size() - 1);
    int beyond = (int) (strand == Strand.PLUS ? position - last.end() : last.start() - position);
    return new CdnaCoordinate(cdnaBefore + beyond, 0);
  }

  /** The genomic position of a cDNA position (1 to {@link #cdnaLength()}). */
  public long genomicPosition(int cdna) {
    int remaining = cdna;
    for (Exon exon : exons) {
      if (remaining <= exon.length()) {
        return strand == Strand.PLUS ? exon.start() + remaining - 1 : exon.end() - remaining + 1;
      }
      remaining -= exon.length();
    }
    throw new IllegalArgumentException(
        "cDNA position " + cdna + " is beyond transcript " + id + " (" + cdnaLength() + " bp)");
  }

  /** cDNA position of the first coding base (5' end of the coding region), or 0 if non-coding. */
  public int cdsStartCdna() {
    if (coding == null) {
      return 0;
    }
    return locate(strand == Strand.PLUS ? coding.start() : coding.end()).position();
  }

  /** cDNA position of the last coding base (3' end, stop codon included), or 0 if non-coding. */
  public int cdsEndCdna() {
    if (coding == null) {
      return 0;
    }
    return locate(strand == Strand.PLUS ? coding.end() : coding.start()).position();
  }

  public Transcript withGene(Gene newGene) {
    return new Transcript(
        id, proteinId, newGene, contig, strand, exons, coding, biotype, maneSelect);
  }

  public Transcript withProteinId(Accession newProteinId) {
    return new Transcript(
        id, newProteinId, gene, contig, strand, exons, coding, biotype, maneSelect);
  }

  public Transcript withManeSelect(boolean mane) {
    return new Transcript(id, proteinId, gene, contig, strand, exons, coding, biotype, mane);
  }

  private static int locateExon(List<Exon> exons, long position) {
    for (int i = 0; i < exons.size(); i++) {
      if (exons.get(i).contains(position)) {
        return i;
      }
    }
    return -1;
  }
}
