package org.gms.genomics.reference;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code .fai} index of a FASTA file (samtools format: name, length, offset, bases per line,
 * bytes per line). When the file has no {@code .fai} beside it, the index is built in memory by one
 * pass over the file, which needs the same uniform line lengths as {@code samtools faidx}.
 */
final class FastaIndex {

  private FastaIndex() {}

  static List<FastaSequence> of(Path fasta) {
    checkNotCompressed(fasta);
    Path fai = fasta.resolveSibling(fasta.getFileName() + ".fai");
    return Files.isRegularFile(fai) ? read(fai) : scan(fasta);
  }

  private static void checkNotCompressed(Path fasta) {
    try (InputStream in = Files.newInputStream(fasta)) {
      byte[] start = in.readNBytes(2);
      if (start.length == 2 && (start[0] & 0xff) == 0x1f && (start[1] & 0xff) == 0x8b) {
        throw new ReferenceException(
            "Reference FASTA "
                + fasta
                + " is compressed; decompress it (gunzip) and index it with"
                + " 'samtools faidx' for random access");
      }
    } catch (IOException e) {
      throw new ReferenceException(
          "Cannot read reference FASTA " + fasta + ": " + e.getMessage(), e);
    }
  }

  static List<FastaSequence> read(Path fai) {
    List<FastaSequence> sequences = new ArrayList<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(fai, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ReferenceException("Cannot read FASTA index " + fai + ": " + e.getMessage(), e);
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      try {
        if (f.length < 5) {
          throw new IllegalArgumentException("expected 5 tab-separated columns, found " + f.length);
        }
        sequences.add(
            new FastaSequence(
                f[0],
                Long.parseLong(f[1]),
                Long.parseLong(f[2]),
                Integer.parseInt(f[3]),
                Integer.parseInt(f[4])));
      } catch (IllegalArgumentException e) {
        throw new ReferenceException(
            "FASTA index "
                + fai
                + ", line "
                + (i + 1)
                + ": "
                + e.getMessage()
                + "; regenerate it with 'samtools faidx'");
      }
    }
    return sequences;
  }

  /** Builds the index by reading the whole file once. */
  static List<FastaSequence> scan(Path fasta) {
    List<FastaSequence> sequences = new ArrayList<>();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(fasta), 1 << 20)) {
      Scan scan = new Scan(fasta, sequences);
      int b;
      while ((b = in.read()) >= 0) {
        scan.accept(b);
      }
      scan.finish();
    } catch (IOException e) {
      throw new ReferenceException(
          "Cannot read reference FASTA " + fasta + ": " + e.getMessage(), e);
    }
    return sequences;
  }

  /** State of the indexing pass: one byte at a time, like samtools faidx. */
  private static final class Scan {
    private final Path fasta;
    private final List<FastaSequence> out;
    private final StringBuilder name = new StringBuilder();
    private long offset;
    private long lineNumber = 1;
    private boolean inName;
    private String current;
    private long start;
    private long length;
    private int lineBases = -1;
    private int lineWidth = -1;
    private int thisLineBases;
    private int thisLineBytes;
    private boolean shortLineSeen;

    Scan(Path fasta, List<FastaSequence> out) {
      this.fasta = fasta;
      this.out = out;
    }

    void accept(int b) {
      offset++;
      if (inName) {
        if (b == '\n') {
          inName = false;
          String header = name.toString().strip();
          int space = indexOfWhitespace(header);
          current = space < 0 ? header : header.substring(0, space);
          start = offset;
          lineNumber++;
        } else {
          name.append((char) b);
        }
        return;
      }
      if (b == '>' && thisLineBytes == 0) {
        finish();
        inName = true;
        name.setLength(0);
        return;
      }
      thisLineBytes++;
      if (b == '\n') {
        endLine();
      } else if (b != '\r') {
        if (current == null) {
          throw new ReferenceException(
              "Reference FASTA " + fasta + " does not start with a '>' line");
        }
        thisLineBases++;
      }
    }

    private void endLine() {
      if (thisLineBases > 0) {
        if (shortLineSeen) {
          throw uneven();
        }
        if (lineBases < 0) {
          lineBases = thisLineBases;
          lineWidth = thisLineBytes;
        } else if (thisLineBases != lineBases || thisLineBytes != lineWidth) {
          if (thisLineBases > lineBases) {
            throw uneven();
          }
          shortLineSeen = true;
        }
        length += thisLineBases;
      }
      lineNumber++;
      thisLineBases = 0;
      thisLineBytes = 0;
    }

    private ReferenceException uneven() {
      return new ReferenceException(
          "Reference FASTA "
              + fasta
              + ", line "
              + lineNumber
              + ": lines of sequence "
              + current
              + " differ in length, so it cannot be read at random;"
              + " rewrap it with equal line lengths (for example 'samtools faidx' needs the same)");
    }

    void finish() {
      if (thisLineBytes > 0) {
        thisLineBytes++; // a last line without a line break
        endLine();
      }
      if (current != null) {
        out.add(
            new FastaSequence(
                current,
                length,
                start,
                Math.max(lineBases, 1),
                Math.max(lineWidth, Math.max(lineBases, 1) + 1)));
      }
      current = null;
      length = 0;
      lineBases = -1;
      lineWidth = -1;
      shortLineSeen = false;
    }

    private static int indexOfWhitespace(String text) {
      for (int i = 0; i < text.length(); i++) {
        if (Character.isWhitespace(text.charAt(i))) {
          return i;
        }
      }
      return -1;
    }
  }
}
