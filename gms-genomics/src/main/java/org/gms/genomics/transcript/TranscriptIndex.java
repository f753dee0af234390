package org.gms.genomics.transcript;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.gms.genomics.reference.ContigName;

/**
 * Which transcripts overlap a genomic range: per contig, transcripts sorted by start with, at each
 * node of the implicit balanced tree over that array, the highest end in its subtree. A query costs
 * O(log n + hits) and allocates nothing but the caller's results. Immutable and safe to share
 * between threads.
 */
public final class TranscriptIndex {

  private final Map<String, ContigTree> trees;
  private final int size;

  private TranscriptIndex(Map<String, ContigTree> trees, int size) {
    this.trees = trees;
    this.size = size;
  }

  public static TranscriptIndex of(Collection<Transcript> transcripts) {
    Map<String, List<Transcript>> byContig = new HashMap<>();
    for (Transcript transcript : transcripts) {
      byContig
          .computeIfAbsent(ContigName.canonical(transcript.contig()), k -> new ArrayList<>())
          .add(transcript);
    }
    Map<String, ContigTree> trees = new HashMap<>();
    byContig.forEach((contig, list) -> trees.put(contig, new ContigTree(list)));
    return new TranscriptIndex(Map.copyOf(trees), transcripts.size());
  }

  public int size() {
    return size;
  }

  /** Every transcript, contig by contig, by start. */
  public List<Transcript> transcripts() {
    List<Transcript> all = new ArrayList<>(size);
    trees.keySet().stream().sorted().forEach(c -> all.addAll(Arrays.asList(trees.get(c).items)));
    return all;
  }

  /** Transcripts with at least one base in {@code start..end} (1-based, inclusive), by start. */
  public List<Transcript> overlapping(String contig, long start, long end) {
    List<Transcript> hits = new ArrayList<>();
    forEachOverlapping(contig, start, end, hits::add);
    return hits;
  }

  /** Calls {@code action} for each transcript with a base in {@code start..end}, by start. */
  public void forEachOverlapping(
      String contig, long start, long end, Consumer<? super Transcript> action) {
    ContigTree tree = trees.get(ContigName.canonical(contig));
    if (tree != null) {
      tree.visit(0, tree.starts.length, start, end, action);
    }
  }

  private static final class ContigTree {
    final Transcript[] items;
    final long[] starts;
    final long[] ends;
    final long[] subtreeMaxEnd;

    ContigTree(List<Transcript> transcripts) {
      items =
          transcripts.stream()
              .sorted(
                  Comparator.comparingLong(Transcript::start).thenComparingLong(Transcript::end))
              .toArray(Transcript[]::new);
      starts = new long[items.length];
      ends = new long[items.length];
      for (int i = 0; i < items.length; i++) {
        starts[i] = items[i].start();
        ends[i] = items[i].end();
      }
      subtreeMaxEnd = new long[items.length];
      fillMaxEnd(0, items.length);
    }

    /** The node of range [lo, hi) is its middle element; returns the subtree's highest end. */
    private long fillMaxEnd(int lo, int hi) {
      if (lo >= hi) {
        return Long.MIN_VALUE;
      }
      int mid = (lo + hi) >>> 1;
      long max = Math.max(ends[mid], Math.max(fillMaxEnd(lo, mid), fillMaxEnd(mid + 1, hi)));
      subtreeMaxEnd[mid] = max;
      return max;
    }

    void visit(int lo, int hi, long start, long end, Consumer<? super Transcript> action) {
      if (lo >= hi) {
        return;
      }
      int mid = (lo + hi) >>> 1;
      if (subtreeMaxEnd[mid] < start) {
        return;
      }
      visit(lo, mid, start, end, action);
      if (starts[mid] > end) {
        return;
      }
      if (ends[mid] >= start) {
        action.accept(items[mid]);
      }
      visit(mid + 1, hi, start, end, action);
    }
  }
}
