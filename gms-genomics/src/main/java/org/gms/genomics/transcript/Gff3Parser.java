package org.gms.genomics.transcript;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GFF3 as written by Ensembl (also bcftools csq test files and VEP), NCBI RefSeq and MANE: a
 * transcript is any feature that exons point to with {@code Parent}; its own {@code Parent} is the
 * gene. Children may come before their parents. CDS features include the stop codon.
 */
final class Gff3Parser {

  private static final Pattern HGNC_IN_DESCRIPTION = Pattern.compile("Acc:(HGNC:[0-9]+)");

  private Gff3Parser() {}

  /** A feature with an ID (gene or transcript), kept until children are assembled. */
  private record Parented(FeatureLine feature, Map<String, List<String>> attributes, long line) {}

  static List<Transcript> read(Path file) {
    Map<String, Parented> byId = new HashMap<>();
    Map<String, TranscriptDraft> drafts = new LinkedHashMap<>();
    try (BufferedReader in = CompressedText.open(file)) {
      long lineNumber = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNumber++;
        if (line.startsWith("##FASTA")) {
          break;
        }
        if (line.isEmpty() || line.charAt(0) == '#') {
          continue;
        }
        FeatureLine feature = FeatureLine.parse(file, lineNumber, line);
        String type = feature.type();
        boolean child = type.equals("exon") || type.equals("CDS") || type.equals("stop_codon");
        Map<String, List<String>> attributes = attributes(file, lineNumber, feature.attributes());
        if (!child) {
          String id = single(attributes, "ID");
          if (id != null) {
            byId.putIfAbsent(id, new Parented(feature, attributes, lineNumber));
          }
          continue;
        }
        List<String> parents = attributes.get("Parent");
        if (parents == null) {
          throw TranscriptFileException.at(
              file, lineNumber, "Parent", "a " + type + " feature needs a Parent transcript");
        }
        Strand strand = feature.requireStrand(file, lineNumber);
        for (String parent : parents) {
          final long firstLine = lineNumber;
          TranscriptDraft draft =
              drafts.computeIfAbsent(parent, k -> new TranscriptDraft(file, firstLine));
          if (draft.id == null) {
            draft.id = Accession.parse(stripPrefix(parent));
          }
          draft.place(contigName(feature.seqid()), strand, lineNumber);
          switch (type) {
            case "exon" -> draft.addExon(feature.start(), feature.end());
            case "CDS" -> {
              draft.addCds(feature.start(), feature.end(), feature.phase());
              if (draft.proteinId == null) {
                String protein = single(attributes, "protein_id");
                if (protein == null && single(attributes, "ID") != null) {
                  protein = stripPrefix(single(attributes, "ID"));
                }
                if (protein != null) {
                  draft.proteinId = Accession.parse(protein);
                }
              }
            }
            default -> draft.addStopCodon(feature.start(), feature.end());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
    List<Transcript> transcripts = new ArrayList<>(drafts.size());
    for (Map.Entry<String, TranscriptDraft> entry : drafts.entrySet()) {
      TranscriptDraft draft = entry.getValue();
      if (!draft.hasExons()) {
        continue; // CDS without exons: not a transcript model this reader can place
      }
      Parented transcript = byId.get(entry.getKey());
      if (transcript != null) {
        describe(file, draft, transcript, byId);
      }
      transcripts.add(draft.build(false));
    }
    return transcripts;
  }

  private static void describe(
      Path file, TranscriptDraft draft, Parented transcript, Map<String, Parented> byId) {
    Map<String, List<String>> t = transcript.attributes();
    String transcriptId = single(t, "transcript_id");
    if (transcriptId != null) {
      draft.id = Accession.parse(transcriptId);
    }
    draft.id = draft.id.withVersionIfMissing(number(single(t, "version")));
    Parented gene = single(t, "Parent") == null ? null : byId.get(single(t, "Parent"));
    Map<String, List<String>> g = gene == null ? Map.of() : gene.attributes();
    draft.geneSymbol =
        first(
            single(t, "gene_name"),
            single(t, "gene"),
            single(g, "gene_name"),
            single(g, "Name"),
            single(g, "gene"));
    String geneId = first(single(t, "gene_id"), single(g, "gene_id"), dbxref(g, "GeneID"));
    if (geneId == null && gene != null) {
      geneId = stripPrefix(single(g, "ID"));
    }
    draft.geneId = geneId;
    draft.biotype =
        first(
            single(t, "biotype"),
            single(t, "transcript_biotype"),
            single(t, "transcript_type"),
            transcript.feature().type().equals("mRNA") ? null : transcript.feature().type());
    String hgnc =
        first(single(t, "hgnc_id"), dbxref(t, "HGNC"), single(g, "hgnc_id"), dbxref(g, "HGNC"));
    if (hgnc == null && single(g, "description") != null) {
      Matcher m = HGNC_IN_DESCRIPTION.matcher(single(g, "description"));
      hgnc = m.find() ? m.group(1) : null;
    }
    if (hgnc != null) {
      draft.hgncId = hgnc(file, transcript.line(), "HGNC", hgnc);
    }
    List<String> tags = t.get("tag");
    if (tags != null) {
      draft.tags.addAll(tags);
    }
  }

  static HgncId hgnc(Path file, long line, String field, String value) {
    try {
      return HgncId.parse(value);
    } catch (IllegalArgumentException e) {
      throw TranscriptFileException.at(file, line, field, e.getMessage());
    }
  }

  /** GFF3 attributes: {@code key=value;key=v1,v2} with percent-encoded reserved characters. */
  static Map<String, List<String>> attributes(Path file, long lineNumber, String text) {
    Map<String, List<String>> attributes = new LinkedHashMap<>();
    for (String pair : text.split(";")) {
      String trimmed = pair.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      int eq = trimmed.indexOf('=');
      if (eq <= 0) {
        throw TranscriptFileException.at(
            file, lineNumber, "attributes (column 9)", "expected key=value, got '" + trimmed + "'");
      }
      List<String> values = new ArrayList<>(1);
      for (String value : trimmed.substring(eq + 1).split(",")) {
        values.add(value.indexOf('%') >= 0 ? decode(value) : value);
      }
      attributes.put(trimmed.substring(0, eq), values);
    }
    return attributes;
  }

  /** RefSeq chromosome accessions ({@code NC_000017.11}) to chromosome names; others unchanged. */
  static String contigName(String seqid) {
    if (seqid.startsWith("NC_0000") && seqid.length() >= 9) {
      try {
        int number = Integer.parseInt(seqid.substring(7, 9));
        if (number >= 1 && number <= 22) {
          return Integer.toString(number);
        }
        if (number == 23) {
          return "X";
        }
        if (number == 24) {
          return "Y";
        }
      } catch (NumberFormatException e) {
        return seqid;
      }
    }
    return seqid.startsWith("NC_012920") ? "MT" : seqid;
  }

  private static String decode(String value) {
    return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static String stripPrefix(String id) {
    for (String prefix : new String[] {"transcript:", "gene:", "CDS:", "rna-", "gene-", "cds-"}) {
      if (id.startsWith(prefix)) {
        return id.substring(prefix.length());
      }
    }
    return id;
  }

  private static String dbxref(Map<String, List<String>> attributes, String database) {
    List<String> refs = attributes.get("Dbxref");
    if (refs == null) {
      return null;
    }
    for (String ref : refs) {
      if (ref.startsWith(database + ":")) {
        return database.equals("HGNC") ? ref : ref.substring(database.length() + 1);
      }
    }
    return null;
  }

  private static String single(Map<String, List<String>> attributes, String key) {
    List<String> values = attributes.get(key);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static int number(String text) {
    if (text == null) {
      return Accession.NO_VERSION;
    }
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return Accession.NO_VERSION;
    }
  }

  private static String first(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }
}
