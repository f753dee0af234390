package org.gms.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gms.genomics.analysis.AnalysisReport;
import org.gms.genomics.analysis.AnalysisReportHtml;
import org.gms.genomics.analysis.AnalysisReportJson;
import org.gms.genomics.analysis.FamilyAnalysis;
import org.gms.genomics.analysis.PhenotypeMatching;
import org.gms.genomics.annotation.Annotator;
import org.gms.genomics.interpretation.GeneScope;
import org.gms.genomics.interpretation.RankedCandidate;
import org.gms.genomics.interpretation.pedigree.PedReader;
import org.gms.genomics.phenotype.GenePrioritiser;
import org.gms.genomics.phenotype.PhenotypeKnowledge;
import org.gms.genomics.reference.ReferenceGenome;
import org.gms.genomics.variant.AtomicOutput;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./gms interpret}: one family's rare-disease analysis, from VCF, PED and HPO terms to a
 * ranked, explained list of candidates in JSON or HTML.
 */
@Command(
    name = "interpret",
    mixinStandardHelpOptions = true,
    description =
        "Interpret a family's VCF for a rare disease: annotate, filter, check inheritance, classify"
            + " (ACMG/AMP 2015 with ACGS 2020) and rank by phenotype. Writes .json or .html.")
final class InterpretCommand implements Callable<Integer> {

  @Option(names = "--vcf", required = true, description = "The family's VCF (.vcf or .vcf.gz).")
  Path vcf;

  @Option(
      names = "--ped",
      description = "PED pedigree; without one the VCF must hold one sample, the proband.")
  Path ped;

  @Option(names = "--family", description = "Family id in the PED, when it holds several.")
  String family;

  @Mixin PatientTermsOptions terms = new PatientTermsOptions();

  @ArgGroup(multiplicity = "1")
  GeneChoice genes;

  static final class GeneChoice {
    @Option(
        names = "--test",
        paramLabel = "CODE",
        description =
            "A test of the directory (e.g. R29.1): its genes by the directory's rule, as an"
                + " analysis run of an order for it has them.")
    String test;

    @Option(
        names = "--indication",
        paramLabel = "CODE",
        description =
            "Clinical indication (e.g. R29): the genes of its test that names genes (choose with"
                + " --test when several name different genes).")
    String indication;

    @Option(
        names = "--panel",
        paramLabel = "ID",
        description = "A PanelApp panel id from the test directory, e.g. 285.")
    Integer panel;

    @Option(names = "--gene-agnostic", description = "Look at every gene.")
    boolean geneAgnostic;
  }

  @Option(names = "--amber", description = "Include amber panel genes (default: green only).")
  boolean amber;

  @Mixin AnnotationInputs annotation = new AnnotationInputs();

  @Mixin DatabaseOptions database = new DatabaseOptions();

  @Option(
      names = "--output",
      required = true,
      description = "Report: .json or .html. Written only when complete.")
  Path output;

  @Option(
      names = "--top",
      defaultValue = "50",
      description = "Candidates written to the report (default ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--lenient",
      description = "Skip malformed VCF records (listed as warnings) instead of stopping.")
  boolean lenient;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    boolean html = format(output);
    if (top < 1) {
      throw new IllegalArgumentException("--top must be at least 1; got " + top);
    }
    PrintWriter err = spec.commandLine().getErr();
    long started = System.nanoTime();
    GeneScope scope = scope(err);
    PhenotypeMatching phenotype = terms.none() ? null : phenotype(err);
    ReferenceGenome genome = annotation.genome();
    Annotator annotator = annotation.annotator(genome);
    FamilyAnalysis analysis =
        FamilyAnalysis.builder(annotator, annotation.build, scope)
            .reference(genome)
            .pedigree(ped == null ? null : PedReader.read(ped))
            .family(family)
            .phenotype(phenotype)
            .lenient(lenient)
            .clinvar(annotation.clinvar)
            .progress(new Progress(err)::update)
            .build();
    long loaded = System.nanoTime();
    AnalysisReport report = analysis.run(vcf);
    try (AtomicOutput atomic = AtomicOutput.create(output)) {
      OutputStream out = atomic.stream();
      if (html) {
        out.write(AnalysisReportHtml.render(report, top).getBytes(StandardCharsets.UTF_8));
      } else {
        AnalysisReportJson.write(report, top, out);
      }
      atomic.commit();
    }
    summary(err, report, (loaded - started) / 1e9, (System.nanoTime() - loaded) / 1e9);
    return 0;
  }

  private GeneScope scope(PrintWriter err) {
    if (genes.geneAgnostic) {
      return GeneScope.geneAgnostic();
    }
    err.println("Reading the panel from the test directory in " + database.describe());
    err.flush();
    return GeneScope.panel(
        genes.test != null
            ? DirectoryPanel.forTest(database, genes.test)
            : genes.indication != null
                ? DirectoryPanel.forIndication(database, genes.indication)
                : DirectoryPanel.forPanel(database, genes.panel),
        amber);
  }

  private PhenotypeMatching phenotype(PrintWriter err) {
    PhenotypeKnowledge knowledge = PhenotypeKnowledge.bundled();
    var resolved = terms.resolve(knowledge.ontology());
    resolved.notes().forEach(note -> err.println("HPO: " + note));
    return new PhenotypeMatching(knowledge, GenePrioritiser.likelihoodRatio(knowledge), resolved);
  }

  private static boolean format(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return true;
    }
    if (name.endsWith(".json")) {
      return false;
    }
    throw new IllegalArgumentException(
        "--output " + file + ": name it .json or .html to choose the format");
  }

  private void summary(PrintWriter err, AnalysisReport report, double loading, double running) {
    AnalysisReport.Counts counts = report.counts();
    if (System.console() != null) {
      err.println();
    }
    err.printf(
        Locale.ROOT,
        "%,d records, %,d carried alleles annotated, %,d candidates ranked; %.1f s loading,"
            + " %.1f s analysing -> %s%n",
        counts.records(),
        counts.carried(),
        report.interpretation().candidates().size(),
        loading,
        running,
        output);
    for (RankedCandidate candidate :
        report.interpretation().candidates().stream().limit(5).toList()) {
      var first = candidate.candidate().variants().get(0);
      err.printf(
          Locale.ROOT,
          "  %d. %s %s %s %s %s%n",
          candidate.rank(),
          candidate.tier(),
          candidate.candidate().gene(),
          first.candidate().hgvsc() == null
              ? first.candidate().variant()
              : first.candidate().hgvsc(),
          first.classification().acmgClass().abbreviation(),
          candidate.candidate().inheritance().pattern());
    }
    report.warnings().forEach(w -> err.println("warning: " + w));
    err.flush();
  }

  /** Records read so far, on one line of a terminal. */
  private static final class Progress {
    private final PrintWriter err;
    private final boolean shown = System.console() != null;

    Progress(PrintWriter err) {
      this.err = err;
    }

    void update(long records) {
      if (shown) {
        err.printf(Locale.ROOT, "\r%,d records read ", records);
        err.flush();
      }
    }
  }
}
