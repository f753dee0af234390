package org.gms.server.directory.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gms.server.directory.TestTarget;

/**
 * The indications and tests of one directory release, as read from a file or from the database, in
 * published order. Two releases compare to give what changed.
 */
record DirectoryRelease(List<IndicationEntry> indications) {

  DirectoryRelease {
    indications = List.copyOf(indications);
  }

  record IndicationEntry(
      String code,
      String name,
      String group,
      String eligibility,
      int firstRow,
      List<TestEntry> tests) {
    IndicationEntry {
      Objects.requireNonNull(code, "code");
      tests = List.copyOf(tests);
    }
  }

  record TestEntry(
      String code,
      String name,
      String target,
      List<TestTarget> targets,
      String method,
      String commissioning,
      String changeNote,
      int row) {
    TestEntry {
      targets = List.copyOf(targets);
    }
  }

  /** Groups the spreadsheet's test rows by indication; the first row names the indication. */
  static DirectoryRelease of(DirectoryWorkbook.Release workbook, TargetParser targets) {
    Map<String, List<DirectoryWorkbook.TestRow>> byCode = new LinkedHashMap<>();
    for (DirectoryWorkbook.TestRow row : workbook.rows()) {
      byCode.computeIfAbsent(row.indicationCode(), code -> new ArrayList<>()).add(row);
    }
    List<IndicationEntry> indications = new ArrayList<>();
    byCode.forEach(
        (code, rows) -> {
          DirectoryWorkbook.TestRow first = rows.get(0);
          List<TestEntry> tests = new ArrayList<>();
          String eligibility = null;
          for (DirectoryWorkbook.TestRow row : rows) {
            tests.add(
                new TestEntry(
                    row.testCode(),
                    row.indicationName(),
                    row.target(),
                    targets.parse(row.target()),
                    row.method(),
                    row.commissioning(),
                    row.changeNote(),
                    row.row()));
            eligibility = eligibility != null ? eligibility : row.eligibility();
          }
          indications.add(
              new IndicationEntry(
                  code, first.indicationName(), first.group(), eligibility, first.row(), tests));
        });
    return new DirectoryRelease(indications);
  }

  int testCount() {
    return indications.stream().mapToInt(i -> i.tests().size()).sum();
  }

  /** The distinct genes the indications' tests name as gene targets. */
  static int genesNamed(List<IndicationEntry> indications) {
    return (int)
        indications.stream()
            .flatMap(i -> i.tests().stream())
            .flatMap(t -> t.targets().stream())
            .filter(t -> t.kind() == TestTarget.Kind.GENE)
            .map(TestTarget::geneSymbol)
            .distinct()
            .count();
  }
}
