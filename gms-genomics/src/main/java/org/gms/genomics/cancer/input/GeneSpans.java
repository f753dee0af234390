package org.gms.genomics.cancer.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GRCh38 gene spans of the MANE Select transcripts (MANE v1.4 summary, bundled): the gene of an
 * unannotated variant, and the genes a copy-number segment covers.
 */
public final class GeneSpans {

  /** One gene's span, 1-based inclusive. */
  public record Span(String gene, String chromosome, long start, long end) {}

  private final Map<String, List<Span>> byChromosome;
  private final Map<String, Long> longest = new HashMap<>();
  private final Map<String, Span> byGene = new HashMap<>();

  private GeneSpans(Map<String, List<Span>> byChromosome) {
    this.byChromosome = byChromosome;
    byChromosome.forEach(
        (chromosome, list) -> {
          list.forEach(s -> byGene.putIfAbsent(s.gene(), s));
          longest.put(
              chromosome, list.stream().mapToLong(s -> s.end() - s.start()).max().orElse(0));
        });
  }

  private static volatile GeneSpans bundled;

  /** The bundled MANE v1.4 GRCh38 spans. */
  public static GeneSpans grch38() {
    GeneSpans b = bundled;
    if (b == null) {
      synchronized (GeneSpans.class) {
        if (bundled == null) {
          bundled = load();
        }
        b = bundled;
      }
    }
    return b;
  }

  private static GeneSpans load() {
    Map<String, List<Span>> map = new HashMap<>();
    try (InputStream in =
        TabularFile.resource(
            GeneSpans.class,
            "/org/gms/genomics/cancer/genespan/mane-v1.4-select-spans-grch38.tsv.gz")) {
      TabularFile.read(
          in,
          "mane-v1.4-select-spans-grch38.tsv",
          f -> {},
          (f, row) ->
              map.computeIfAbsent(row.get("chromosome"), k -> new ArrayList<>())
                  .add(
                      new Span(
                          row.get("symbol"),
                          row.get("chromosome"),
                          row.number("start", 0),
                          row.number("end", 0))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    map.values().forEach(l -> l.sort(Comparator.comparingLong(Span::start)));
    return new GeneSpans(map);
  }

  /** The genes whose span overlaps [start, end] on a chromosome (any spelling). */
  public List<Span> overlapping(String chromosome, long start, long end) {
    String c = Chromosomes.plain(chromosome);
    List<Span> spans = byChromosome.getOrDefault(c, List.of());
    // the last span starting at or before 'end', then back while a span could still reach 'start'
    int lo = 0;
    int hi = spans.size() - 1;
    int last = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (spans.get(mid).start() <= end) {
        last = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    long reach = longest.getOrDefault(c, 0L);
    List<Span> hits = new ArrayList<>();
    for (int i = last; i >= 0 && spans.get(i).start() >= start - reach; i--) {
      if (spans.get(i).end() >= start) {
        hits.add(spans.get(i));
      }
    }
    hits.sort(Comparator.comparingLong(Span::start));
    return hits;
  }

  /** The gene at a position: the shortest span covering it. */
  public Optional<String> geneAt(String chromosome, long position) {
    return overlapping(chromosome, position, position).stream()
        .min(Comparator.comparingLong(s -> s.end() - s.start()))
        .map(Span::gene);
  }

  public Optional<Span> span(String gene) {
    return Optional.ofNullable(byGene.get(gene));
  }
}
