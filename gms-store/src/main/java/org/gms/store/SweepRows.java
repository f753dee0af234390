package org.gms.store;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The sweep's carrier rows, one individual at a time, handed over in the variant list's order
 * (build, contig, position, alleles) as the engine's own sweep query orders them: DuckDB gives
 * numbers only (individual, the variant's place in the list, zygosity) sorted by individual.
 */
final class SweepRows {

  private final RegionIndex.Variants known;
  private final Consumer<Carrier> rows;
  private int individual = -1;
  private long[] pending = new long[64];
  private int size;
  private long count;

  SweepRows(RegionIndex.Variants known, Consumer<Carrier> rows) {
    this.known = known;
    this.rows = rows;
  }

  /**
   * One carrier row; {@code at} is the variant's place in the list, -1 (skipped) for a variant the
   * list does not hold, which cannot happen while both are read over the same regions.
   */
  void add(int who, int at, int zygosity) {
    if (at < 0) {
      return;
    }
    if (who != individual) {
      flush();
      individual = who;
    }
    if (size == pending.length) {
      pending = Arrays.copyOf(pending, size * 2);
    }
    pending[size++] = ((long) at << 2) | zygosity;
  }

  private void flush() {
    Arrays.sort(pending, 0, size);
    for (int i = 0; i < size; i++) {
      int at = (int) (pending[i] >>> 2);
      rows.accept(
          new Carrier(
              individual, known.variants().get(at), known.genes().get(at), (int) (pending[i] & 3)));
    }
    count += size;
    size = 0;
  }

  long finish() {
    flush();
    return count;
  }
}
