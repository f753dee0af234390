package org.gms.genomics.transcript;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The pieces of one transcript collected while reading a GTF or GFF3 file, in whatever order the
 * file lists them; {@link #build} checks them and makes the immutable {@link Transcript}.
 */
final class TranscriptDraft {

  private final Path file;
  private final long firstLine;
  private final List<long[]> exons = new ArrayList<>();
  private final List<long[]> cds = new ArrayList<>();
  private long stopLow = Long.MAX_VALUE;
  private long stopHigh = Long.MIN_VALUE;
  private String contig;
  private Strand strand;

  Accession id;
  Accession proteinId;
  String geneSymbol;
  String geneId;
  HgncId hgncId;
  String biotype;
  final Set<String> tags = new HashSet<>();

  TranscriptDraft(Path file, long firstLine) {
    this.file = file;
    this.firstLine = firstLine;
  }

  void place(String featureContig, Strand featureStrand, long line) {
    if (contig == null) {
      contig = featureContig;
      strand = featureStrand;
    } else if (!contig.equals(featureContig) || strand != featureStrand) {
      throw TranscriptFileException.at(
          file,
          line,
          "seqid/strand",
          "transcript "
              + id
              + " was placed on "
              + contig
              + " "
              + strand.symbol()
              + " but this feature is on "
              + featureContig
              + " "
              + featureStrand.symbol());
    }
  }

  void addExon(long start, long end) {
    exons.add(new long[] {start, end});
  }

  void addCds(long start, long end, int phase) {
    cds.add(new long[] {start, end, phase});
  }

  void addStopCodon(long start, long end) {
    stopLow = Math.min(stopLow, start);
    stopHigh = Math.max(stopHigh, end);
  }

  boolean hasExons() {
    return !exons.isEmpty();
  }

  /**
   * The transcript.
   *
   * @param stopCodonsListedSeparately true for GTF files whose CDS features exclude the stop codon
   *     and that list {@code stop_codon} features; a coding model without one is then 3'-incomplete
   */
  Transcript build(boolean stopCodonsListedSeparately) {
    List<Exon> ordered = orderedExons();
    CodingRegion coding = cds.isEmpty() ? null : codingRegion(stopCodonsListedSeparately);
    String symbol = firstNonBlank(geneSymbol, geneId, id.toString());
    Gene gene = new Gene(symbol, hgncId, geneId);
    String type = firstNonBlank(biotype, coding != null ? "protein_coding" : null, "unknown");
    try {
      return new Transcript(
          id,
          coding == null ? null : proteinId,
          gene,
          contig,
          strand,
          ordered,
          coding,
          type,
          tags.contains("MANE_Select") || tags.contains("MANE Select"));
    } catch (IllegalArgumentException e) {
      throw TranscriptFileException.at(file, firstLine, "transcript " + id, e.getMessage());
    }
  }

  private List<Exon> orderedExons() {
    exons.sort(Comparator.comparingLong((long[] e) -> e[0]).thenComparingLong(e -> e[1]));
    List<Exon> merged = new ArrayList<>();
    long[] previous = null;
    for (long[] exon : exons) {
      if (previous != null && previous[0] == exon[0] && previous[1] == exon[1]) {
        continue; // the same exon listed twice (for example under two parents)
      }
      if (previous != null && exon[0] <= previous[1]) {
        throw TranscriptFileException.at(
            file,
            firstLine,
            "exon",
            "transcript "
                + id
                + " has overlapping exons "
                + previous[0]
                + "-"
                + previous[1]
                + " and "
                + exon[0]
                + "-"
                + exon[1]);
      }
      merged.add(new Exon(exon[0], exon[1]));
      previous = exon;
    }
    if (strand == Strand.MINUS) {
      java.util.Collections.reverse(merged);
    }
    return merged;
  }

  private CodingRegion codingRegion(boolean stopCodonsListedSeparately) {
    long low = Long.MAX_VALUE;
    long high = Long.MIN_VALUE;
    long[] fivePrime = null;
    for (long[] segment : cds) {
      low = Math.min(low, segment[0]);
      high = Math.max(high, segment[1]);
      boolean moreFivePrime =
          fivePrime == null
              || (strand == Strand.PLUS ? segment[0] < fivePrime[0] : segment[1] > fivePrime[1]);
      if (moreFivePrime) {
        fivePrime = segment;
      }
    }
    boolean hasStop = stopLow <= stopHigh;
    if (hasStop) {
      low = Math.min(low, stopLow);
      high = Math.max(high, stopHigh);
    }
    int phase = (int) Math.max(fivePrime[2], 0);
    boolean startComplete = phase == 0 && !tags.contains("cds_start_NF");
    // an end that leaves a partial codon cannot be a stop codon, tagged or not
    boolean wholeCodons = (codingLength(low, high) - phase) % 3 == 0;
    boolean endComplete =
        wholeCodons && !tags.contains("cds_end_NF") && (!stopCodonsListedSeparately || hasStop);
    return new CodingRegion(low, high, startComplete, endComplete, startComplete ? 0 : phase);
  }

  private long codingLength(long low, long high) {
    long length = 0;
    for (long[] exon : exons) {
      length += Math.max(0, Math.min(exon[1], high) - Math.max(exon[0], low) + 1);
    }
    return length;
  }

  private static String firstNonBlank(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }
}
