package org.gms.benchmarks.support;

import picocli.CommandLine.Option;

/**
 * How a load benchmark loads the server: its concurrent clients (the benchmark's own number unless
 * given) for a warm-up, then the measured time.
 */
public final class LoadOptions {

  @Option(names = "--clients", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
  int clients;

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

  /** Options whose --clients is, unless given, the benchmark's usual number. */
  public LoadOptions(int clients) {
    this.clients = clients;
  }

  /** Concurrent clients. */
  public int clients() {
    return clients;
  }

  /** Measured seconds. */
  public int seconds() {
    return seconds;
  }

  /** Seconds of load before measuring. */
  public int warmup() {
    return warmup;
  }

  /**
   * The requests a second the clients offer when each waits a mean {@code thinkMillis} between
   * calls (infinite without think time: each calls again at once).
   */
  public double offeredRequestsPerSecond(long thinkMillis) {
    return thinkMillis == 0 ? Double.POSITIVE_INFINITY : clients * 1000.0 / thinkMillis;
  }
}
