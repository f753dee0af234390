package org.gms.store;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The distinct carriers of a region among everyone in the store, as bitmaps of individual indexes
 * (one bit an individual: 12.5 KB at 100,000), kept for the last {@link #KEPT} regions asked about
 * at the current manifest version. Intersected with a query's allow-list they give its distinct
 * carriers, which per-variant counts cannot (one individual may carry several of a gene's
 * variants); a consent decision changes only the allow-list, so the bitmaps stay true until the
 * next commit.
 */
final class RegionCarriers {

  /** Regions kept: the heap they take is at most this many times the cohort size / 8 bytes. */
  static final int KEPT = 256;

  record Key(long version, Region region, Variant exact) {}

  private final Map<Key, BitSet> kept = new LinkedHashMap<>(64, 0.75f, true);

  synchronized BitSet get(Key key) {
    return kept.get(key);
  }

  synchronized void put(Key key, BitSet carriers) {
    kept.put(key, carriers);
    // bitmaps of older versions go first: no query of the current version asks for them
    kept.keySet().removeIf(k -> k.version() < key.version());
    while (kept.size() > KEPT) {
      kept.remove(kept.keySet().iterator().next());
    }
  }

  synchronized int size() {
    return kept.size();
  }
}
