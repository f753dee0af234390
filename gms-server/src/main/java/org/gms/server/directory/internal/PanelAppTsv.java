package org.gms.server.directory.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gms.server.GmsException;

/**
 * Reads the PanelApp panels TSV: one row per panel gene, with at least the columns {@code id},
 * {@code Gene}, {@code confidence_level} and {@code mode_of_inheritance}, and the panel's {@code
 * name}, {@code disease_group}, {@code disease_sub_group} and {@code status} when present. It
 * carries no panel versions. Columns are found by header name.
 */
final class PanelAppTsv {

  private static final List<String> REQUIRED =
      List.of("id", "Gene", "confidence_level", "mode_of_inheritance", "name");

  private PanelAppTsv() {}

  static boolean looksLikeTsv(ImportFile file) {
    String name = file.plainName();
    return name.endsWith(".tsv") || name.endsWith(".txt");
  }

  /** The panels in file order. */
  static List<PanelData> read(ImportFile file) {
    String text = new String(file.content(), StandardCharsets.UTF_8);
    String[] lines = text.split("\r?\n", -1);
    if (lines.length == 0 || lines[0].isBlank()) {
      throw new GmsException(file.name() + " is empty: expected the PanelApp panels TSV.");
    }
    Map<String, Integer> column = new HashMap<>();
    String[] header = lines[0].split("\t", -1);
    for (int i = 0; i < header.length; i++) {
      column.putIfAbsent(header[i].strip(), i);
    }
    for (String required : REQUIRED) {
      if (!column.containsKey(required)) {
        throw new GmsException(
            file.name()
                + ", line 1: column '"
                + required
                + "' is missing (found: "
                + String.join(", ", header)
                + "). The PanelApp TSV needs the columns "
                + String.join(", ", REQUIRED)
                + ".");
      }
    }
    Map<Integer, PanelData.Meta> metas = new LinkedHashMap<>();
    Map<Integer, List<PanelData.Entity>> entities = new HashMap<>();
    for (int n = 1; n < lines.length; n++) {
      String line = lines[n];
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      Row row = new Row(file.name(), n + 1, f, column, header.length);
      int id = row.integer("id", 1, Integer.MAX_VALUE);
      String gene = row.text("Gene");
      int level = row.integer("confidence_level", 0, 4);
      String moi = row.optional("mode_of_inheritance");
      metas.computeIfAbsent(
          id,
          key ->
              new PanelData.Meta(
                  key,
                  row.text("name"),
                  row.optional("disease_group"),
                  row.optional("disease_sub_group"),
                  row.optional("status").isEmpty() ? "public" : row.optional("status"),
                  null,
                  null,
                  null,
                  "[]",
                  "[]"));
      entities
          .computeIfAbsent(id, key -> new ArrayList<>())
          .add(new PanelData.Entity("gene", gene, gene, null, level, moi, null));
    }
    if (metas.isEmpty()) {
      throw new GmsException(file.name() + " has a header but no rows: the file looks cut short.");
    }
    List<PanelData> panels = new ArrayList<>();
    metas.forEach((id, meta) -> panels.add(new PanelData(meta, entities.get(id), "panelapp-tsv")));
    return panels;
  }

  /** One data line, naming file, line and column in its errors. */
  private record Row(
      String file, int line, String[] fields, Map<String, Integer> column, int width) {

    Row {
      if (fields.length != width) {
        throw new GmsException(
            file
                + ", line "
                + line
                + ": "
                + fields.length
                + " columns where the header has "
                + width
                + " (the line may be cut short or contain a stray tab).");
      }
    }

    String optional(String name) {
      Integer i = column.get(name);
      return i == null ? "" : fields[i].strip();
    }

    String text(String name) {
      String value = optional(name);
      if (value.isEmpty()) {
        throw error(name, "is empty");
      }
      return value;
    }

    int integer(String name, int min, int max) {
      String value = text(name);
      try {
        int number = Integer.parseInt(value);
        if (number >= min && number <= max) {
          return number;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw error(
          name,
          "'"
              + value
              + "' is not a whole number"
              + (max < 10 ? " from " + min + " to " + max : ""));
    }

    GmsException error(String name, String problem) {
      return new GmsException(file + ", line " + line + ", column " + name + ": " + problem + ".");
    }
  }
}
