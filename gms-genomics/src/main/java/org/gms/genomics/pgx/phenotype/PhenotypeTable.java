package org.gms.genomics.pgx.phenotype;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A gene's function and phenotype tables from one source: allele to function and activity value,
 * diplotype to phenotype, activity score and lookup key.
 */
public final class PhenotypeTable {

  private final String gene;
  private final GuidelineSource source;
  private final String version;
  private final Map<String, AlleleFunction> alleles;
  private final Map<Map<String, Integer>, PhenotypeEntry> diplotypes = new HashMap<>();

  public PhenotypeTable(
      String gene,
      GuidelineSource source,
      String version,
      List<AlleleFunction> alleles,
      List<PhenotypeEntry> diplotypes) {
    this.gene = gene;
    this.source = source;
    this.version = version;
    Map<String, AlleleFunction> byName = new HashMap<>();
    alleles.forEach(a -> byName.put(a.allele(), a));
    this.alleles = Map.copyOf(byName);
    diplotypes.forEach(d -> this.diplotypes.put(d.alleleCounts(), d));
  }

  public String gene() {
    return gene;
  }

  public GuidelineSource source() {
    return source;
  }

  public String version() {
    return version;
  }

  /** Every allele's function, and every diplotype row, for comparing tables. */
  public Map<Object, Object> contents() {
    return Map.of("alleles", alleles, "diplotypes", Map.copyOf(diplotypes));
  }

  public Optional<AlleleFunction> allele(String name) {
    return Optional.ofNullable(alleles.get(name));
  }

  /** The row for a diplotype given as its allele names (one name for a haploid call). */
  public Optional<PhenotypeEntry> diplotype(List<String> alleleNames) {
    Map<String, Integer> counts = new HashMap<>();
    alleleNames.forEach(name -> counts.merge(name, 1, Integer::sum));
    return Optional.ofNullable(diplotypes.get(counts));
  }

  /** Every allele's activity value that is a number, for activity-score rules. */
  public Map<String, Double> activityValues() {
    Map<String, Double> values = new HashMap<>();
    alleles.forEach(
        (name, function) -> {
          try {
            if (function.activityValue() != null) {
              values.put(name, Double.parseDouble(function.activityValue()));
            }
          } catch (NumberFormatException notANumber) {
            // "n/a" and similar: the allele has no activity value
          }
        });
    return values;
  }
}
