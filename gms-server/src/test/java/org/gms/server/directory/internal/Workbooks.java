package org.gms.server.directory.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test workbooks: small ones built row by row, or the published one with edits. */
final class Workbooks {

  static final List<String> V51_HEADER =
      List.of(
          "Clinical indication ID",
          "Test ID",
          "Clinical Indication",
          "Target/Genes",
          "Test Method",
          "Commissioning category",
          "Specialist test group",
          "Changes since April 2023 publication");

  private final List<String> header = new ArrayList<>(V51_HEADER);
  private final List<List<String>> rows = new ArrayList<>();
  private String title = "National Genomic Test Directory for rare and inherited disease, v9.9";

  static Workbooks directory() {
    return new Workbooks();
  }

  Workbooks header(String... names) {
    header.clear();
    header.addAll(Arrays.asList(names));
    return this;
  }

  Workbooks title(String text) {
    title = text;
    return this;
  }

  Workbooks row(String... cells) {
    rows.add(Arrays.asList(cells));
    return this;
  }

  byte[] bytes() {
    try (Workbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("R&ID indications");
      sheet.createRow(0).createCell(0).setCellValue(title);
      write(sheet.createRow(1), header);
      for (int r = 0; r < rows.size(); r++) {
        write(sheet.createRow(r + 2), rows.get(r));
      }
      return toBytes(workbook);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bundled v5.1 workbook after an edit. */
  static byte[] editedV51(Consumer<Sheet> edit) {
    byte[] original = ImportFile.resource(DirectoryImporter.BUNDLED_XLSX).bytes();
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(original))) {
      edit.accept(workbook.getSheetAt(0));
      return toBytes(workbook);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first spreadsheet row (0-based index) whose test code is the one given. */
  static Row rowOfTest(Sheet sheet, String testCode) {
    for (Row row : sheet) {
      if (row.getCell(1) != null && testCode.equals(row.getCell(1).toString().strip())) {
        return row;
      }
    }
    throw new IllegalArgumentException("no row for test " + testCode);
  }

  private static void write(Row row, List<String> cells) {
    for (int c = 0; c < cells.size(); c++) {
      row.createCell(c).setCellValue(cells.get(c));
    }
  }

  private static byte[] toBytes(Workbook workbook) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.write(out);
    return out.toByteArray();
  }
}
