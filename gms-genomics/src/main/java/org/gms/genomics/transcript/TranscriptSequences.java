package org.gms.genomics.transcript;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Transcript sequences from FASTA files whose headers name the transcript and its coding range:
 * CellBase/Ensembl-style cDNA ({@code >ENST00000357654 ... cds=120-5711}, the whole cDNA) and
 * VEP-style CDS files ({@code >ENST00000352957.8 ... cdna_coding=43-1059} followed by only the
 * coding bases). A sequence is used for a transcript model only when they agree: same accession
 * (and version where both have one), whole-cDNA length equal to the model's exon total, same coding
 * start.
 */
public final class TranscriptSequences {

  private static final TranscriptSequences NONE = new TranscriptSequences(Map.of());

  private final Map<String, List<CdnaSequence>> byBase;

  private TranscriptSequences(Map<String, List<CdnaSequence>> byBase) {
    this.byBase = byBase;
  }

  /** These sequences and the other's together (this one's first where both name a transcript). */
  public TranscriptSequences and(TranscriptSequences other) {
    List<CdnaSequence> all = new ArrayList<>();
    byBase.values().forEach(all::addAll);
    other.byBase.values().forEach(all::addAll);
    return of(all);
  }

  public static TranscriptSequences none() {
    return NONE;
  }

  public static TranscriptSequences of(List<CdnaSequence> sequences) {
    Map<String, List<CdnaSequence>> byBase = new HashMap<>();
    for (CdnaSequence sequence : sequences) {
      byBase.computeIfAbsent(sequence.id().base(), k -> new ArrayList<>(1)).add(sequence);
    }
    return new TranscriptSequences(Map.copyOf(byBase));
  }

  /** Reads a cDNA or CDS FASTA file (plain or gzip). */
  public static TranscriptSequences readFasta(Path file) {
    List<CdnaSequence> sequences = new ArrayList<>();
    try (BufferedReader in = CompressedText.open(file)) {
      String header = null;
      long headerLine = 0;
      StringBuilder bases = new StringBuilder();
      long lineNumber = 0;
      for (String line = in.readLine(); ; line = in.readLine()) {
        lineNumber++;
        if (line == null || line.startsWith(">")) {
          if (header != null) {
            sequences.add(sequence(file, headerLine, header, bases.toString()));
          }
          if (line == null) {
            break;
          }
          header = line.substring(1);
          headerLine = lineNumber;
          bases.setLength(0);
        } else if (header == null && !line.isBlank()) {
          throw TranscriptFileException.at(
              file, lineNumber, "header", "sequence before the first '>' header line");
        } else {
          bases.append(line.strip().toUpperCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
    return of(sequences);
  }

  /** The sequence for this model, if one is known and agrees with it. */
  public Optional<CdnaSequence> find(Transcript transcript) {
    CdnaSequence candidate = candidate(transcript);
    return candidate != null && mismatch(transcript, candidate) == null
        ? Optional.of(candidate)
        : Optional.empty();
  }

  /** Why the sequence named like this model is not used for it, if there is one that is not. */
  public Optional<String> mismatch(Transcript transcript) {
    CdnaSequence candidate = candidate(transcript);
    return candidate == null
        ? Optional.empty()
        : Optional.ofNullable(mismatch(transcript, candidate));
  }

  public int size() {
    return byBase.values().stream().mapToInt(List::size).sum();
  }

  private CdnaSequence candidate(Transcript transcript) {
    List<CdnaSequence> sameBase = byBase.get(transcript.id().base());
    if (sameBase == null) {
      return null;
    }
    for (CdnaSequence sequence : sameBase) {
      if (sequence.id().matches(transcript.id())) {
        return sequence;
      }
    }
    return null;
  }

  private static String mismatch(Transcript transcript, CdnaSequence sequence) {
    int modelLength = transcript.cdnaLength();
    if (sequence.firstCdna() == 1 && sequence.bases().length() != modelLength) {
      return "sequence of "
          + sequence.id()
          + " has "
          + sequence.bases().length()
          + " bases but the model's exons add up to "
          + modelLength;
    }
    if (sequence.lastCdna() > modelLength) {
      return "sequence of " + sequence.id() + " runs beyond the model's " + modelLength + " bases";
    }
    if (sequence.cdsStart() > 0
        && transcript.isCoding()
        && sequence.cdsStart() != transcript.cdsStartCdna()) {
      return "sequence of "
          + sequence.id()
          + " declares coding start "
          + sequence.cdsStart()
          + " but the model's is "
          + transcript.cdsStartCdna();
    }
    return null;
  }

  private static CdnaSequence sequence(Path file, long line, String header, String bases) {
    String[] tokens = header.strip().split("\\s+");
    Accession id;
    try {
      id = Accession.parse(tokens[0]);
    } catch (IllegalArgumentException e) {
      throw TranscriptFileException.at(file, line, "header", "no transcript accession");
    }
    if (bases.isEmpty()) {
      throw TranscriptFileException.at(file, line, "sequence", "no bases after header of " + id);
    }
    int[] coding = null;
    String codingField = null;
    for (String token : tokens) {
      if (token.startsWith("cds=") || token.startsWith("cdna_coding=")) {
        codingField = token.substring(0, token.indexOf('='));
        coding = range(file, line, codingField, token.substring(token.indexOf('=') + 1));
      }
    }
    if (coding == null) {
      return new CdnaSequence(id, 1, bases, 0, 0);
    }
    int codingLength = coding[1] - coding[0] + 1;
    boolean codingOnly = codingField.equals("cdna_coding") && bases.length() == codingLength;
    return new CdnaSequence(id, codingOnly ? coding[0] : 1, bases, coding[0], coding[1]);
  }

  private static int[] range(Path file, long line, String field, String text) {
    int dash = text.indexOf('-');
    try {
      int from = Integer.parseInt(text.substring(0, dash));
      int to = Integer.parseInt(text.substring(dash + 1));
      if (from < 1 || to < from) {
        throw TranscriptFileException.at(
            file, line, field, "range must be 1-based with start <= end: " + text);
      }
      return new int[] {from, to};
    } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
      throw TranscriptFileException.at(file, line, field, "expected START-END, got '" + text + "'");
    }
  }
}
