package org.gms.genomics.phenotype;

import java.util.Arrays;

/** A growable list of primitive ints, to build the dense tables without boxing. */
final class IntList {

  private int[] values = new int[16];
  private int size;

  void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  int size() {
    return size;
  }

  boolean contains(int value) {
    for (int i = 0; i < size; i++) {
      if (values[i] == value) {
        return true;
      }
    }
    return false;
  }

  int[] toArray() {
    return Arrays.copyOf(values, size);
  }
}
