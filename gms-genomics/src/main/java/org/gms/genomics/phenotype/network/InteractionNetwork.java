package org.gms.genomics.phenotype.network;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.gms.genomics.phenotype.Gene;
import org.gms.genomics.phenotype.modelorganism.CrossSpeciesFiles;

/**
 * Human protein-protein interactions between genes (undirected, unweighted; PRINCE set of
 * PhenoRank: BioGRID, HI-II-14, HPRD, IntAct, 2015-16), with a random walk with restart over them.
 *
 * <p>{@link #propagate} spreads seed weights (the genes whose diseases match the patient, weighted
 * by their posterior) along the edges: {@code p = a r + (1-a) W p}, W column-normalised by degree,
 * iterated a fixed number of times; the restart mass {@code a r} a gene gets from itself is then
 * removed, so a gene's network score says how much evidence reaches it from its neighbours, never
 * from its own diseases.
 */
public final class InteractionNetwork {

  private final List<Gene> genes;
  private final Map<Integer, Integer> byNcbi;
  private final int[][] neighbours;
  private final List<String> provenance;

  private InteractionNetwork(List<Gene> genes, int[][] neighbours, List<String> provenance) {
    this.genes = List.copyOf(genes);
    this.neighbours = neighbours;
    this.provenance = List.copyOf(provenance);
    this.byNcbi = new HashMap<>();
    for (int g = 0; g < genes.size(); g++) {
      byNcbi.put(genes.get(g).ncbiGeneId(), g);
    }
  }

  /** The bundled PRINCE interactions, loaded once. */
  public static InteractionNetwork bundled() {
    return Bundled.NETWORK;
  }

  private static final class Bundled {
    static final InteractionNetwork NETWORK = load(CrossSpeciesFiles.bundled());
  }

  /**
   * Reads {@value CrossSpeciesFiles#INTERACTIONS} (two Ensembl gene ids a line, space or tab); ids
   * HGNC does not know are counted and reported in {@link #provenance()}.
   */
  public static InteractionNetwork load(CrossSpeciesFiles files) {
    Map<Gene, Integer> index = new HashMap<>();
    List<Gene> genes = new ArrayList<>();
    List<Set<Integer>> adjacency = new ArrayList<>();
    Set<String> unknown = new LinkedHashSet<>();
    int rows = 0;
    int unusable = 0;
    try (BufferedReader in = files.open(CrossSpeciesFiles.INTERACTIONS)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] f = line.strip().split("\\s+");
        if (f.length < 2) {
          continue;
        }
        rows++;
        Optional<Gene> a = files.gene(f[0]);
        Optional<Gene> b = files.gene(f[1]);
        if (a.isEmpty() || b.isEmpty()) {
          a.ifPresentOrElse(x -> {}, () -> unknown.add(f[0]));
          b.ifPresentOrElse(x -> {}, () -> unknown.add(f[1]));
          unusable++;
          continue;
        }
        if (a.get().equals(b.get())) {
          continue;
        }
        int i = index.computeIfAbsent(a.get(), k -> add(k, genes, adjacency));
        int j = index.computeIfAbsent(b.get(), k -> add(k, genes, adjacency));
        adjacency.get(i).add(j);
        adjacency.get(j).add(i);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + CrossSpeciesFiles.INTERACTIONS, e);
    }
    int[][] neighbours =
        adjacency.stream()
            .map(s -> s.stream().mapToInt(Integer::intValue).toArray())
            .toArray(int[][]::new);
    long edges = Arrays.stream(neighbours).mapToLong(n -> n.length).sum() / 2;
    List<String> provenance =
        List.of(
            String.format(
                Locale.ROOT,
                "%s %s: %,d protein interactions (PRINCE 2016), %,d genes, %,d edges; %,d"
                    + " interactions with an Ensembl id HGNC 2024-10 does not know (%,d ids%s)",
                files.origin(),
                CrossSpeciesFiles.INTERACTIONS,
                rows,
                genes.size(),
                edges,
                unusable,
                unknown.size(),
                unknown.isEmpty()
                    ? ""
                    : ", e.g. " + String.join(", ", unknown.stream().limit(5).toList())));
    return new InteractionNetwork(genes, neighbours, provenance);
  }

  private static int add(Gene gene, List<Gene> genes, List<Set<Integer>> adjacency) {
    genes.add(gene);
    adjacency.add(new TreeSet<>());
    return genes.size() - 1;
  }

  public List<String> provenance() {
    return provenance;
  }

  /** Genes with at least one interaction. */
  public List<Gene> genes() {
    return genes;
  }

  public Optional<Integer> indexOf(Gene gene) {
    return Optional.ofNullable(byNcbi.get(gene.ncbiGeneId()));
  }

  /** Interaction partners of the gene at this index. */
  public List<Gene> neighboursOf(int gene) {
    return Arrays.stream(neighbours[gene]).mapToObj(genes::get).toList();
  }

  /**
   * Random walk with restart from the seed weights (per gene index, summing to at most 1): the
   * stationary probability of each gene minus what it receives from restarting at itself.
   *
   * @param restart the restart probability a (0 to 1)
   * @param iterations power iterations (the walk converges geometrically as (1-a)^k)
   */
  public double[] propagate(double[] seeds, double restart, int iterations) {
    if (seeds.length != genes.size() || !(restart > 0 && restart <= 1) || iterations < 1) {
      throw new IllegalArgumentException(
          "propagate needs one seed per network gene, a restart in (0, 1] and iterations >= 1");
    }
    double[] p = seeds.clone();
    double[] next = new double[p.length];
    for (int k = 0; k < iterations; k++) {
      for (int g = 0; g < p.length; g++) {
        next[g] = restart * seeds[g];
      }
      for (int g = 0; g < p.length; g++) {
        if (p[g] == 0) {
          continue;
        }
        double share = (1 - restart) * p[g] / neighbours[g].length;
        for (int n : neighbours[g]) {
          next[n] += share;
        }
      }
      double[] swap = p;
      p = next;
      next = swap;
    }
    for (int g = 0; g < p.length; g++) {
      p[g] = Math.max(0, p[g] - restart * seeds[g]);
    }
    return p;
  }
}
