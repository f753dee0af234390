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
public final class Gms implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
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
    return line.setExecutionExceptionHandler(new UserErrorHandler())
        .setCaseInsensitiveEnumValuesAllowed(true);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
