package org.gms.genomics.annotation;

import org.gms.genomics.reference.ContigName;
import org.gms.genomics.reference.ReferenceGenome;
import org.gms.genomics.transcript.CdnaSequence;
import org.gms.genomics.transcript.Exon;
import org.gms.genomics.transcript.Strand;
import org.gms.genomics.transcript.Transcript;

/**
 * A transcript prepared for annotation: its derived cDNA landmarks computed once, and its bases
 * from the transcript's own sequence where known, else from the reference genome.
 */
final class TranscriptModel {

  final Transcript transcript;
  final boolean plus;
  final long start;
  final long end;
  final int cdnaLength;
  final int cdsStart;
  final int cdsEnd;
  final int[] exonCdnaStart;
  final String hgvsPrefix;
  final String proteinPrefix;
  final boolean nonsenseMediatedDecay;
  final GeneticCode code;
  private final CdnaSequence cdna;
  private final ReferenceGenome genome;
  // Read once, when a first change needs them: bounded by the number of transcripts, not inputs.
  // A race computes the same value twice, which is harmless.
  private volatile String codingTail;
  private volatile String protein;

  TranscriptModel(Transcript transcript, CdnaSequence cdna, ReferenceGenome genome) {
    this.transcript = transcript;
    this.cdna = cdna;
    this.genome = genome;
    plus = transcript.strand() == Strand.PLUS;
    start = transcript.start();
    end = transcript.end();
    cdnaLength = transcript.cdnaLength();
    cdsStart = transcript.cdsStartCdna();
    cdsEnd = transcript.cdsEndCdna();
    exonCdnaStart = new int[transcript.exons().size()];
    for (int i = 0; i < exonCdnaStart.length; i++) {
      exonCdnaStart[i] = transcript.exonCdnaStart(i);
    }
    hgvsPrefix = transcript.id() + (transcript.isCoding() ? ":c." : ":n.");
    proteinPrefix = transcript.proteinId() == null ? "" : transcript.proteinId() + ":";
    nonsenseMediatedDecay = transcript.biotype().equals("nonsense_mediated_decay");
    code = GeneticCode.forContig(ContigName.canonical(transcript.contig()));
  }

  boolean isCoding() {
    return cdsStart > 0;
  }

  int exonCount() {
    return exonCdnaStart.length;
  }

  Exon exon(int i) {
    return transcript.exons().get(i);
  }

  /** cDNA position of an exonic genomic position. */
  int cdnaOf(int exonIndex, long genomic) {
    Exon exon = exon(exonIndex);
    return exonCdnaStart[exonIndex] + (int) (plus ? genomic - exon.start() : exon.end() - genomic);
  }

  long oriented(long genomic) {
    return plus ? genomic : -genomic;
  }

  /** cDNA bases {@code from..to} in transcript orientation, or null when not known. */
  String cdna(int from, int to) {
    if (from < 1 || to > cdnaLength) {
      return null;
    }
    if (cdna != null && cdna.covers(from, to)) {
      return cdna.bases(from, to);
    }
    return genome == null ? null : splicedFromGenome(from, to);
  }

  /**
   * cDNA bases from {@code from} to the transcript's 3' end, or to the end of what is known (a
   * CDS-only sequence stops at the stop codon); null when not even {@code from} is known.
   */
  String cdnaToEnd(int from) {
    String whole = cdna(from, cdnaLength);
    if (whole != null) {
      return whole;
    }
    return cdna != null && cdna.covers(from, from) ? cdna.bases(from, cdna.lastCdna()) : null;
  }

  /** Bases from the CDS start to the 3' end (as far as known), or null when unknown. */
  String codingTail() {
    String tail = codingTail;
    if (tail == null) {
      tail = cdnaToEnd(cdsStart);
      codingTail = tail == null ? "" : tail;
    }
    return tail == null || tail.isEmpty() ? null : tail;
  }

  /**
   * The reference protein up to and including its stop, as Ensembl numbers it: Met at 1 for a
   * complete start, X at 1 for a partial first codon.
   */
  String protein() {
    String result = protein;
    if (result == null) {
      var coding = transcript.coding();
      String lead = !coding.startComplete() && coding.startPhase() > 0 ? "X" : "";
      result = lead + code.translate(codingTail(), coding.startPhase(), coding.startComplete());
      protein = result;
    }
    return result;
  }

  /**
   * The transcript's genomic stretch, exons and introns, in its orientation: exonic bases from its
   * own sequence where known, everything else from the genome.
   */
  OrientedBases transcriptBases() {
    long first = oriented(plus ? start : end);
    long last = oriented(plus ? end : start);
    OrientedBases genomic = genomicBases(start, end);
    return new OrientedBases() {
      @Override
      public long first() {
        return first;
      }

      @Override
      public long last() {
        return last;
      }

      @Override
      public char at(long position) {
        if (cdna != null) {
          long genomicPosition = plus ? position : -position;
          int exon = transcript.exonIndexAt(genomicPosition);
          if (exon >= 0) {
            int c = cdnaOf(exon, genomicPosition);
            if (cdna.covers(c, c)) {
              return cdna.baseAt(c);
            }
          }
        }
        return genomic.at(position);
      }
    };
  }

  /** Genome bases between {@code low} and {@code high} (plus-strand bounds), oriented. */
  OrientedBases genomicBases(long low, long high) {
    return new GenomeWindow(genome, transcript.contig(), plus, low, high);
  }

  private String splicedFromGenome(int from, int to) {
    StringBuilder out = new StringBuilder(to - from + 1);
    for (int i = 0; i < exonCdnaStart.length && out.length() < to - from + 1; i++) {
      Exon exon = exon(i);
      int first = exonCdnaStart[i];
      int last = first + exon.length() - 1;
      int a = Math.max(from, first);
      int b = Math.min(to, last);
      if (a > b) {
        continue;
      }
      long g1 = plus ? exon.start() + (a - first) : exon.end() - (b - first);
      long g2 = plus ? exon.start() + (b - first) : exon.end() - (a - first);
      String piece = genome.bases(transcript.contig(), g1, g2).orElse(null);
      if (piece == null) {
        return null;
      }
      out.append(plus ? piece : Dna.reverseComplement(piece));
    }
    return out.length() == to - from + 1 ? out.toString() : null;
  }

  /** Reads genome bases in chunks on demand, within fixed plus-strand bounds. */
  private static final class GenomeWindow implements OrientedBases {
    private static final int CHUNK = 512;
    private final ReferenceGenome genome;
    private final String contig;
    private final boolean plus;
    private final long low;
    private final long high;
    private long chunkStart = 1;
    private String chunk = "";

    GenomeWindow(ReferenceGenome genome, String contig, boolean plus, long low, long high) {
      this.genome = genome;
      this.contig = contig;
      this.plus = plus;
      this.low = low;
      this.high = high;
    }

    @Override
    public long first() {
      return plus ? low : -high;
    }

    @Override
    public long last() {
      return plus ? high : -low;
    }

    @Override
    public char at(long oriented) {
      long genomic = plus ? oriented : -oriented;
      if (genome == null || genomic < low || genomic > high) {
        return 0;
      }
      int offset = (int) (genomic - chunkStart);
      if (offset < 0 || offset >= chunk.length()) {
        // read ahead in the direction shifting goes (3' of the transcript)
        long from = Math.max(low, plus ? genomic - 16 : genomic - CHUNK);
        long to = Math.min(high, plus ? genomic + CHUNK : genomic + 16);
        String bases = genome.bases(contig, from, to).orElse(null);
        if (bases == null) {
          return 0;
        }
        chunkStart = from;
        chunk = bases;
        offset = (int) (genomic - chunkStart);
      }
      char base = chunk.charAt(offset);
      return plus ? base : Dna.complement(base);
    }
  }
}
