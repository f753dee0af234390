package org.gms.store;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;

/**
 * The individuals a query may count (consented, and of the sub-cohort asked about): sorted,
 * distinct indexes. Made for each query from the current decisions, so a withdrawal counts from the
 * next query; the files are never rewritten for it.
 */
public final class AllowList {

  private final int[] individuals;
  private final int hash;
  private volatile BitSet bits;

  private AllowList(int[] sorted) {
    this.individuals = sorted;
    this.hash = Arrays.hashCode(sorted);
  }

  public static AllowList of(BitSet bits) {
    return new AllowList(bits.stream().toArray());
  }

  public static AllowList of(Collection<Integer> individuals) {
    return new AllowList(
        individuals.stream().mapToInt(Integer::intValue).sorted().distinct().toArray());
  }

  public static AllowList of(int... individuals) {
    return new AllowList(Arrays.stream(individuals).sorted().distinct().toArray());
  }

  public int size() {
    return individuals.length;
  }

  public int[] individuals() {
    return individuals.clone();
  }

  int get(int i) {
    return individuals[i];
  }

  /** How many of these individuals are set in {@code carriers} (which is not changed). */
  int countIn(BitSet carriers) {
    BitSet mine = bits;
    if (mine == null) {
      mine = new BitSet();
      for (int individual : individuals) {
        mine.set(individual);
      }
      bits = mine;
    }
    BitSet both = (BitSet) carriers.clone();
    both.and(mine);
    return both.cardinality();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AllowList a
        && a.hash == hash
        && Arrays.equals(a.individuals, individuals);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return individuals.length + " individuals";
  }
}
