package org.gms.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBConnection;

/**
 * Explains a failed query: which of the files it read are missing or unreadable, so that the error
 * names them (and what to do); queries that need other files still answer.
 */
final class FileCheck {

  private FileCheck() {}

  static StoreException explain(
      DuckDBConnection main,
      Path root,
      Manifest manifest,
      List<Manifest.DataFile> files,
      SQLException failure) {
    List<String> problems = new ArrayList<>();
    try (DuckDBConnection connection = (DuckDBConnection) main.duplicate()) {
      for (Manifest.DataFile file : files) {
        String problem = check(connection, root.resolve(file.path()));
        if (problem != null) {
          problems.add(
              "Parquet file "
                  + root.resolve(file.path())
                  + " ("
                  + file.table()
                  + ", "
                  + file.build()
                  + " contig "
                  + file.contig()
                  + " positions "
                  + file.minPosition()
                  + "-"
                  + file.maxPosition()
                  + ", runs "
                  + file.runs()
                  + ") "
                  + problem);
        }
      }
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
    if (problems.isEmpty()) {
      return new StoreException(
          "A population store query failed (manifest version "
              + manifest.version()
              + "): "
              + failure.getMessage(),
          failure);
    }
    return new StoreException(
        String.join("; ", problems)
            + ". It is listed in the store's manifest (version "
            + manifest.version()
            + ") of "
            + root
            + ": restore it from a backup, or retract the runs named and load them again. Queries"
            + " that do not read it still answer.",
        failure);
  }

  /** Why the file cannot be read, or null when it can. */
  private static String check(DuckDBConnection connection, Path file) {
    if (!Files.isRegularFile(file)) {
      return "is missing";
    }
    try (Statement sql = connection.createStatement();
        ResultSet rs =
            sql.executeQuery(
                "SELECT count(*), max(COLUMNS(*)) FROM read_parquet('"
                    + DuckDbStore.quoted(file)
                    + "')")) {
      rs.next();
      return null;
    } catch (SQLException e) {
      return "is unreadable (" + firstLine(e.getMessage()) + ")";
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no detail";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
