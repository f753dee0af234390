package org.gms.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gms.genomics.phenotype.DiseaseMatch;
import org.gms.genomics.phenotype.GeneMatch;
import org.gms.genomics.phenotype.GenePrioritiser;
import org.gms.genomics.phenotype.PatientPhenotype;
import org.gms.genomics.phenotype.PhenotypeKnowledge;
import org.gms.genomics.phenotype.Ranking;
import org.gms.genomics.phenotype.ResolvedPhenotype;
import org.gms.genomics.phenotype.TermMatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./gms prioritise-genes}: ranks every HPO-annotated gene for a patient's observed and
 * excluded HPO terms and explains the best ones, term by term.
 */
@Command(
    name = "prioritise-genes",
    mixinStandardHelpOptions = true,
    description =
        "Rank genes for a patient's HPO terms (phenotype likelihood ratio) and show, for each,"
            + " its best-matching diseases and which patient terms matched which disease terms.")
final class PrioritiseGenesCommand implements Callable<Integer> {

  @Option(
      names = "--hpo",
      required = true,
      split = ",",
      description = "Observed HPO terms, comma-separated (for example HP:0001156,HP:0001363).")
  List<String> observed = new ArrayList<>();

  @Option(
      names = "--excluded",
      split = ",",
      description = "HPO terms looked for and found absent, comma-separated.")
  List<String> excluded = new ArrayList<>();

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

  @Mixin PhenotypeDataOptions data;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (top < 1 || diseases < 1) {
      throw new IllegalArgumentException("--top and --diseases must be at least 1");
    }
    PhenotypeKnowledge knowledge = data.load();
    ResolvedPhenotype resolved =
        PatientPhenotype.resolve(
            knowledge.ontology(), observed, excluded, PatientPhenotype.UnresolvedIds.REJECT);
    if (resolved.phenotype().observed().isEmpty()) {
      throw new IllegalArgumentException(
          "No observed phenotypic abnormality left to rank on; give terms below HP:0000118");
    }
    GenePrioritiser prioritiser = GenePrioritiser.likelihoodRatio(knowledge);
    Ranking ranking = prioritiser.rank(resolved.phenotype());
    PrintWriter out = spec.commandLine().getOut();
    knowledge.provenance().forEach(line -> out.println("# " + line));
    resolved.notes().forEach(note -> out.println("# note: " + note));
    out.printf(
        Locale.ROOT,
        "# %s over %,d genes; score = log10 likelihood ratio, posterior with every disease"
            + " equally likely beforehand%n",
        prioritiser.algorithm(),
        ranking.size());
    for (GeneMatch gene : ranking.top(top)) {
      out.printf(
          Locale.ROOT,
          "%3d  %-10s score %6.2f  posterior %5.1f%%%n",
          gene.rank(),
          gene.gene().symbol(),
          gene.score(),
          100 * gene.posterior());
      gene.diseases().stream().limit(diseases).forEach(disease -> print(out, disease));
    }
    out.flush();
    return 0;
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
