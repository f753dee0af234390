package org.gms.cli;

import java.nio.file.Path;
import org.gms.server.database.DatabaseStartException;
import org.springframework.boot.web.server.PortInUseException;

/**
 * The platform could not start: one paragraph for the operator (the cause, the file or port
 * involved, what to do, where the details are); the stack trace is in the log file only.
 */
final class StartupProblem extends RuntimeException {

  private StartupProblem(String message) {
    super(message);
  }

  static StartupProblem explain(Throwable e, int port, Path logFile) {
    String details = " The details are in " + logFile + ".";
    DatabaseStartException database = find(e, DatabaseStartException.class);
    if (database != null) {
      return new StartupProblem("GMS could not start. " + database.getMessage() + details);
    }
    PortInUseException inUse = find(e, PortInUseException.class);
    if (inUse != null) {
      return new StartupProblem(
          "GMS could not start: port "
              + inUse.getPort()
              + " is already in use by another program (perhaps another GMS). Stop that program,"
              + " or start GMS on another port with --port."
              + details);
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return new StartupProblem(
        "GMS could not start (port "
            + port
            + "): "
            + (root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage())
            + "."
            + details
            + " If the cause is not clear from them, report it with that file.");
  }

  private static <T extends Throwable> T find(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
