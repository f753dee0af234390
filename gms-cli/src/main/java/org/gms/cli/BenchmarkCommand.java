package org.gms.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ./gms benchmark <what>}: speed and accuracy measurements that print their figures. */
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
      BenchmarkOrderingCommand.class,
      BenchmarkPhenopacketsCommand.class,
      BenchmarkBeaconCommand.class,
      BenchmarkReanalysisCommand.class,
      BenchmarkSomaticCommand.class,
      BenchmarkInsightsCommand.class,
      BenchmarkCohortCommand.class,
      BenchmarkTrialsCommand.class
    })
final class BenchmarkCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
