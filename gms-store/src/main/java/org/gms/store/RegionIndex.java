package org.gms.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one-region queries learn about a region at a manifest version and keep for the next query of
 * it, whatever its allow-list: the first and last position of the variants overlapping it, those
 * variants in answer order, and its distinct carriers among everyone in the store as a bitmap of
 * individual indexes (one bit an individual: 12.5 KB at 100,000). Intersected with a query's
 * allow-list the bitmap gives its distinct carriers, which per-variant counts cannot (one
 * individual may carry several of a gene's variants); a consent decision changes only the
 * allow-list, so all of it stays true until the next commit. Kept for the last {@link #KEPT}
 * regions and at most {@link #KEPT_VARIANTS} variants, the current version's only.
 */
final class RegionIndex {

  static final int KEPT = 1024;

  /**
   * Variants kept over all regions: about 60 bytes each on the heap with their names and alleles
   * shared (315 bytes each when every variant had its own strings).
   */
  static final int KEPT_VARIANTS = 200_000;

  record Key(long version, Region region, Variant exact) {}

  /**
   * A region's variants in answer order, with their genes, and their ids sorted ({@code ids}) with
   * each one's place in answer order ({@code order}), so that a counts row finds its variant by a
   * binary search (no boxed map on the heap).
   */
  record Variants(List<Variant> variants, List<String> genes, long[] ids, int[] order) {

    static Variants of(List<Variant> variants, List<String> genes, List<Long> ids) {
      Integer[] byId = new Integer[ids.size()];
      for (int i = 0; i < byId.length; i++) {
        byId[i] = i;
      }
      Arrays.sort(byId, (a, b) -> Long.compare(ids.get(a), ids.get(b)));
      long[] sorted = new long[byId.length];
      int[] order = new int[byId.length];
      for (int i = 0; i < byId.length; i++) {
        sorted[i] = ids.get(byId[i]);
        order[i] = byId[i];
      }
      return new Variants(
          List.copyOf(variants), new ArrayList<>(genes), sorted, order); // genes may be null
    }

    /** The place in answer order of the variant with this id, or -1 when it is not the region's. */
    int indexOf(long id) {
      int at = Arrays.binarySearch(ids, id);
      return at < 0 ? -1 : order[at];
    }
  }

  /** What is known of one region; {@code span} null when no variant overlaps it. */
  static final class Entry {
    final long[] span;
    volatile Variants variants;
    volatile BitSet carriers;

    Entry(long[] span) {
      this.span = span;
    }
  }

  private final Map<Key, Entry> kept = new LinkedHashMap<>(64, 0.75f, true);
  private long variantsKept;

  synchronized Entry get(Key key) {
    return kept.get(key);
  }

  synchronized Entry put(Key key, long[] span) {
    Entry entry = kept.computeIfAbsent(key, k -> new Entry(span));
    // entries of older versions go first: no query of the current version asks for them
    kept.entrySet()
        .removeIf(
            e -> {
              boolean old = e.getKey().version() < key.version();
              if (old && e.getValue().variants != null) {
                variantsKept -= e.getValue().variants.variants().size();
              }
              return old;
            });
    trim();
    return entry;
  }

  synchronized void variants(Entry entry, Variants variants) {
    if (entry.variants == null && kept.containsValue(entry)) {
      variantsKept += variants.variants().size();
    }
    entry.variants = variants;
    trim();
  }

  private void trim() {
    Iterator<Entry> eldest = kept.values().iterator();
    while ((kept.size() > KEPT || variantsKept > KEPT_VARIANTS) && eldest.hasNext()) {
      Entry e = eldest.next();
      if (e.variants != null) {
        variantsKept -= e.variants.variants().size();
      }
      eldest.remove();
    }
  }
}
