package org.gms.genomics.reference;

/**
 * One sequence of a FASTA file as a {@code .fai} index line describes it.
 *
 * @param name the sequence name (first word of the {@code >} line)
 * @param length number of bases
 * @param offset byte offset of the first base in the file
 * @param lineBases bases per full line
 * @param lineWidth bytes per full line, line break included
 */
record FastaSequence(String name, long length, long offset, int lineBases, int lineWidth) {

  FastaSequence {
    if (length < 0 || offset < 0 || lineBases < 1 || lineWidth < lineBases) {
      throw new IllegalArgumentException("Impossible FASTA index entry for " + name);
    }
  }

  /** Byte offset of the 0-based base {@code index} of this sequence. */
  long byteOffset(long index) {
    return offset + index / lineBases * lineWidth + index % lineBases;
  }
}
