package org.gms.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * One {@code ./gms} command run in the test's JVM, as a user would run it: its exit code and what
 * it printed on standard output and standard error.
 */
record CliRun(int exitCode, String out, String err) {

  /** Runs the command line, capturing System.out and System.err for its duration. */
  static CliRun of(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
      var commandLine = Gms.commandLine();
      commandLine.setErr(new PrintWriter(System.err, true));
      int code = commandLine.execute(args);
      return new CliRun(
          code, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }
}
