package org.gms.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gms.server.directory.GeneLocations;

/**
 * The genes the Beacon benchmark's gene queries ask for: the genes its sites name (ClinVar's
 * GENEINFO) and, with pooled sites (which name none), every placed gene with a site in its span, so
 * gene queries cover genes from near-empty to dense.
 *
 * @param symbols every gene queried
 * @param named the genes the sites name (the ClinVar genes)
 */
record BeaconGenes(List<String> symbols, List<String> named) {

  /** The genes to query, after printing how many sites they hold. */
  static BeaconGenes of(GeneLocations genes, BeaconSites sites) {
    List<String> symbols = new ArrayList<>();
    Map<String, Integer> sitesPerGene = new TreeMap<>();
    for (BeaconSites.Site site : sites.all()) {
      if (site.gene() != null) {
        sitesPerGene.merge(site.gene(), 1, Integer::sum);
      }
    }
    if (sitesPerGene.isEmpty()) {
      for (String gene :
          List.of("CYP2C19", "CYP2C9", "CYP2D6", "CYP3A5", "DPYD", "SLCO1B1", "TPMT", "UGT1A1")) {
        sitesPerGene.put(gene, 0);
      }
    }
    List<String> named =
        sitesPerGene.keySet().stream().filter(g -> genes.locate(g).isPresent()).toList();
    if (sites.pooled()) {
      // pooled sites carry no gene: every placed gene with at least one site, by its span
      Map<String, long[]> positions = positionsByContig(sites.all());
      for (GeneLocations.GeneLocation gene : genes.placed()) {
        long[] at = positions.get(gene.contig());
        if (at == null) {
          continue;
        }
        int from = lowerBound(at, gene.start());
        int to = lowerBound(at, gene.end() + 1);
        if (to > from) {
          sitesPerGene.merge(gene.symbol(), to - from, Math::max);
        }
      }
    }
    sitesPerGene.keySet().stream().filter(g -> genes.locate(g).isPresent()).forEach(symbols::add);
    int[] perGene = sitesPerGene.values().stream().mapToInt(Integer::intValue).sorted().toArray();
    System.out.printf(
        "beacon: gene queries over %d genes with sites; sites per gene median %d, p99 %d, max %d%n",
        symbols.size(),
        perGene[perGene.length / 2],
        perGene[(int) (perGene.length * 0.99)],
        perGene[perGene.length - 1]);
    return new BeaconGenes(symbols, named);
  }

  /** The sites' positions, sorted, per contig. */
  private static Map<String, long[]> positionsByContig(List<BeaconSites.Site> sites) {
    Map<String, long[]> positions = new HashMap<>();
    Map<String, List<Long>> byContig = new HashMap<>();
    for (BeaconSites.Site site : sites) {
      byContig
          .computeIfAbsent(site.key().contig(), c -> new ArrayList<>())
          .add(site.key().position());
    }
    byContig.forEach(
        (contig, list) ->
            positions.put(contig, list.stream().mapToLong(Long::longValue).sorted().toArray()));
    return positions;
  }

  private static int lowerBound(long[] sorted, long value) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] < value) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
