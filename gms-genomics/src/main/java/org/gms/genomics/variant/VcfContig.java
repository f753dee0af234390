package org.gms.genomics.variant;

import java.util.OptionalLong;

/**
 * A {@code ##contig} header line.
 *
 * @param name the contig name as the file spells it
 * @param length the declared length in bases, when the header gives one
 */
public record VcfContig(String name, OptionalLong length) {

  public VcfContig {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A contig needs a name");
    }
    length = length == null ? OptionalLong.empty() : length;
  }
}
