package org.gms.genomics.cancer.input;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gms.genomics.LoadedOnce;

/**
 * GRCh38 gene spans of the MANE Select transcripts (MANE v1.4 summary, bundled): the gene of an
 * unannotated variant, and the genes a copy-number segment covers.
 */
public final class GeneSpans {

  /** One gene's span, 1-based inclusive. */
  public record Span(String gene, String chromosome, long start, long end) {}

  private final Map<String, List<Span>> byChromosome;

  /**
   * Per chromosome, the highest end among the spans up to each index (spans sorted by start): a
   * look-up walks back only while an earlier span can still reach the position.
   */
  private final Map<String, long[]> reachUpTo = new HashMap<>();

  private final Map<String, Span> byGene = new HashMap<>();

  private GeneSpans(Map<String, List<Span>> byChromosome) {
    this.byChromosome = byChromosome;
    byChromosome.forEach(
        (chromosome, list) -> {
          list.forEach(s -> byGene.putIfAbsent(s.gene(), s));
          long[] reach = new long[list.size()];
          long max = Long.MIN_VALUE;
          for (int i = 0; i < reach.length; i++) {
            max = Math.max(max, list.get(i).end());
            reach[i] = max;
          }
          reachUpTo.put(chromosome, reach);
        });
  }

  private static final LoadedOnce<GeneSpans> BUNDLED = LoadedOnce.of(GeneSpans::load);

  /** The bundled MANE v1.4 GRCh38 spans. */
  public static GeneSpans grch38() {
    return BUNDLED.get();
  }

  private static GeneSpans load() {
    Map<String, List<Span>> map = new HashMap<>();
    TabularFile.readResource(
        GeneSpans.class,
        "/org/gms/genomics/cancer/genespan/mane-v1.4-select-spans-grch38.tsv.gz",
        f -> {},
        (f, row) ->
            map.computeIfAbsent(row.get("chromosome"), k -> new ArrayList<>())
                .add(
                    new Span(
                        row.get("symbol"),
                        row.get("chromosome"),
                        row.number("start", 0),
                        row.number("end", 0))));
    map.values().forEach(l -> l.sort(Comparator.comparingLong(Span::start)));
    return new GeneSpans(map);
  }

  /** The genes whose span overlaps [start, end] on a chromosome (any spelling). */
  public List<Span> overlapping(String chromosome, long start, long end) {
    String c = Chromosomes.plain(chromosome);
    List<Span> hits = new ArrayList<>();
    int last = lastStartingBy(c, end);
    List<Span> spans = byChromosome.getOrDefault(c, List.of());
    long[] reach = reachUpTo.get(c);
    for (int i = last; i >= 0 && reach[i] >= start; i--) {
      if (spans.get(i).end() >= start) {
        hits.add(spans.get(i));
      }
    }
    hits.sort(Comparator.comparingLong(Span::start));
    return hits;
  }

  /** The index of the last span of a chromosome starting at or before a position, or -1. */
  private int lastStartingBy(String c, long end) {
    List<Span> spans = byChromosome.getOrDefault(c, List.of());
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
    return last;
  }

  /** The gene at a position: the shortest span covering it. */
  public Optional<String> geneAt(String chromosome, long position) {
    String c = Chromosomes.plain(chromosome);
    int last = lastStartingBy(c, position);
    if (last < 0) {
      return Optional.empty();
    }
    List<Span> spans = byChromosome.get(c);
    long[] reach = reachUpTo.get(c);
    Span best = null;
    for (int i = last; i >= 0 && reach[i] >= position; i--) {
      Span s = spans.get(i);
      long length = s.end() - s.start();
      if (s.end() >= position
          && (best == null
              || length < best.end() - best.start()
              || length == best.end() - best.start() && s.start() < best.start())) {
        best = s;
      }
    }
    return best == null ? Optional.empty() : Optional.of(best.gene());
  }

  public Optional<Span> span(String gene) {
    return Optional.ofNullable(byGene.get(gene));
  }
}
