package org.gms.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.gms.genomics.variant.VariantKey;

/**
 * The kinds of Beacon query the benchmark times, each a source of request URLs drawn at random from
 * the cohort's sites, genes and {@link #FILTERS}, in the order they are timed and reported.
 */
final class BeaconQueryKinds {

  /** Filters the individuals queries use: terms given, and ancestors of several of them. */
  static final List<String> FILTERS =
      List.of(
          "HP:0001263",
          "HP:0001250",
          "HP:0001631",
          "HP:0003002",
          "HP:0000365",
          "HP:0001627", // abnormal heart morphology: ASD, VSD, cardiomyopathies below it
          "HP:0012759", // neurodevelopmental abnormality: delay, disability, autism below it
          "HP:0000707", // abnormality of the nervous system: most of the cohort
          "HP:0002664", // neoplasm: the cancers below it
          "HP:0000478"); // abnormality of the eye: a term no request names, only descendants

  private BeaconQueryKinds() {}

  /** Each kind's name and its URLs; the ClinVar-gene kind only when other genes are queried too. */
  static Map<String, Supplier<String>> of(
      String root, List<BeaconSites.Site> sites, BeaconGenes genes, SplittableRandom random) {
    String base = root + "/g_variants?";
    List<String> symbols = genes.symbols();
    List<String> namedGenes = genes.named();
    Map<String, Supplier<String>> kinds = new LinkedHashMap<>();
    kinds.put(
        "position count",
        () -> {
          VariantKey key = pick(sites, random).key();
          return base + at(key) + "&requestedGranularity=count";
        });
    kinds.put(
        "position boolean",
        () -> {
          VariantKey key = pick(sites, random).key();
          return base
              + at(key)
              + "&referenceBases="
              + key.ref()
              + "&alternateBases="
              + key.alt()
              + "&requestedGranularity=boolean";
        });
    kinds.put(
        "range 10kb count",
        () -> {
          VariantKey key = pick(sites, random).key();
          return base
              + "referenceName="
              + key.contig()
              + "&start="
              + Math.max(0, key.position() - 5_000)
              + "&end="
              + (key.position() + 5_000)
              + "&requestedGranularity=count";
        });
    kinds.put(
        "gene count",
        () -> base + "geneId=" + pick(symbols, random) + "&requestedGranularity=count");
    kinds.put(
        "gene record",
        () -> base + "geneId=" + pick(symbols, random) + "&requestedGranularity=record&limit=10");
    if (symbols.size() > namedGenes.size() && !namedGenes.isEmpty()) {
      kinds.put(
          "gene count, ClinVar genes",
          () -> base + "geneId=" + pick(namedGenes, random) + "&requestedGranularity=count");
    }
    String individualsBase = root + "/individuals?";
    kinds.put(
        "individuals HPO count",
        () -> individualsBase + "filters=" + pick(FILTERS, random) + "&requestedGranularity=count");
    kinds.put(
        "individuals HPO+sex record",
        () ->
            individualsBase
                + "filters="
                + pick(FILTERS, random)
                + ","
                + (random.nextBoolean() ? "NCIT:C16576" : "NCIT:C20197")
                + "&requestedGranularity=record&limit=10");
    kinds.put("filtering_terms", () -> root + "/filtering_terms");
    return kinds;
  }

  /** The position parameters of a g_variants query at the variant (Beacon starts are 0-based). */
  private static String at(VariantKey key) {
    return "referenceName=" + key.contig() + "&start=" + (key.position() - 1);
  }

  private static <T> T pick(List<T> items, SplittableRandom random) {
    return items.get(random.nextInt(items.size()));
  }
}
