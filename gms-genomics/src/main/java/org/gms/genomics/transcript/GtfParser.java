package org.gms.genomics.transcript;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GTF (GTF2.2 as written by Ensembl, GENCODE and CellBase): {@code transcript}, {@code exon},
 * {@code CDS} and {@code stop_codon} features grouped by {@code transcript_id}. CDS features
 * exclude the stop codon, which comes as its own {@code stop_codon} feature.
 */
final class GtfParser {

  private GtfParser() {}

  static List<Transcript> read(Path file) {
    Map<String, TranscriptDraft> drafts = new LinkedHashMap<>();
    boolean sawStopCodon = false;
    try (BufferedReader in = CompressedText.open(file)) {
      long lineNumber = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNumber++;
        if (line.isEmpty() || line.charAt(0) == '#') {
          continue;
        }
        FeatureLine feature = FeatureLine.parse(file, lineNumber, line);
        String type = feature.type();
        boolean relevant =
            type.equals("transcript")
                || type.equals("exon")
                || type.equals("CDS")
                || type.equals("stop_codon");
        if (!relevant) {
          continue;
        }
        Map<String, List<String>> attributes = attributes(file, lineNumber, feature.attributes());
        String transcriptId = single(attributes, "transcript_id");
        if (transcriptId == null) {
          throw TranscriptFileException.at(
              file, lineNumber, "transcript_id", "a " + type + " feature needs a transcript_id");
        }
        final long firstLine = lineNumber;
        TranscriptDraft draft =
            drafts.computeIfAbsent(transcriptId, k -> new TranscriptDraft(file, firstLine));
        describe(draft, attributes, transcriptId, file, lineNumber);
        draft.place(feature.seqid(), feature.requireStrand(file, lineNumber), lineNumber);
        switch (type) {
          case "exon" -> draft.addExon(feature.start(), feature.end());
          case "CDS" -> {
            draft.addCds(feature.start(), feature.end(), feature.phase());
            String protein = single(attributes, "protein_id");
            if (protein != null && draft.proteinId == null) {
              draft.proteinId =
                  Accession.parse(protein)
                      .withVersionIfMissing(version(attributes, "protein_version"));
            }
          }
          case "stop_codon" -> {
            draft.addStopCodon(feature.start(), feature.end());
            sawStopCodon = true;
          }
          default -> {
            // the transcript line only contributes attributes
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
    List<Transcript> transcripts = new ArrayList<>(drafts.size());
    for (TranscriptDraft draft : drafts.values()) {
      if (draft.hasExons()) {
        transcripts.add(draft.build(sawStopCodon));
      }
    }
    return transcripts;
  }

  private static void describe(
      TranscriptDraft draft,
      Map<String, List<String>> attributes,
      String transcriptId,
      Path file,
      long lineNumber) {
    if (draft.id == null) {
      draft.id =
          Accession.parse(transcriptId)
              .withVersionIfMissing(version(attributes, "transcript_version"));
    }
    if (draft.geneSymbol == null) {
      draft.geneSymbol = single(attributes, "gene_name");
    }
    if (draft.geneId == null) {
      draft.geneId = single(attributes, "gene_id");
    }
    if (draft.biotype == null) {
      draft.biotype =
          first(single(attributes, "transcript_biotype"), single(attributes, "transcript_type"));
    }
    if (draft.hgncId == null && single(attributes, "hgnc_id") != null) {
      draft.hgncId = Gff3Parser.hgnc(file, lineNumber, "hgnc_id", single(attributes, "hgnc_id"));
    }
    List<String> tags = attributes.get("tag");
    if (tags != null) {
      draft.tags.addAll(tags);
    }
  }

  /** GTF attributes: {@code key "value"; key "value";}, keys may repeat (tag). */
  static Map<String, List<String>> attributes(Path file, long lineNumber, String text) {
    Map<String, List<String>> attributes = new LinkedHashMap<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == ';')) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int keyEnd = text.indexOf(' ', i);
      if (keyEnd < 0) {
        throw TranscriptFileException.at(
            file,
            lineNumber,
            "attributes (column 9)",
            "attribute '" + text.substring(i) + "' has no value");
      }
      String key = text.substring(i, keyEnd);
      i = keyEnd + 1;
      String value;
      if (i < n && text.charAt(i) == '"') {
        int close = text.indexOf('"', i + 1);
        if (close < 0) {
          throw TranscriptFileException.at(
              file, lineNumber, "attributes (column 9)", "unclosed quote in attribute " + key);
        }
        value = text.substring(i + 1, close);
        i = close + 1;
      } else {
        int semicolon = text.indexOf(';', i);
        int valueEnd = semicolon < 0 ? n : semicolon;
        value = text.substring(i, valueEnd).strip();
        i = valueEnd;
      }
      attributes.computeIfAbsent(key, k -> new ArrayList<>(1)).add(value);
    }
    return attributes;
  }

  private static String single(Map<String, List<String>> attributes, String key) {
    List<String> values = attributes.get(key);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static int version(Map<String, List<String>> attributes, String key) {
    String value = single(attributes, key);
    if (value == null) {
      return Accession.NO_VERSION;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return Accession.NO_VERSION;
    }
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
  }
}
