package org.gms.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gms.genomics.phenotype.DiseaseMatch;
import org.gms.genomics.phenotype.EvidenceCalibration;
import org.gms.genomics.phenotype.GeneMatch;
import org.gms.genomics.phenotype.GenePrioritiser;
import org.gms.genomics.phenotype.PhenotypeKnowledge;
import org.gms.genomics.phenotype.Ranking;
import org.gms.genomics.phenotype.ResolvedPhenotype;
import org.gms.genomics.phenotype.TermMatch;
import org.gms.genomics.phenotype.modelorganism.CrossSpeciesFiles;
import org.gms.genomics.phenotype.modelorganism.MouseModels;
import org.gms.genomics.phenotype.network.InteractionNetwork;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./gms prioritise-genes}: ranks genes for a patient's observed and excluded HPO terms and
 * explains the best ones, term by term: by default with the evidence the ranking benchmark uses
 * (human disease annotations, mouse mutants, protein interactions and a gene prior, each calibrated
 * as a likelihood ratio), each piece of it on its own line naming its source.
 */
@Command(
    name = "prioritise-genes",
    mixinStandardHelpOptions = true,
    description =
        "Rank genes for a patient's HPO terms (phenotype likelihood ratio with calibrated mouse,"
            + " interaction and prior evidence) and show, for each, its best-matching diseases,"
            + " which patient terms matched which disease terms, and the other evidence.")
final class PrioritiseGenesCommand implements Callable<Integer> {

  @Mixin PatientTermsOptions terms = new PatientTermsOptions();

  @Option(
      names = "--top",
      defaultValue = "20",
      description = "Genes to show (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--diseases",
      defaultValue = "2",
      description = "Diseases explained per gene (default: ${DEFAULT-VALUE}).")
  int diseases;

  @Option(
      names = "--evidence",
      defaultValue = "cross-species",
      description =
          "human (HPO disease annotations only) or cross-species (also mouse mutants, protein"
              + " interactions and a gene prior, each as a calibrated likelihood ratio, as"
              + " ./gms benchmark phenopackets ranks). Default: ${DEFAULT-VALUE}.")
  String evidence;

  @Option(
      names = "--model-organisms",
      description =
          "Folder with the cross-species files under their upstream names (MGI mutants and"
              + " phenotypes, PhenoRank HP/MP table, uPheno HP-MP matches, PRINCE interactions)."
              + " Default: the bundled copies.")
  Path modelOrganisms;

  @Option(
      names = "--calibration",
      description =
          "Calibration table as ./gms benchmark phenopackets writes it. Default: the bundled one"
              + " (fitted on the tuning half of the published cases, 2023-01-27 annotations).")
  Path calibration;

  @Mixin PhenotypeDataOptions data;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (top < 1 || diseases < 1) {
      throw new IllegalArgumentException("--top and --diseases must be at least 1");
    }
    if (terms.none()) {
      throw new IllegalArgumentException(
          "Give the patient's observed HPO terms with --hpo, e.g. --hpo HP:0001156,HP:0001363");
    }
    PhenotypeKnowledge knowledge = data.load();
    ResolvedPhenotype resolved = terms.resolve(knowledge.ontology());
    if (resolved.phenotype().observed().isEmpty()) {
      throw new IllegalArgumentException(
          "No observed phenotypic abnormality left to rank on; give terms below HP:0000118");
    }
    PrintWriter out = spec.commandLine().getOut();
    knowledge.provenance().forEach(line -> out.println("# " + line));
    GenePrioritiser prioritiser = prioritiser(knowledge, out);
    Ranking ranking = prioritiser.rank(resolved.phenotype());
    resolved.notes().forEach(note -> out.println("# note: " + note));
    out.printf(
        Locale.ROOT,
        "# %s over %,d genes; score = log10 likelihood ratio%s, posterior with every disease"
            + " equally likely beforehand%n",
        prioritiser.algorithm(),
        ranking.size(),
        evidence.equals("human")
            ? ""
            : " (human annotations with the calibrated mouse, interaction and prior ratios)");
    for (GeneMatch gene : ranking.top(top)) {
      out.printf(
          Locale.ROOT,
          "%3d  %-10s score %6.2f  posterior %5.1f%%%n",
          gene.rank(),
          gene.gene().symbol(),
          gene.score(),
          100 * gene.posterior());
      gene.diseases().stream().limit(diseases).forEach(disease -> print(out, disease));
      gene.evidence().forEach(line -> out.println("       " + line));
    }
    out.flush();
    return 0;
  }

  /** The human-only ranking, or the cross-species one with its sources named. */
  private GenePrioritiser prioritiser(PhenotypeKnowledge knowledge, PrintWriter out) {
    switch (evidence) {
      case "human" -> {
        return GenePrioritiser.likelihoodRatio(knowledge);
      }
      case "cross-species" -> {}
      default ->
          throw new IllegalArgumentException(
              "--evidence must be human or cross-species; got '" + evidence + "'");
    }
    CrossSpeciesFiles files =
        modelOrganisms == null ? CrossSpeciesFiles.bundled() : CrossSpeciesFiles.in(modelOrganisms);
    MouseModels mouse = modelOrganisms == null ? MouseModels.bundled() : MouseModels.load(files);
    InteractionNetwork network =
        modelOrganisms == null ? InteractionNetwork.bundled() : InteractionNetwork.load(files);
    EvidenceCalibration table = calibration();
    mouse.provenance().forEach(line -> out.println("# " + line));
    network.provenance().forEach(line -> out.println("# " + line));
    return GenePrioritiser.crossSpecies(knowledge, mouse, network, table);
  }

  private EvidenceCalibration calibration() {
    if (calibration == null) {
      return EvidenceCalibration.bundled();
    }
    if (!Files.isRegularFile(calibration)) {
      throw new IllegalArgumentException(
          "--calibration "
              + calibration
              + ": no such file; give a table written by ./gms"
              + " benchmark phenopackets, or leave the option out for the bundled one");
    }
    try (BufferedReader in = Files.newBufferedReader(calibration)) {
      return EvidenceCalibration.parse(in, calibration.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + calibration, e);
    }
  }

  private static void print(PrintWriter out, DiseaseMatch disease) {
    out.printf(
        Locale.ROOT,
        "       %s%s  score %.2f (unreported disease features %.2f)%n",
        disease.disease(),
        disease.name().isEmpty() ? "" : " " + disease.name(),
        disease.score(),
        disease.unreportedFeatures());
    for (TermMatch term : disease.terms()) {
      out.printf(
          Locale.ROOT,
          "         %s%s %s -> %s %s%s  %+.2f%n",
          term.excluded() ? "NOT " : "",
          term.patientTerm(),
          term.patientTermName(),
          term.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '),
          term.diseaseTerm() == null ? "" : term.diseaseTerm() + " " + term.diseaseTermName(),
          Double.isNaN(term.frequency())
              ? ""
              : String.format(Locale.ROOT, " (p=%.2f)", term.frequency()),
          term.score());
    }
  }
}
