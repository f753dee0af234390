package org.gms.genomics.cancer.trial;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The exon of a small variant from its protein change, for the genes whose exons trials name (EGFR,
 * ERBB2, KIT, PDGFRA, BRAF, KRAS, MET, PIK3CA, ALK, FGFR3, ERBB4): the bundled table of the codons
 * wholly within each coding exon of the MANE Select transcript. A change is placed in an exon only
 * when every codon it names lies in that exon; a codon split by an intron, a gene not in the table,
 * or a change without codon numbers (splice site, {@code exon 14 skipping}) gives none.
 */
final class Exons {

  private static final Pattern CODON = Pattern.compile("(?<![A-Za-z*])[A-Z*]?[a-z]{0,2}(\\d+)");
  private static final Exons BUNDLED = load();

  private record Range(int exon, int first, int last) {}

  private final Map<String, List<Range>> byGene = new HashMap<>();

  static Exons bundled() {
    return BUNDLED;
  }

  /** The exon every codon of the protein change lies in, or empty when that is not reliable. */
  Optional<Integer> of(String gene, String proteinChange) {
    List<Range> ranges = byGene.get(gene);
    if (ranges == null || proteinChange.isEmpty()) {
      return Optional.empty();
    }
    String change = proteinChange.startsWith("p.") ? proteinChange.substring(2) : proteinChange;
    if (change.contains("?") || change.toLowerCase(Locale.ROOT).contains("splice")) {
      return Optional.empty();
    }
    // codons are the numbers before any "fs", "ins", "delins" or "ext" tail
    String head = change.split("(?i)fs|ins|ext|dup|del")[0];
    Matcher m = CODON.matcher(head);
    List<Integer> codons = new ArrayList<>();
    while (m.find()) {
      codons.add(Integer.parseInt(m.group(1)));
    }
    if (codons.isEmpty() || codons.size() > 2) {
      return Optional.empty();
    }
    for (Range r : ranges) {
      if (codons.stream().allMatch(c -> c >= r.first() && c <= r.last())) {
        return Optional.of(r.exon());
      }
    }
    return Optional.empty();
  }

  private static Exons load() {
    Exons e = new Exons();
    String path = "/org/gms/genomics/cancer/trial/exon-codons.tsv";
    try (InputStream in = Exons.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("The bundled exon table " + path + " is missing");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        e.byGene
            .computeIfAbsent(f[0], k -> new ArrayList<>())
            .add(new Range(Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4])));
      }
    } catch (IOException x) {
      throw new UncheckedIOException("Cannot read the bundled exon table " + path, x);
    }
    return e;
  }
}
