package org.gms.server.directory.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gms.server.GmsException;

/**
 * Reads the NHS England rare and inherited disease test directory spreadsheet as published: one
 * sheet of tests (v5.1: "R&ID indications"), a title row, a header row, one row per test. Columns
 * are found by their header names, so a release that reorders or adds columns still reads; a
 * missing column, a row that breaks the rules, or a damaged file stops the import with the file,
 * sheet, row and column.
 */
final class DirectoryWorkbook {

  static final String INDICATION_ID = "Clinical indication ID";
  static final String TEST_ID = "Test ID";
  static final String INDICATION = "Clinical Indication";
  static final String TARGET = "Target/Genes";
  static final String METHOD = "Test Method";
  static final String COMMISSIONING = "Commissioning category";
  static final String GROUP = "Specialist test group";
  static final String CHANGES = "Changes since";
  static final String ELIGIBILITY = "Eligibility criteria";

  private static final List<String> REQUIRED =
      List.of(INDICATION_ID, TEST_ID, INDICATION, TARGET, METHOD, COMMISSIONING, GROUP);
  private static final Pattern INDICATION_CODE = Pattern.compile("[A-Z]\\d{1,4}");
  private static final Pattern VERSION_IN_TITLE =
      Pattern.compile("\\bv(?:ersion)?\\s*(\\d+(?:\\.\\d+)*)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern VERSION_IN_NAME =
      Pattern.compile("version[-_ ]?(\\d+(?:\\.\\d+)*)", Pattern.CASE_INSENSITIVE);
  private static final int HEADER_SEARCH_ROWS = 10;

  /** One test row; {@code row} is the spreadsheet row number as Excel shows it. */
  record TestRow(
      int row,
      String indicationCode,
      String testCode,
      String indicationName,
      String target,
      String method,
      String commissioning,
      String group,
      String changeNote,
      String eligibility) {}

  /** The rows of a release and the version its title or file name states (null if none). */
  record Release(String version, String sheet, List<TestRow> rows) {
    Release {
      rows = List.copyOf(rows);
    }
  }

  private DirectoryWorkbook() {}

  static Release read(String fileName, byte[] bytes) {
    requireCompleteZip(fileName, bytes);
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      return read(fileName, workbook);
    } catch (IOException | RuntimeException e) {
      if (e instanceof GmsException gms) {
        throw gms;
      }
      throw new GmsException(
          fileName
              + " is not a readable xlsx workbook (it may be truncated, corrupt, or another"
              + " format): "
              + e.getMessage()
              + ". Download the test directory spreadsheet again from NHS England.");
    }
  }

  /** An xlsx is a zip; a zip always ends with its central directory, so a cut file lacks it. */
  private static void requireCompleteZip(String fileName, byte[] bytes) {
    if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
      throw new GmsException(
          fileName + " is not an xlsx workbook (an xlsx file starts with the zip signature PK).");
    }
    int from = Math.max(0, bytes.length - 65_557);
    for (int i = bytes.length - 22; i >= from; i--) {
      if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 5 && bytes[i + 3] == 6) {
        return;
      }
    }
    throw new GmsException(
        fileName
            + " is truncated: its zip directory (the end of every xlsx file) is missing. Download"
            + " it again; the file is "
            + bytes.length
            + " bytes.");
  }

  private static Release read(String fileName, Workbook workbook) {
    DataFormatter formatter = new DataFormatter(Locale.UK);
    for (Sheet sheet : workbook) {
      for (int r = 0; r <= Math.min(HEADER_SEARCH_ROWS, sheet.getLastRowNum()); r++) {
        Row row = sheet.getRow(r);
        if (row != null && headerIndex(row, formatter).containsKey(norm(INDICATION_ID))) {
          return readSheet(fileName, sheet, r, formatter);
        }
      }
    }
    throw new GmsException(
        fileName
            + ": no sheet has a header row with '"
            + INDICATION_ID
            + "' in its first "
            + HEADER_SEARCH_ROWS
            + " rows. Is this the rare and inherited disease test directory?");
  }

  private static Release readSheet(
      String fileName, Sheet sheet, int headerRow, DataFormatter formatter) {
    String where = fileName + ", sheet '" + sheet.getSheetName() + "'";
    Map<String, Integer> header = headerIndex(sheet.getRow(headerRow), formatter);
    Map<String, Integer> columns = new LinkedHashMap<>();
    for (String name : REQUIRED) {
      Integer column = header.get(norm(name));
      if (column == null) {
        throw new GmsException(
            where
                + ", header row "
                + (headerRow + 1)
                + ": column '"
                + name
                + "' is missing (found: "
                + String.join(", ", header.keySet())
                + "). The importer needs the columns "
                + String.join(", ", REQUIRED)
                + ".");
      }
      columns.put(name, column);
    }
    header.forEach(
        (name, column) -> {
          if (name.startsWith(norm(CHANGES))) {
            columns.put(CHANGES, column);
          } else if (name.startsWith("eligibility")) {
            columns.put(ELIGIBILITY, column);
          }
        });

    Cells cells = new Cells(where, formatter, columns);
    List<TestRow> rows = new ArrayList<>();
    Map<String, Integer> seenTests = new HashMap<>();
    for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null || cells.blank(row)) {
        continue;
      }
      TestRow test = cells.test(row);
      Integer earlier = seenTests.putIfAbsent(test.testCode(), test.row());
      if (earlier != null) {
        throw cells.error(
            row,
            TEST_ID,
            "test "
                + test.testCode()
                + " is listed twice (also on row "
                + earlier
                + "); each test code must be unique");
      }
      rows.add(test);
    }
    if (rows.isEmpty()) {
      throw new GmsException(where + " has a header but no test rows: the file looks cut short.");
    }
    return new Release(version(fileName, sheet, headerRow, formatter), sheet.getSheetName(), rows);
  }

  private static String version(
      String fileName, Sheet sheet, int headerRow, DataFormatter formatter) {
    for (int r = 0; r < headerRow; r++) {
      Row row = sheet.getRow(r);
      if (row != null) {
        for (Cell cell : row) {
          Matcher m = VERSION_IN_TITLE.matcher(formatter.formatCellValue(cell));
          if (m.find()) {
            return m.group(1);
          }
        }
      }
    }
    Matcher m = VERSION_IN_NAME.matcher(fileName);
    return m.find() ? m.group(1) : null;
  }

  private static Map<String, Integer> headerIndex(Row row, DataFormatter formatter) {
    Map<String, Integer> index = new LinkedHashMap<>();
    for (Cell cell : row) {
      String name = norm(formatter.formatCellValue(cell));
      if (!name.isEmpty()) {
        index.putIfAbsent(name, cell.getColumnIndex());
      }
    }
    return index;
  }

  /** Header names compare without case and with runs of spaces as one. */
  private static String norm(String header) {
    return clean(header).toLowerCase(Locale.ROOT);
  }

  /** Cell text without non-breaking spaces, runs of spaces or surrounding blanks. */
  static String clean(String text) {
    return text == null ? "" : text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }

  /** Reads the cells of a test row and names the cell of any error. */
  private record Cells(String where, DataFormatter formatter, Map<String, Integer> columns) {

    String get(Row row, String column) {
      Integer index = columns.get(column);
      return index == null ? "" : clean(formatter.formatCellValue(row.getCell(index)));
    }

    boolean blank(Row row) {
      return REQUIRED.stream().allMatch(column -> get(row, column).isEmpty());
    }

    TestRow test(Row row) {
      for (String column : REQUIRED) {
        if (get(row, column).isEmpty()) {
          throw error(row, column, "the cell is empty but every test needs a " + column);
        }
      }
      String indication = get(row, INDICATION_ID);
      if (!INDICATION_CODE.matcher(indication).matches()) {
        throw error(
            row,
            INDICATION_ID,
            "'" + indication + "' is not a clinical indication code such as R29");
      }
      String test = get(row, TEST_ID);
      if (!test.matches(Pattern.quote(indication) + "\\.\\d{1,3}")) {
        throw error(
            row,
            TEST_ID,
            "'"
                + test
                + "' is not a test code of indication "
                + indication
                + " (expected "
                + indication
                + ".1, "
                + indication
                + ".2, ...)");
      }
      String eligibility = get(row, ELIGIBILITY);
      return new TestRow(
          row.getRowNum() + 1,
          indication,
          test,
          get(row, INDICATION),
          get(row, TARGET),
          get(row, METHOD),
          get(row, COMMISSIONING),
          get(row, GROUP),
          get(row, CHANGES),
          eligibility.isEmpty() ? null : eligibility);
    }

    GmsException error(Row row, String column, String problem) {
      Integer index = columns.get(column);
      return new GmsException(
          where
              + ", row "
              + (row.getRowNum() + 1)
              + ", column "
              + CellReference.convertNumToColString(index)
              + " ("
              + column
              + "): "
              + problem
              + ". Correct the row or use the file as NHS England published it.");
    }
  }
}
