package org.gms.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gms.genomics.phenotype.EvidenceCalibration;
import org.gms.genomics.phenotype.modelorganism.CrossSpeciesFiles;
import org.gms.genomics.phenotype.modelorganism.MouseModels;
import org.gms.genomics.phenotype.network.InteractionNetwork;
import picocli.CommandLine.Option;

/** Evidence beyond the human annotations: mouse mutants, interactions, their calibration. */
final class CrossSpeciesOptions {

  @Option(
      names = "--evidence",
      defaultValue = "cross-species",
      description =
          "human (HPO disease annotations only) or cross-species (also mouse mutants, protein"
              + " interactions and a gene prior, each as a calibrated likelihood ratio). Default:"
              + " ${DEFAULT-VALUE}.")
  String evidence;

  @Option(
      names = "--model-organisms",
      description =
          "Folder with the cross-species files under their upstream names (MGI mutants and"
              + " phenotypes 2016, PhenoRank HP/MP table 2017, uPheno HP-MP matches, PRINCE"
              + " interactions). Default: the bundled copies.")
  Path modelOrganisms;

  @Option(
      names = "--calibration",
      description =
          "Calibration table (as written by ./gms benchmark phenopackets). Default: the bundled one"
              + " (fitted on the tuning half of the published cases with the 2023-01-27"
              + " annotations).")
  Path calibration;

  boolean crossSpecies() {
    return switch (evidence) {
      case "human" -> false;
      case "cross-species" -> true;
      default ->
          throw new IllegalArgumentException(
              "--evidence must be human or cross-species; got " + evidence);
    };
  }

  CrossSpeciesFiles files() {
    return modelOrganisms == null
        ? CrossSpeciesFiles.bundled()
        : CrossSpeciesFiles.in(modelOrganisms);
  }

  MouseModels mouse() {
    return modelOrganisms == null ? MouseModels.bundled() : MouseModels.load(files());
  }

  InteractionNetwork network() {
    return modelOrganisms == null ? InteractionNetwork.bundled() : InteractionNetwork.load(files());
  }

  EvidenceCalibration calibration() {
    if (calibration == null) {
      return EvidenceCalibration.bundled();
    }
    try (BufferedReader in = Files.newBufferedReader(calibration)) {
      return EvidenceCalibration.parse(in, calibration.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + calibration, e);
    }
  }
}
