package org.gms.cli;

import java.nio.file.Path;
import java.util.List;
import org.gms.server.knowledge.KnowledgeImport;
import org.gms.server.knowledge.KnowledgeImports;
import org.gms.server.knowledge.KnowledgeVersion;
import org.gms.server.knowledge.ReanalysisJob;
import org.gms.server.knowledge.ReanalysisJobs;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./gms knowledge ...}: imports knowledge releases as versions against the platform
 * database, re-examines the stored cases they affect, and runs the batch re-analysis.
 */
@Command(
    name = "knowledge",
    mixinStandardHelpOptions = true,
    description =
        "Versioned knowledge (ClinVar, HPO annotations) and re-analysis of stored cases when it"
            + " changes.",
    subcommands = {
      KnowledgeCommand.Import.class,
      KnowledgeCommand.Versions.class,
      KnowledgeCommand.Reanalyse.class
    })
final class KnowledgeCommand extends CommandGroup {

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = {
        "Import a knowledge release as a new version: clinvar (ClinVar's GRCh38 VCF, .vcf.gz),"
            + " hpo (HPO's genes_to_phenotype.txt, 2023 or current layout, .gz accepted) or panel"
            + " (a PanelApp export, as ./gms directory import --panelapp-tsv/--panelapp-json takes"
            + " it: the panels TSV, API JSON files or a folder of them).",
        "The release is compared with the previous version of its source and every stored case"
            + " the changes could affect is re-examined: alerts go to the laboratories that"
            + " reported them. The same file again does nothing."
      })
  static final class Import extends DatabaseCommand {

    @Parameters(index = "0", paramLabel = "SOURCE", description = "clinvar, hpo or panel")
    String source;

    @Parameters(index = "1", paramLabel = "FILE", description = "The release file.")
    Path file;

    @Option(
        names = "--label",
        paramLabel = "VERSION",
        description =
            "Version to record (default: ClinVar's ##fileDate, or a date in the file name).")
    String label;

    @Option(
        names = "--no-reanalyse",
        description = "Only store the version; re-examine later with ./gms knowledge reanalyse.")
    boolean noReanalyse;

    @Override
    void check() {
      if (!List.of("clinvar", "hpo", "panel").contains(source)) {
        throw new IllegalArgumentException(
            "Unknown knowledge source '"
                + source
                + "': ./gms knowledge import clinvar|hpo|panel FILE.");
      }
    }

    @Override
    int run(ConfigurableApplicationContext context) {
      KnowledgeImports imports = context.getBean(KnowledgeImports.class);
      KnowledgeImport result =
          switch (source) {
            case "clinvar" ->
                imports.importClinvar(file, label, !noReanalyse, ServerContext::progress);
            case "hpo" -> imports.importHpo(file, label, !noReanalyse, ServerContext::progress);
            default -> imports.importPanels(List.of(file), !noReanalyse, ServerContext::progress);
          };
      System.out.println(result.describe());
      return 0;
    }
  }

  @Command(
      name = "versions",
      mixinStandardHelpOptions = true,
      description = "List the imported knowledge versions, newest first.")
  static final class Versions extends DatabaseCommand {

    @Override
    int run(ConfigurableApplicationContext context) {
      List<KnowledgeVersion> all = context.getBean(KnowledgeImports.class).versions();
      if (all.isEmpty()) {
        System.out.println("No knowledge imported yet: ./gms knowledge import clinvar FILE");
      }
      for (KnowledgeVersion v : all) {
        System.out.printf(
            "%-4d %-8s %-22s %-20s %s%n       %s (%s, sha256 %s)%n",
            v.id(),
            v.source(),
            v.label(),
            importedAt(v.importedAt()),
            v.importedBy(),
            v.summary(),
            v.fileName(),
            v.sha256().substring(0, 12));
      }
      return 0;
    }
  }

  @Command(
      name = "reanalyse",
      mixinStandardHelpOptions = true,
      description =
          "Re-examine every stored case (orders in interpretation or reported) against the"
              + " current knowledge, printing progress; alerts already raised are not repeated.")
  static final class Reanalyse extends DatabaseCommand {

    @Override
    int run(ConfigurableApplicationContext context) {
      ReanalysisJob job =
          context
              .getBean(ReanalysisJobs.class)
              .run("batch from the command line", j -> ServerContext.progress(j.describe()));
      System.out.println(job.describe());
      return job.state() == ReanalysisJob.JobState.SUCCEEDED ? 0 : 1;
    }
  }
}
