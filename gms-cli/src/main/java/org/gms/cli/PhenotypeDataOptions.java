package org.gms.cli;

import java.nio.file.Path;
import org.gms.genomics.phenotype.PhenotypeKnowledge;
import picocli.CommandLine.Option;

/** The HPO files a phenotype command loads: the bundled release unless others are given. */
public final class PhenotypeDataOptions {

  @Option(
      names = "--obo",
      description = "HPO ontology hp.obo (plain or .gz). Default: the bundled HPO 2026-02-16.")
  Path obo;

  @Option(
      names = "--genes-to-phenotype",
      description =
          "HPO genes_to_phenotype.txt (current 6-column or legacy 9-column layout, plain or .gz)."
              + " Default: the bundled HPO 2026-02-16 file.")
  Path genesToPhenotype;

  @Option(
      names = "--hpoa",
      description =
          "HPO phenotype.hpoa (plain or .gz): disease annotations with frequencies, names and NOT"
              + " annotations, used instead of genes_to_phenotype's for the diseases it has.")
  Path hpoa;

  public PhenotypeKnowledge load() {
    PhenotypeKnowledge.Builder builder = PhenotypeKnowledge.builder();
    if (obo != null) {
      builder.obo(obo);
    }
    if (genesToPhenotype != null) {
      builder.genesToPhenotype(genesToPhenotype);
    }
    if (hpoa != null) {
      builder.hpoa(hpoa);
    }
    return builder.load();
  }
}
