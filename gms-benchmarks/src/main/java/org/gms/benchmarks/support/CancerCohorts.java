package org.gms.benchmarks.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --shared}: the shared reference data folder whose {@code cancer} folder holds the real
 * tumour cohorts (MC3, LAML, MSIseq, PCGR) the cancer benchmarks run on; and the machine's load,
 * which they print before and after, as every timing is read against it.
 */
public final class CancerCohorts {

  @Option(
      names = "--shared",
      defaultValue = "../shared/reference",
      description = "The shared reference data folder (default: ${DEFAULT-VALUE}).")
  Path shared;

  /** The folder of the cancer cohorts. */
  public Path folder() {
    return shared.resolve("cancer");
  }

  /** The kernel's load averages (/proc/loadavg), or "unknown" where it has none. */
  public static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "unknown";
    }
  }
}
