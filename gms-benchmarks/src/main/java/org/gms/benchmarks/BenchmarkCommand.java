package org.gms.benchmarks;

import org.gms.cli.CommandGroup;
import org.gms.cli.GmsCommand;
import picocli.CommandLine.Command;

/**
 * {@code ./gms benchmark <what>}: speed and accuracy measurements that print their figures, one
 * command class per benchmark; what several share is in {@code support}.
 */
@Command(
    name = "benchmark",
    mixinStandardHelpOptions = true,
    description = "Measure speed or accuracy on real data; each benchmark prints its figures.",
    subcommands = {
      BenchmarkVcfIoCommand.class,
      BenchmarkClinvarConcordanceCommand.class,
      BenchmarkAnnotateCoreCommand.class,
      BenchmarkAnnotateCommand.class,
      BenchmarkPgxCommand.class,
      BenchmarkCdsHooksCommand.class,
      BenchmarkOncologyCommand.class,
      BenchmarkOrderingCommand.class,
      BenchmarkPhenopacketsCommand.class,
      BenchmarkBeaconCommand.class,
      BenchmarkReanalysisCommand.class,
      BenchmarkSomaticCommand.class,
      BenchmarkInsightsCommand.class,
      BenchmarkCohortCommand.class,
      BenchmarkTrialsCommand.class
    })
public final class BenchmarkCommand extends CommandGroup implements GmsCommand {

  /** Adds {@code benchmark} to {@code ./gms} (listed in META-INF/services). */
  @Override
  public Object command() {
    return this;
  }
}
