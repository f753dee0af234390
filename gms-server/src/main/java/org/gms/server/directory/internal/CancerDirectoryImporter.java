package org.gms.server.directory.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gms.server.GmsException;
import org.gms.server.directory.ImportChanges;
import org.gms.server.directory.ImportKind;
import org.gms.server.directory.ImportSummary;
import org.gms.server.directory.TestMethodCategory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the directory codes release (the FHIR ConceptMap and CodeSystem, with the TSV as a
 * cross-check): its cancer indications (M-codes) become the current cancer directory, each test
 * with the methods and targets read from its name ({@link CancerTestName}); its rare-disease
 * indications (R-codes of directory v9) are compared with the current rare-disease release and the
 * differences kept as the import's changes. The R-codes are not made current: the codes release
 * names their tests but has no targets or panels, which ordering and analysis need.
 */
@Component
class CancerDirectoryImporter {

  static final String BUNDLED = DirectoryImporter.BUNDLED + "codes-2026-09-08/";
  static final String BUNDLED_LABEL = "codes-2026-09-08";

  private static final Pattern METHOD_IN_NAME = Pattern.compile("\\(([^()]+)\\)\\s*$");

  private final ImportRecords records;
  private final DirectoryTables tables;
  private final GeneReferenceHolder genes;
  private final TransactionTemplate transaction;
  private final JdbcTemplate batch;

  CancerDirectoryImporter(
      ImportRecords records,
      DirectoryTables tables,
      GeneReferenceHolder genes,
      TransactionTemplate transaction,
      JdbcTemplate batch) {
    this.records = records;
    this.tables = tables;
    this.genes = genes;
    this.transaction = transaction;
    this.batch = batch;
  }

  static List<ImportFile> bundledFiles() {
    return List.of(
        ImportFile.resource(BUNDLED + "GenomicClinicalIndicationToGenomicTestCode.fsh.gz"),
        ImportFile.resource(BUNDLED + "EnglandTestCode.fsh.gz"),
        ImportFile.resource(BUNDLED + "national-genomic-test-directory-codes.2026-09-08.tsv.gz"));
  }

  /** The bundled codes release, unless a cancer directory has been imported. */
  Optional<ImportSummary> importBundledIfMissing(Consumer<String> progress) {
    if (records.latest(ImportKind.CANCER).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(importCodes(bundledFiles(), BUNDLED_LABEL, "system", progress));
  }

  /**
   * Imports a codes release.
   *
   * @param files the ConceptMap, the CodeSystem and the TSV, in that order
   */
  ImportSummary importCodes(
      List<ImportFile> files, String label, String importedBy, Consumer<String> progress) {
    long started = System.nanoTime();
    if (files.size() != 3) {
      throw new GmsException(
          "A codes release is three files: the ConceptMap and CodeSystem (FSH) and the TSV.");
    }
    String sha = ImportFile.sha256(files);
    Optional<ImportSummary> earlier = records.findBySha(ImportKind.CANCER, sha);
    if (earlier.isPresent()) {
      return earlier.get().asAlreadyImported(millisSince(started));
    }
    CancerCodes codes = CancerCodes.read(files.get(0), files.get(1), files.get(2));
    CancerTestName names = new CancerTestName(genes.get());
    List<DirectoryRelease.IndicationEntry> cancer = new ArrayList<>();
    List<CancerCodes.Indication> rare = new ArrayList<>();
    Map<String, List<TestMethodCategory>> methods = new LinkedHashMap<>();
    int row = 0;
    for (CancerCodes.Indication indication : codes.indications()) {
      if (!indication.cancer()) {
        rare.add(indication);
        continue;
      }
      List<DirectoryRelease.TestEntry> tests = new ArrayList<>();
      int first = ++row;
      for (CancerCodes.Test test : indication.tests()) {
        CancerTestName.Parsed parsed = names.parse(test.name());
        methods.put(test.code(), parsed.methods());
        String method =
            test.technology().isBlank()
                ? String.join(
                    " + ", parsed.methods().stream().map(TestMethodCategory::label).toList())
                : test.technology();
        tests.add(
            new DirectoryRelease.TestEntry(
                test.code(),
                test.name(),
                parsed.target(),
                parsed.targets(),
                method,
                "",
                "",
                row++));
      }
      cancer.add(
          new DirectoryRelease.IndicationEntry(
              indication.code(), indication.name(), "Cancer", null, first, tests));
    }
    DirectoryRelease release = new DirectoryRelease(cancer);
    progress.accept(
        "Read "
            + cancer.size()
            + " cancer indications with "
            + release.testCount()
            + " tests and "
            + rare.size()
            + " rare-disease indications");
    return transaction.execute(
        status -> {
          Optional<ImportSummary> same = records.lockAndFindBySha(ImportKind.CANCER, sha);
          if (same.isPresent()) {
            return same.get().asAlreadyImported(millisSince(started));
          }
          Optional<ImportSummary> rareCurrent = records.latest(ImportKind.DIRECTORY);
          Optional<ImportSummary> previous = records.latest(ImportKind.CANCER);
          long id = records.start(ImportKind.CANCER, label, files.get(0).name(), sha, importedBy);
          tables.write(id, release);
          List<Object[]> rows = new ArrayList<>();
          methods.forEach(
              (code, list) -> {
                for (int i = 0; i < list.size(); i++) {
                  rows.add(new Object[] {id, code, i, list.get(i).name()});
                }
              });
          batch.batchUpdate(
              "INSERT INTO test_method (import_id, test_code, ordinal, method) VALUES (?, ?, ?, ?)",
              rows);
          batch.batchUpdate(
              "UPDATE genomic_test SET method_category = ? WHERE import_id = ? AND code = ?",
              methods.entrySet().stream()
                  .map(e -> new Object[] {e.getValue().get(0).name(), id, e.getKey()})
                  .toList());
          ImportChanges cancerChanges =
              previous
                  .map(p -> DirectoryDifference.between(p.label(), tables.read(p.id()), release))
                  .orElseGet(
                      () ->
                          DirectoryDifference.between(
                              null, new DirectoryRelease(List.of()), release));
          ImportChanges changes = cancerChanges;
          if (rareCurrent.isPresent()) {
            DirectoryRelease before = tables.read(rareCurrent.get().id());
            ImportChanges rareChanges =
                DirectoryDifference.between(
                    rareCurrent.get().label(), before, comparable(rare, before));
            changes = merge(cancerChanges, rareChanges);
          }
          List<String> warnings = new ArrayList<>(codes.warnings());
          if (rareCurrent.isPresent()) {
            warnings.add(
                rare.size()
                    + " rare-disease indications of this release are compared with version "
                    + rareCurrent.get().label()
                    + ", which stays current: the codes release has no targets or panels for them");
          }
          return records.finish(
              id,
              new ImportRecords.Counts(
                  cancer.size(),
                  release.testCount(),
                  0,
                  DirectoryRelease.genesNamed(cancer),
                  0,
                  millisSince(started)),
              warnings,
              changes,
              progress);
        });
  }

  /**
   * The release's R-codes in the shape of the current release, for comparison: what the codes
   * release does not state (targets, group, commissioning, eligibility) is taken from the current
   * release, so only what it states (names, tests, the method in a test name's parentheses) can
   * differ.
   */
  static DirectoryRelease comparable(List<CancerCodes.Indication> rare, DirectoryRelease before) {
    Map<String, DirectoryRelease.IndicationEntry> old = new LinkedHashMap<>();
    before.indications().forEach(i -> old.put(i.code(), i));
    List<DirectoryRelease.IndicationEntry> entries = new ArrayList<>();
    int row = 0;
    for (CancerCodes.Indication indication : rare) {
      DirectoryRelease.IndicationEntry was = old.get(indication.code());
      Map<String, DirectoryRelease.TestEntry> oldTests = new LinkedHashMap<>();
      if (was != null) {
        was.tests().forEach(t -> oldTests.put(t.code(), t));
      }
      List<DirectoryRelease.TestEntry> tests = new ArrayList<>();
      for (CancerCodes.Test test : indication.tests()) {
        DirectoryRelease.TestEntry prior = oldTests.get(test.code());
        Matcher m = METHOD_IN_NAME.matcher(test.name());
        String method =
            m.find() ? m.group(1).strip() : prior != null ? prior.method() : test.technology();
        tests.add(
            new DirectoryRelease.TestEntry(
                test.code(),
                test.name(),
                prior != null ? prior.target() : test.name(),
                prior != null ? prior.targets() : List.of(),
                prior != null && prior.method().equalsIgnoreCase(method) ? prior.method() : method,
                prior != null ? prior.commissioning() : "",
                "",
                ++row));
      }
      entries.add(
          new DirectoryRelease.IndicationEntry(
              indication.code(),
              indication.name(),
              was != null ? was.group() : "",
              was != null ? was.eligibility() : null,
              row,
              tests));
    }
    return new DirectoryRelease(entries);
  }

  private static ImportChanges merge(ImportChanges cancer, ImportChanges rare) {
    List<ImportChanges.Item> added = new ArrayList<>(cancer.added());
    added.addAll(rare.added());
    List<ImportChanges.Item> removed = new ArrayList<>(cancer.removed());
    removed.addAll(rare.removed());
    List<ImportChanges.Item> changed = new ArrayList<>(cancer.changed());
    changed.addAll(rare.changed());
    String compared =
        (cancer.comparedWith() == null ? "no cancer directory" : cancer.comparedWith())
            + " (M-codes); "
            + rare.comparedWith()
            + " (R-codes)";
    return new ImportChanges(compared, added, removed, changed);
  }

  private static long millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000;
  }
}
