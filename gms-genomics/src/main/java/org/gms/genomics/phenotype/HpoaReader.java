package org.gms.genomics.phenotype;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gms.genomics.GenomicsException;

/**
 * Reads HPO's disease annotation file {@code phenotype.hpoa}. Metadata lines start with {@code #};
 * the column header is {@code #DatabaseID DiseaseName Qualifier HPO_ID ...} (up to early 2023) or
 * {@code database_id disease_name qualifier hpo_id ...} (since), found by column name. Only the
 * phenotypic-abnormality aspect ({@code P}) is kept; {@code NOT} rows become excluded features.
 */
final class HpoaReader {

  private final String source;
  private String date = "unknown";

  HpoaReader(String source) {
    this.source = source;
  }

  /** The {@code #date:} metadata line, once read. */
  String date() {
    return date;
  }

  void read(BufferedReader reader, AnnotationCollector sink) throws IOException {
    Columns columns = null;
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (columns == null) {
        if (line.contains("\t")) {
          columns = Columns.of(line, this, lineNumber);
        } else if (line.startsWith("#date:")) {
          date = line.substring("#date:".length()).strip();
        }
        continue;
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length <= columns.last()) {
        throw error(lineNumber, "expected at least " + (columns.last() + 1) + " columns");
      }
      if (!fields[columns.aspect()].equals("P")) {
        continue;
      }
      try {
        sink.annotate(
            new DiseaseId(fields[columns.disease()]),
            fields[columns.name()],
            HpoTermId.parse(fields[columns.term()]),
            AnnotationFrequency.parse(fields[columns.frequency()]),
            fields[columns.qualifier()].equals("NOT"),
            source + " line " + lineNumber);
      } catch (IllegalArgumentException e) {
        throw error(lineNumber, e.getMessage());
      }
    }
    if (columns == null) {
      throw error(lineNumber, "no column header found; is this an HPO phenotype.hpoa file?");
    }
  }

  private record Columns(
      int disease, int name, int qualifier, int term, int frequency, int aspect, int last) {

    static Columns of(String header, HpoaReader reader, int line) {
      List<String> names = new ArrayList<>();
      for (String name : header.split("\t", -1)) {
        names.add(name.replace("#", "").replace("_", "").toLowerCase(Locale.ROOT));
      }
      int[] at = {
        names.indexOf("databaseid"),
        names.indexOf("diseasename"),
        names.indexOf("qualifier"),
        names.indexOf("hpoid"),
        names.indexOf("frequency"),
        names.indexOf("aspect")
      };
      int last = 0;
      for (int index : at) {
        if (index < 0) {
          throw reader.error(
              line,
              "unrecognised header; expected the phenotype.hpoa columns database_id,"
                  + " disease_name, qualifier, hpo_id, ..., frequency, ..., aspect");
        }
        last = Math.max(last, index);
      }
      return new Columns(at[0], at[1], at[2], at[3], at[4], at[5], last);
    }
  }

  private GenomicsException error(int line, String message) {
    return new GenomicsException(source + " line " + line + ": " + message);
  }
}
