package org.gms.genomics.pgx.phenotype;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.gms.genomics.pgx.diplotype.Diplotype;

/** Carrier status of the alleles guidelines ask about (HLA-A, HLA-B). */
final class CarrierStatusPhenotyper implements GenePhenotyper {

  private static final String POSITIVE = " positive";
  private static final String NEGATIVE = " negative";

  private final GuidelineSource source;
  private final Set<String> asked = new TreeSet<>();
  private final Set<String> negativesReported = new TreeSet<>();

  CarrierStatusPhenotyper(GuidelineSource source, Collection<String> guidelineKeys) {
    this.source = source;
    for (String key : guidelineKeys) {
      if (key.endsWith(POSITIVE)) {
        asked.add(key.substring(0, key.length() - POSITIVE.length()));
      } else if (key.endsWith(NEGATIVE)) {
        String allele = key.substring(0, key.length() - NEGATIVE.length());
        asked.add(allele);
        negativesReported.add(allele);
      }
    }
  }

  @Override
  public GuidelineSource source() {
    return source;
  }

  @Override
  public PhenotypeCall translate(Diplotype diplotype) {
    Set<String> carried = new TreeSet<>(diplotype.first().alleles());
    diplotype.secondHaplotype().ifPresent(second -> carried.addAll(second.alleles()));
    List<String> keys = new ArrayList<>();
    for (String allele : asked) {
      if (carried.contains(allele)) {
        keys.add(allele + POSITIVE);
      } else if (negativesReported.contains(allele)) {
        keys.add(allele + NEGATIVE);
      }
    }
    Map<String, Integer> counts = new HashMap<>();
    List<AlleleFunction> functions = new ArrayList<>();
    List<String> haplotypes = new ArrayList<>(List.of(diplotype.first().name()));
    diplotype.secondHaplotype().ifPresent(second -> haplotypes.add(second.name()));
    for (String name : haplotypes) {
      counts.merge(name, 1, Integer::sum);
      functions.add(new AlleleFunction(name, null, null));
    }
    return new PhenotypeCall(source, functions, counts, String.join("; ", keys), null, keys);
  }
}
