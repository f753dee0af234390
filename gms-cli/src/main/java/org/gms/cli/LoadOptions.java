package org.gms.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** How long a load benchmark runs, and where its server keeps its fresh database. */
final class LoadOptions {

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

  @Option(
      names = "--data-dir",
      description = "Folder for the embedded database (default: a new temporary folder).")
  Path dataDir;

  /** The folder given, or a new temporary one named with the prefix. */
  Path dataDir(String prefix) throws IOException {
    return dataDir != null ? dataDir : Files.createTempDirectory(prefix);
  }

  /** Server settings for a benchmark: the data folder, a free port, quiet logs. */
  static Map<String, Object> serverProperties(Path dir) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("gms.db.data-dir", dir.toAbsolutePath().toString());
    properties.put("server.port", 0);
    properties.put("logging.level.root", "WARN");
    properties.put("spring.main.log-startup-info", "false");
    return properties;
  }
}
