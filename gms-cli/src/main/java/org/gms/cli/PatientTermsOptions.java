package org.gms.cli;

import java.util.ArrayList;
import java.util.List;
import org.gms.genomics.phenotype.HpoOntology;
import org.gms.genomics.phenotype.PatientPhenotype;
import org.gms.genomics.phenotype.ResolvedPhenotype;
import picocli.CommandLine.Option;

/** {@code --hpo} and {@code --excluded}: the patient's observed and excluded HPO terms. */
final class PatientTermsOptions {

  @Option(
      names = "--hpo",
      split = ",",
      paramLabel = "HP:NNNNNNN",
      description =
          "The patient's observed HPO terms, comma-separated (for example"
              + " HP:0001156,HP:0001363).")
  List<String> observed = new ArrayList<>();

  @Option(
      names = "--excluded",
      split = ",",
      paramLabel = "HP:NNNNNNN",
      description = "HPO terms looked for and found absent, comma-separated.")
  List<String> excluded = new ArrayList<>();

  /** Whether no observed term was given. */
  boolean none() {
    return observed.isEmpty();
  }

  /** The terms resolved against the ontology; an id it does not know is an error. */
  ResolvedPhenotype resolve(HpoOntology ontology) {
    return PatientPhenotype.resolve(
        ontology, observed, excluded, PatientPhenotype.UnresolvedIds.REJECT);
  }
}
