package org.gms.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The one launcher of the platform: {@code ./gms <command>}. */
@Command(
    name = "gms",
    mixinStandardHelpOptions = true,
    versionProvider = GmsVersion.class,
    description = "GMS: the informatics of a genomic medicine service.",
    subcommands = {
      CommandLine.HelpCommand.class,
      ServeCommand.class,
      DemoCommand.class,
      AccountCommand.class,
      AuditCommand.class,
      DirectoryCommand.class,
      KnowledgeCommand.class,
      AnnotateCommand.class,
      InterpretCommand.class,
      PgxCommand.class,
      SomaticCommand.class,
      PrioritiseGenesCommand.class,
      BenchmarkCommand.class
    })
public final class Gms implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs a command line; returns its exit code. */
  static int execute(String... args) {
    if (args.length > 0 && args[0].equals("pgx")) {
      // Run per sample by laboratories: only its own command is built (building every command's
      // options costs about half a CPU-second), with the same error handling as below.
      CommandLine pgx = configure(new CommandLine(new PgxCommand()).setCommandName("gms pgx"));
      return pgx.execute(java.util.Arrays.copyOfRange(args, 1, args.length));
    }
    return commandLine().execute(args);
  }

  /** The command line with every sub-command registered; tests drive it directly. */
  public static CommandLine commandLine() {
    return configure(new CommandLine(new Gms()));
  }

  private static CommandLine configure(CommandLine commandLine) {
    return commandLine
        .setExecutionExceptionHandler(new UserErrorHandler())
        .setCaseInsensitiveEnumValuesAllowed(true);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
