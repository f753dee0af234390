package org.gms.genomics.pgx.phenotype;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gms.genomics.pgx.diplotype.Diplotype;
import org.gms.genomics.pgx.diplotype.Haplotype;

/** Phenotypes from a source's function and diplotype tables. */
final class TablePhenotyper implements GenePhenotyper {

  private final PhenotypeTable table;
  private final Map<String, Double> activity;

  TablePhenotyper(PhenotypeTable table) {
    this.table = table;
    this.activity = table.activityValues();
  }

  @Override
  public GuidelineSource source() {
    return table.source();
  }

  @Override
  public PhenotypeCall translate(Diplotype diplotype) {
    List<String> names = new ArrayList<>();
    List<AlleleFunction> functions = new ArrayList<>();
    add(diplotype.first(), names, functions);
    diplotype.secondHaplotype().ifPresent(second -> add(second, names, functions));
    Map<String, Integer> counts = new HashMap<>();
    names.forEach(name -> counts.merge(name, 1, Integer::sum));
    Optional<PhenotypeEntry> row = table.diplotype(names);
    return new PhenotypeCall(
        table.source(),
        functions,
        counts,
        row.map(PhenotypeEntry::phenotype).orElse(null),
        row.map(PhenotypeEntry::activityScore).orElse(null),
        row.map(PhenotypeEntry::lookupKey).stream().toList());
  }

  private void add(Haplotype haplotype, List<String> names, List<AlleleFunction> functions) {
    String representative = lowestFunction(haplotype);
    names.add(representative);
    AlleleFunction function =
        table.allele(representative).orElse(new AlleleFunction(representative, null, null));
    functions.add(
        new AlleleFunction(haplotype.name(), function.function(), function.activityValue()));
  }

  private String lowestFunction(Haplotype haplotype) {
    String lowest = haplotype.alleles().get(0);
    for (String allele : haplotype.alleles()) {
      if (activity.getOrDefault(allele, Double.MAX_VALUE)
          < activity.getOrDefault(lowest, Double.MAX_VALUE)) {
        lowest = allele;
      }
    }
    return lowest;
  }
}
