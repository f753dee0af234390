package org.gms.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gms.server.GmsException;
import org.gms.server.directory.BundledImport;
import org.gms.server.directory.Confidence;
import org.gms.server.directory.DirectoryImports;
import org.gms.server.directory.GenePanels;
import org.gms.server.directory.GenomicTest;
import org.gms.server.directory.ImportChanges;
import org.gms.server.directory.ImportSummary;
import org.gms.server.directory.Indication;
import org.gms.server.directory.IndicationMatch;
import org.gms.server.directory.PanelGene;
import org.gms.server.directory.PanelGeneList;
import org.gms.server.directory.PanelLink;
import org.gms.server.directory.TestDirectory;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./gms directory ...}: imports test directory releases and PanelApp exports into the
 * database and answers questions about them, without starting the web server.
 */
@Command(
    name = "directory",
    mixinStandardHelpOptions = true,
    description = "The National Genomic Test Directory and PanelApp gene panels.",
    subcommands = {
      DirectoryCommand.Import.class,
      DirectoryCommand.Versions.class,
      DirectoryCommand.Changes.class,
      DirectoryCommand.Search.class,
      DirectoryCommand.Show.class,
      DirectoryCommand.Panel.class
    })
final class DirectoryCommand extends CommandGroup {

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = {
        "Import a test directory release (NHS England xlsx) and/or a PanelApp export (the panels"
            + " TSV, PanelApp API JSON list pages and panel files; .gz accepted). Each import is a"
            + " new version; old versions are kept. Panels are imported before the directory.",
        "A file that cannot be read leaves the database as it was."
      })
  static final class Import extends DatabaseCommand {

    @Option(
        names = "--directory-xlsx",
        paramLabel = "FILE",
        description = "Rare and inherited disease test directory spreadsheet.")
    Path xlsx;

    @Option(
        names = "--label",
        paramLabel = "VERSION",
        description = "Directory version to record (default: read from the file's title or name).")
    String label;

    @Option(
        names = "--panelapp-tsv",
        paramLabel = "FILE",
        description = "PanelApp panels TSV (id, Gene, confidence_level, mode_of_inheritance, ...).")
    List<Path> tsv = new ArrayList<>();

    @Option(
        names = "--panelapp-json",
        paramLabel = "DIR|FILE",
        description =
            "PanelApp API JSON: panel list pages and/or panel files, or a folder of them.")
    List<Path> json = new ArrayList<>();

    @Option(
        names = "--bundled",
        description = "Import the directory and panels shipped with GMS, unless already imported.")
    boolean bundled;

    @Override
    void check() {
      if (xlsx == null && tsv.isEmpty() && json.isEmpty() && !bundled) {
        throw new IllegalArgumentException(
            "Nothing to import: give --directory-xlsx, --panelapp-tsv, --panelapp-json or"
                + " --bundled.");
      }
    }

    @Override
    int run(ConfigurableApplicationContext context) {
      DirectoryImports imports = context.getBean(DirectoryImports.class);
      if (bundled) {
        BundledImport result = imports.importBundledIfMissing(ServerContext::progress);
        result.importsRun().forEach(summary -> print(imports, summary));
        System.out.println(result.describe());
      }
      List<Path> panelFiles = new ArrayList<>(tsv);
      panelFiles.addAll(json);
      if (!panelFiles.isEmpty()) {
        print(imports, imports.importPanelApp(panelFiles, ServerContext::progress));
      }
      if (xlsx != null) {
        print(imports, imports.importDirectory(xlsx, label, ServerContext::progress));
      }
      return 0;
    }
  }

  @Command(
      name = "versions",
      mixinStandardHelpOptions = true,
      description = "List every import (directory releases and PanelApp exports), newest first.")
  static final class Versions extends DatabaseCommand {

    @Override
    int run(ConfigurableApplicationContext context) {
      List<ImportSummary> all = context.getBean(DirectoryImports.class).imports();
      if (all.isEmpty()) {
        System.out.println("Nothing imported yet: run ./gms directory import --bundled");
      }
      System.out.printf("%-4s %-9s %-22s %-20s %s%n", "#", "kind", "version", "imported", "by");
      for (ImportSummary s : all) {
        System.out.printf(
            "%-4d %-9s %-22s %-20s %s%n       %s%n",
            s.id(),
            s.kind().name().toLowerCase(java.util.Locale.ROOT),
            s.label(),
            importedAt(s.importedAt()),
            s.importedBy(),
            s.describe());
      }
      return 0;
    }
  }

  @Command(
      name = "changes",
      mixinStandardHelpOptions = true,
      description =
          "Show what an import changed: a directory version, or --import N for any import.")
  static final class Changes extends DatabaseCommand {

    @Parameters(
        arity = "0..1",
        paramLabel = "VERSION",
        description = "Directory version, e.g. 5.1.")
    String version;

    @Option(names = "--import", paramLabel = "N", description = "Import number (see versions).")
    Long importId;

    @Override
    void check() {
      if ((version == null) == (importId == null)) {
        throw new IllegalArgumentException("Give either a directory VERSION or --import N.");
      }
    }

    @Override
    int run(ConfigurableApplicationContext context) {
      DirectoryImports imports = context.getBean(DirectoryImports.class);
      ImportSummary summary =
          (version != null ? imports.directoryVersion(version) : imports.importSummary(importId))
              .orElseThrow(
                  () ->
                      new GmsException(
                          GmsException.Kind.NOT_FOUND,
                          "No such import: "
                              + (version != null ? "directory version " + version : importId)
                              + ". ./gms directory versions lists them."));
      print(imports, summary);
      return 0;
    }
  }

  @Command(
      name = "search",
      mixinStandardHelpOptions = true,
      description = "Find clinical indications by code, name words, gene symbol or test method.")
  static final class Search extends DatabaseCommand {

    @Parameters(paramLabel = "QUERY", description = "e.g. R29, \"intellectual disability\", FGFR2")
    String query;

    @Option(names = "--limit", paramLabel = "N", description = "At most N results (default 50).")
    int limit = 50;

    @Option(
        names = "--repeat",
        paramLabel = "N",
        description = "Benchmark: run the search N more times and print the latency (ms).")
    int repeat;

    @Override
    int run(ConfigurableApplicationContext context) {
      TestDirectory directory = context.getBean(TestDirectory.class);
      long started = System.nanoTime();
      List<IndicationMatch> hits = directory.search(query, limit);
      long micros = (System.nanoTime() - started) / 1000;
      for (IndicationMatch hit : hits) {
        System.out.printf(
            "%-6s %s [%s]%n       %s%n       matched by: %s%n",
            hit.code(),
            hit.name(),
            hit.specialistTestGroup(),
            String.join("; ", hit.testMethods()),
            String.join("; ", hit.matchedBy()));
      }
      System.out.printf(
          "%d indication(s) in directory version %s (%.1f ms)%n",
          hits.size(), directory.currentVersion().orElse("(none)"), micros / 1000.0);
      if (repeat > 0) {
        long[] nanos = new long[repeat];
        for (int i = 0; i < repeat; i++) {
          long t = System.nanoTime();
          directory.search(query, limit);
          nanos[i] = System.nanoTime() - t;
        }
        java.util.Arrays.sort(nanos);
        System.out.printf(
            "benchmark: %d searches for \"%s\": median %.2f ms, 95th percentile %.2f ms,"
                + " max %.2f ms%n",
            repeat,
            query,
            nanos[repeat / 2] / 1e6,
            nanos[Math.min(repeat - 1, (int) Math.ceil(repeat * 0.95) - 1)] / 1e6,
            nanos[repeat - 1] / 1e6);
      }
      return 0;
    }
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Show a clinical indication with its tests and panels.")
  static final class Show extends DatabaseCommand {

    @Parameters(paramLabel = "CODE", description = "R-code, e.g. R29.")
    String code;

    @Option(
        names = "--version",
        paramLabel = "V",
        description = "Directory version (default: current).")
    String version;

    @Override
    int run(ConfigurableApplicationContext context) {
      Indication i = DirectoryPanel.indication(context, code, Optional.ofNullable(version));
      PrintStream out = System.out;
      out.println(i.code() + " " + i.name() + " (directory " + i.directoryVersion() + ")");
      out.println("  specialist test group: " + i.specialistTestGroup());
      out.println("  commissioning:         " + String.join("; ", i.commissioningCategories()));
      out.println(
          "  who may order:         "
              + i.whoMayOrder().requesters()
              + " ("
              + i.whoMayOrder().basis()
              + ")");
      out.println(
          "  eligibility:           "
              + (i.eligibility() == null ? "not stated in this release" : i.eligibility()));
      for (GenomicTest t : i.tests()) {
        out.printf("  %-8s %s | %s%n", t.code(), t.target(), t.testMethod());
      }
      for (PanelLink p : i.panels()) {
        out.println(
            p.available()
                ? "  panel %d %s v%s: %d green of %d genes"
                    .formatted(p.id(), p.name(), p.version(), p.greenGenes(), p.genes())
                : "  panel %d %s: not in the database".formatted(p.id(), p.nameInDirectory()));
      }
      return 0;
    }
  }

  @Command(
      name = "panel",
      mixinStandardHelpOptions = true,
      description = "Print a panel's genes at chosen confidence levels, or its GRCh38 BED targets.")
  static final class Panel extends DatabaseCommand {

    @Parameters(paramLabel = "ID", description = "PanelApp panel id, e.g. 507.")
    int id;

    @Option(
        names = "--version",
        paramLabel = "V",
        description = "Panel version (default: current).")
    String version;

    @Option(
        names = "--confidence",
        paramLabel = "LEVELS",
        description = "green, amber, red or all, comma-separated (default: green).")
    String confidence;

    @Option(names = "--bed", description = "Print BED intervals (GRCh38, 0-based starts).")
    boolean bed;

    @Option(names = "--padding", paramLabel = "BASES", description = "BED padding (default 0).")
    int padding;

    @Override
    int run(ConfigurableApplicationContext context) {
      GenePanels panels = context.getBean(GenePanels.class);
      var levels = Confidence.parseSet(confidence);
      Optional<String> wanted = Optional.ofNullable(version);
      GmsException missing =
          new GmsException(
              GmsException.Kind.NOT_FOUND,
              "No panel "
                  + id
                  + (version == null ? "" : " version " + version)
                  + "; stored versions: "
                  + panels.versions(id));
      if (bed) {
        System.out.print(
            panels.targets(id, wanted, levels, padding).orElseThrow(() -> missing).toBed());
      } else {
        PanelGeneList list = panels.geneList(id, wanted, levels).orElseThrow(() -> missing);
        System.out.printf(
            "# panel %d %s version %s, %s: %d genes%n",
            list.panelId(),
            list.name(),
            list.version(),
            Confidence.format(levels),
            list.genes().size());
        for (PanelGene g : list.genes()) {
          System.out.printf(
              "%s\t%s\t%s\t%s%n",
              g.symbol(),
              g.hgncId() == null ? "" : g.hgncId(),
              g.confidence().label(),
              g.modeOfInheritance());
        }
      }
      return 0;
    }
  }

  private static void print(DirectoryImports imports, ImportSummary summary) {
    System.out.println(summary.describe());
    if (summary.alreadyImported()) {
      return;
    }
    summary.warnings().forEach(w -> System.out.println("  warning: " + w));
    imports.changes(summary.id()).ifPresent(DirectoryCommand::printChanges);
  }

  private static void printChanges(ImportChanges changes) {
    System.out.println(
        "  compared with: "
            + (changes.comparedWith() == null ? "nothing (first import)" : changes.comparedWith()));
    if (changes.comparedWith() == null) {
      System.out.printf("  %d added%n", changes.added().size());
      return;
    }
    section("added", changes.added());
    section("removed", changes.removed());
    section("changed", changes.changed());
    if (changes.isEmpty()) {
      System.out.println("  no changes");
    }
  }

  private static void section(String title, List<ImportChanges.Item> items) {
    if (items.isEmpty()) {
      return;
    }
    System.out.println("  " + title + " (" + items.size() + "):");
    for (ImportChanges.Item item : items) {
      System.out.println("    " + item.id() + " " + item.name());
      item.details().forEach(d -> System.out.println("      " + d));
    }
  }
}
