package org.gms.server.research;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gms.server.record.NhsNumber;

/**
 * The research genotype store: which patients carry which variants, for Beacon answers. Genotypes
 * are stored for every sequenced patient; consent is applied when a question is answered, so a
 * withdrawal takes effect at the next query without touching the store.
 */
public interface ResearchGenotypes {

  /**
   * What a load did.
   *
   * @param alreadyLoaded the source had been loaded before, and nothing was done
   */
  record Loaded(String source, int individuals, int variants, boolean alreadyLoaded) {}

  /**
   * Loads the genotypes of a VCF's samples (GRCh38, normalised against the reference where it has
   * the bases). Each source is loaded once.
   *
   * @param source a name for where the genotypes come from, e.g. {@code analysis run 12}
   * @param samples VCF sample name by patient; samples not in the VCF are skipped
   */
  Loaded loadVcf(String source, Path vcf, Map<NhsNumber, String> samples);

  /** Loads carriers directly (as the benchmark does); each source is loaded once. */
  Loaded load(String source, List<VariantCarriers> variants);
}
