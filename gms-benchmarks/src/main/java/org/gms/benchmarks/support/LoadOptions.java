package org.gms.benchmarks.support;

import picocli.CommandLine.Option;

/** How long a load benchmark runs: a warm-up, then the measured time. */
public final class LoadOptions {

  @Option(
      names = "--seconds",
      defaultValue = "30",
      description = "Measured time (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(
      names = "--warmup",
      defaultValue = "10",
      description = "Seconds of load before measuring (default: ${DEFAULT-VALUE}).")
  int warmup;

  /** Measured seconds. */
  public int seconds() {
    return seconds;
  }

  /** Seconds of load before measuring. */
  public int warmup() {
    return warmup;
  }
}
