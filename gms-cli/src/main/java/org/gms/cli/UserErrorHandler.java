package org.gms.cli;

import org.gms.genomics.GenomicsException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns the documented error types into one clear line on standard error and exit code 2, instead
 * of a stack trace; anything else is a bug and keeps its stack trace.
 */
final class UserErrorHandler implements IExecutionExceptionHandler {

  static final int USER_ERROR = 2;

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult)
      throws Exception {
    if (isUserError(e)) {
      cmd.getErr().println(cmd.getColorScheme().errorText("error: " + e.getMessage()));
      return USER_ERROR;
    }
    throw e;
  }

  private static boolean isUserError(Throwable e) {
    return e instanceof GenomicsException
        || e instanceof org.gms.server.GmsException
        || e instanceof StartupProblem
        || e instanceof java.nio.file.NoSuchFileException
        || e instanceof IllegalArgumentException;
  }
}
