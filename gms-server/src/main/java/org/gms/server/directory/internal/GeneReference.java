package org.gms.server.directory.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * HGNC approved genes with their previous symbols and MANE Select GRCh38 transcript spans, from the
 * bundled {@code hgnc-mane-grch38.tsv.gz}. Used to recognise gene symbols in directory targets and
 * to place panel genes on the genome.
 */
final class GeneReference {

  static final String RESOURCE = "/org/gms/server/directory/bundled/hgnc-mane-grch38.tsv.gz";

  /**
   * One gene.
   *
   * @param start 1-based inclusive start of the MANE Select transcript (0 when unplaced)
   * @param end 1-based inclusive end
   */
  record Gene(
      String hgncId,
      String symbol,
      String chrom,
      long start,
      long end,
      String strand,
      String maneEnsembl,
      String maneRefSeq) {
    boolean placed() {
      return start > 0;
    }
  }

  private final Map<String, Gene> bySymbol = new HashMap<>();
  private final Map<String, Gene> byHgncId = new HashMap<>();
  private final Map<String, Gene> byPreviousSymbol = new HashMap<>();

  private GeneReference() {}

  static GeneReference bundled() {
    try (InputStream in = GeneReference.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The bundled gene reference " + RESOURCE + " is missing");
      }
      return read(new GZIPInputStream(in));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the bundled gene reference " + RESOURCE, e);
    }
  }

  static GeneReference read(InputStream in) throws IOException {
    GeneReference genes = new GeneReference();
    Set<String> ambiguousPrevious = new HashSet<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    boolean header = true;
    while ((line = reader.readLine()) != null) {
      if (line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] f = line.split("\t", -1);
      boolean placed = !f[3].isEmpty();
      Gene gene =
          new Gene(
              f[0],
              f[1],
              f[3],
              placed ? Long.parseLong(f[4]) : 0,
              placed ? Long.parseLong(f[5]) : 0,
              f[6],
              f[7],
              f[8]);
      genes.bySymbol.put(gene.symbol(), gene);
      genes.byHgncId.put(gene.hgncId(), gene);
      for (String previous : f[2].split(",")) {
        if (!previous.isBlank() && genes.byPreviousSymbol.putIfAbsent(previous, gene) != null) {
          ambiguousPrevious.add(previous);
        }
      }
    }
    ambiguousPrevious.forEach(genes.byPreviousSymbol::remove);
    return genes;
  }

  /**
   * The gene a symbol names: an approved symbol (exact case), or else a previous symbol that now
   * belongs to exactly one gene.
   */
  Optional<Gene> bySymbol(String symbol) {
    Gene gene = bySymbol.get(symbol);
    return Optional.ofNullable(gene != null ? gene : byPreviousSymbol.get(symbol));
  }

  /** The gene with this approved symbol (exact case). */
  Optional<Gene> byApprovedSymbol(String symbol) {
    return Optional.ofNullable(bySymbol.get(symbol));
  }

  Optional<Gene> byHgncId(String hgncId) {
    return Optional.ofNullable(hgncId == null ? null : byHgncId.get(hgncId));
  }

  /** Every gene, by approved symbol. */
  java.util.Collection<Gene> all() {
    return java.util.Collections.unmodifiableCollection(bySymbol.values());
  }

  int size() {
    return bySymbol.size();
  }
}
