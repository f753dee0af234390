package org.gms.genomics.pgx.diplotype;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gms.genomics.pgx.definition.DefinedPosition;
import org.gms.genomics.pgx.definition.DiplotypePriority;
import org.gms.genomics.pgx.definition.GeneDefinition;
import org.gms.genomics.pgx.definition.GeneExemption;
import org.gms.genomics.pgx.definition.NamedAllele;

/** A small fluent builder of allele definitions for rule tests. */
final class TestGene {

  private final String gene;
  private final String chromosome;
  private final List<DefinedPosition> positions = new ArrayList<>();
  private final List<NamedAllele> alleles = new ArrayList<>();
  private final Set<Long> required = new HashSet<>();
  private final List<DiplotypePriority> priorities = new ArrayList<>();
  private final Map<String, String> cores = new HashMap<>();

  private TestGene(String gene, String chromosome) {
    this.gene = gene;
    this.chromosome = chromosome;
  }

  static TestGene gene(String gene, String chromosome) {
    return new TestGene(gene, chromosome);
  }

  TestGene position(long position, String ref, String... alts) {
    positions.add(
        new DefinedPosition(chromosome, position, "rs" + position, null, ref, Arrays.asList(alts)));
    return this;
  }

  /** The first allele added is the reference; {@code null} leaves a position unconstrained. */
  TestGene allele(String name, String... bases) {
    alleles.add(new NamedAllele(name, null, alleles.isEmpty(), Arrays.asList(bases)));
    return this;
  }

  TestGene required(long position) {
    required.add(position);
    return this;
  }

  TestGene priority(String pick, String... candidates) {
    priorities.add(new DiplotypePriority(Set.of(candidates), pick));
    return this;
  }

  TestGene reportedAs(String subAllele, String core) {
    cores.put(subAllele, core);
    return this;
  }

  GeneDefinition build() {
    return new GeneDefinition(
        gene,
        chromosome,
        "GRCh38.p14",
        "test",
        positions,
        alleles,
        cores,
        new GeneExemption(required, Set.of(), Set.of(), List.of(), priorities));
  }
}
