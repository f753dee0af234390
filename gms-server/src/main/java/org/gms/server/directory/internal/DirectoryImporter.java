package org.gms.server.directory.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gms.server.GmsException;
import org.gms.server.account.Accounts;
import org.gms.server.directory.BundledImport;
import org.gms.server.directory.DirectoryImports;
import org.gms.server.directory.ImportChanges;
import org.gms.server.directory.ImportKind;
import org.gms.server.directory.ImportSummary;
import org.gms.server.directory.TestTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs imports: files are read and checked first, then everything is written in one transaction
 * under a database lock, so a failure at any point leaves the previous release current.
 */
@Service
class DirectoryImporter implements DirectoryImports {

  private static final Logger log = LoggerFactory.getLogger(DirectoryImporter.class);

  static final String BUNDLED = "/org/gms/server/directory/bundled/";
  static final String BUNDLED_XLSX =
      BUNDLED + "Rare-and-inherited-disease-national-genomic-test-directory-version-5.1.xlsx";
  static final String BUNDLED_PANELS = BUNDLED + "panelapp/";

  private final ImportRecords records;
  private final DirectoryTables directoryTables;
  private final PanelTables panelTables;
  private final GeneReferenceHolder genes;
  private final TransactionTemplate transaction;
  private final Accounts accounts;
  private final CancerDirectoryImporter cancer;
  private final PanelVersionWriter panelVersions;

  DirectoryImporter(
      CancerDirectoryImporter cancer,
      ImportRecords records,
      DirectoryTables directoryTables,
      PanelTables panelTables,
      GeneReferenceHolder genes,
      TransactionTemplate transaction,
      Accounts accounts,
      PanelVersionWriter panelVersions) {
    this.accounts = accounts;
    this.panelVersions = panelVersions;
    this.cancer = cancer;
    this.records = records;
    this.directoryTables = directoryTables;
    this.panelTables = panelTables;
    this.genes = genes;
    this.transaction = transaction;
  }

  @Override
  public BundledImport importBundledIfMissing() {
    return importBundledIfMissing(log::info);
  }

  @Override
  public BundledImport importBundledIfMissing(Consumer<String> progress) {
    long started = System.nanoTime();
    List<ImportSummary> run = new ArrayList<>();
    if (records.latest(ImportKind.PANELS).isEmpty()) {
      run.add(importPanels(bundledPanelFiles(), progress));
    }
    if (records.latest(ImportKind.DIRECTORY).isEmpty()) {
      run.add(importDirectory(ImportFile.resource(BUNDLED_XLSX), null, progress));
    }
    cancer.importBundledIfMissing(progress).ifPresent(run::add);
    ImportSummary directory = records.latest(ImportKind.DIRECTORY).orElseThrow();
    int[] panels = panelTables.currentCounts();
    BundledImport result =
        new BundledImport(
            directory.label(),
            directory.indications(),
            directory.tests(),
            panels[0],
            panels[1],
            run,
            millisSince(started));
    log.info(result.describe());
    return result;
  }

  static List<ImportFile> bundledPanelFiles() {
    List<ImportFile> files = new ArrayList<>();
    files.add(ImportFile.resource(BUNDLED_PANELS + "PanelAppData_combined_core.tsv.gz"));
    for (String name : ImportFile.resource(BUNDLED_PANELS + "FILES").lines()) {
      files.add(ImportFile.resource(BUNDLED_PANELS + name));
    }
    return files;
  }

  @Override
  public ImportSummary importDirectory(Path xlsx, String label, Consumer<String> progress) {
    return importDirectory(ImportFile.of(xlsx), label, progress);
  }

  ImportSummary importDirectory(ImportFile file, String label, Consumer<String> progress) {
    long started = System.nanoTime();
    String sha = ImportFile.sha256(List.of(file));
    Optional<ImportSummary> earlier = records.findBySha(ImportKind.DIRECTORY, sha);
    if (earlier.isPresent()) {
      progress.accept(file.name() + " was already imported as version " + earlier.get().label());
      return earlier.get().asAlreadyImported(millisSince(started));
    }
    progress.accept("Reading " + file.name());
    DirectoryWorkbook.Release workbook = DirectoryWorkbook.read(file.name(), file.bytes());
    String version = label != null && !label.isBlank() ? label.strip() : workbook.version();
    if (version == null) {
      throw new GmsException(
          file.name()
              + ": neither its title row nor its file name states the directory version (such as"
              + " 'v5.1'); give it with --label.");
    }
    DirectoryRelease release = DirectoryRelease.of(workbook, new TargetParser(genes.get()));
    progress.accept(
        "Read "
            + release.indications().size()
            + " indications and "
            + release.testCount()
            + " tests from sheet '"
            + workbook.sheet()
            + "' (directory version "
            + version
            + ")");
    return transaction.execute(
        status -> {
          Optional<ImportSummary> same = records.lockAndFindBySha(ImportKind.DIRECTORY, sha);
          if (same.isPresent()) {
            progress.accept("This file was already imported as version " + same.get().label());
            return same.get().asAlreadyImported(millisSince(started));
          }
          records
              .directoryVersion(version)
              .ifPresent(
                  sameLabel -> {
                    throw new GmsException(
                        GmsException.Kind.CONFLICT,
                        "Directory version "
                            + version
                            + " was already imported on "
                            + sameLabel.importedAt()
                            + " from "
                            + sameLabel.source()
                            + ", and "
                            + file.name()
                            + " differs from it. Import it under another label (--label).");
                  });
          Optional<ImportSummary> previous = records.latest(ImportKind.DIRECTORY);
          long id = records.start(ImportKind.DIRECTORY, version, file.name(), sha, actor());
          progress.accept("Writing directory version " + version + " (import #" + id + ")");
          directoryTables.write(id, release);
          ImportChanges changes =
              previous
                  .map(
                      p ->
                          DirectoryDifference.between(
                              p.label(), directoryTables.read(p.id()), release))
                  .orElseGet(() -> DirectoryDifference.between(null, emptyRelease(), release));
          Set<Integer> panelIds = linkedPanels(release);
          List<String> warnings = missingPanels(panelIds);
          int genesNamed = DirectoryRelease.genesNamed(release.indications());
          return records.finish(
              id,
              new ImportRecords.Counts(
                  release.indications().size(),
                  release.testCount(),
                  panelIds.size(),
                  genesNamed,
                  0,
                  millisSince(started)),
              warnings,
              changes,
              progress);
        });
  }

  private static DirectoryRelease emptyRelease() {
    return new DirectoryRelease(List.of());
  }

  private static Set<Integer> linkedPanels(DirectoryRelease release) {
    return release.indications().stream()
        .flatMap(i -> i.tests().stream())
        .flatMap(t -> t.targets().stream())
        .filter(t -> t.kind() == TestTarget.Kind.PANEL)
        .map(TestTarget::panelId)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private List<String> missingPanels(Set<Integer> panelIds) {
    Map<Integer, PanelTables.Current> current = panelTables.current();
    Set<Integer> missing = new TreeSet<>();
    for (int id : panelIds) {
      PanelTables.Current panel = current.get(id);
      if (panel == null || panel.retired()) {
        missing.add(id);
      }
    }
    return missing.isEmpty()
        ? List.of()
        : List.of(
            "the directory names "
                + missing.size()
                + " PanelApp panels that are not in the database (not in the PanelApp export,"
                + " or retired): "
                + missing);
  }

  @Override
  public ImportSummary importPanelApp(List<Path> paths, Consumer<String> progress) {
    List<ImportFile> files = new ArrayList<>();
    for (Path path : paths) {
      files.addAll(filesOf(path));
    }
    if (files.isEmpty()) {
      throw new GmsException(
          "No PanelApp files in " + paths + ": expected .tsv, .tsv.gz, .json or .json.gz files.");
    }
    return importPanels(files, progress);
  }

  private static List<ImportFile> filesOf(Path path) {
    if (!Files.isDirectory(path)) {
      return List.of(ImportFile.of(path));
    }
    try (Stream<Path> walk = Files.walk(path)) {
      return walk.filter(Files::isRegularFile)
          .filter(
              p -> {
                String name = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                return name.matches(".*\\.(tsv|json)(\\.gz)?");
              })
          .sorted()
          .map(ImportFile::of)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ImportSummary importPanels(List<ImportFile> files, Consumer<String> progress) {
    long started = System.nanoTime();
    String sha = ImportFile.sha256(files);
    Optional<ImportSummary> earlier = records.findBySha(ImportKind.PANELS, sha);
    if (earlier.isPresent()) {
      progress.accept("These PanelApp files were already imported (#" + earlier.get().id() + ")");
      return earlier.get().asAlreadyImported(millisSince(started));
    }
    PanelAppExport export = new PanelAppExport();
    int read = 0;
    for (ImportFile file : files) {
      export.add(file);
      if (++read % 25 == 0 || read == files.size()) {
        progress.accept("Read " + read + " of " + files.size() + " PanelApp files");
      }
    }
    PanelAppExport.Contents contents = export.contents();
    String source =
        files.size() == 1
            ? files.get(0).name()
            : files.get(0).name() + " and " + (files.size() - 1) + " more files";
    return transaction.execute(
        status -> {
          Optional<ImportSummary> same = records.lockAndFindBySha(ImportKind.PANELS, sha);
          if (same.isPresent()) {
            progress.accept(
                "These PanelApp files were already imported (#" + same.get().id() + ")");
            return same.get().asAlreadyImported(millisSince(started));
          }
          long id = records.start(ImportKind.PANELS, contents.label(), source, sha, actor());
          PanelVersionWriter.Written write = panelVersions.write(id, contents, progress);
          return records.finish(
              id,
              new ImportRecords.Counts(
                  0,
                  0,
                  contents.panels().size(),
                  contents.panels().stream().mapToInt(p -> p.entities().size()).sum(),
                  write.newVersions(),
                  millisSince(started)),
              write.warnings(),
              write.changes(),
              progress);
        });
  }

  @Override
  public List<ImportSummary> imports() {
    return records.all();
  }

  @Override
  public Optional<ImportSummary> importSummary(long importId) {
    return records.find(importId);
  }

  @Override
  public Optional<ImportChanges> changes(long importId) {
    return records.changes(importId);
  }

  @Override
  public Optional<ImportSummary> directoryVersion(String label) {
    return records.directoryVersion(label);
  }

  private static long millisSince(long nanos) {
    return Math.max(1, (System.nanoTime() - nanos) / 1_000_000);
  }

  private String actor() {
    return accounts.actor().name();
  }
}
