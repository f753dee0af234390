package org.gms.store;

import java.util.List;

/**
 * The variants of a region that at least one allowed individual carries, by position, and the
 * number of distinct allowed individuals carrying any of them.
 */
public record RegionAnswer(List<VariantCount> variants, int carriers) {

  public RegionAnswer {
    variants = List.copyOf(variants);
  }
}
