package org.gms.cli;

import java.util.ServiceLoader;
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
      PrioritiseGenesCommand.class
    })
public final class Gms extends CommandGroup {

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

  /**
   * The command line with every sub-command registered, those of other modules on the class path
   * too ({@link GmsCommand}); tests drive it directly.
   */
  public static CommandLine commandLine() {
    CommandLine line = new CommandLine(new Gms());
    for (GmsCommand added : ServiceLoader.load(GmsCommand.class)) {
      line.addSubcommand(added.command());
    }
    return configure(line);
  }

  private static CommandLine configure(CommandLine commandLine) {
    return commandLine
        .setExecutionExceptionHandler(new UserErrorHandler())
        .setCaseInsensitiveEnumValuesAllowed(true);
  }
}
