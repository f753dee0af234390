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
    System.exit(commandLine().execute(args));
  }

  /** The command line with every sub-command registered; tests drive it directly. */
  public static CommandLine commandLine() {
    return new CommandLine(new Gms())
        .setExecutionExceptionHandler(new UserErrorHandler())
        .setCaseInsensitiveEnumValuesAllowed(true);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
