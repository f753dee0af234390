package org.gms.benchmarks.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code --data-dir}: where a benchmark's server keeps its fresh embedded database; and where a
 * benchmark without a server keeps its files.
 */
public final class ScratchDirectory {

  @Option(
      names = "--data-dir",
      description = "Folder for the embedded database (default: a new temporary folder).")
  Path dataDir;

  /** The folder given, or a new temporary one named with the prefix. */
  public Path resolve(String prefix) throws IOException {
    return dataDir != null ? dataDir : Files.createTempDirectory(prefix);
  }

  /** Whether the user gave the folder (so it is kept after the benchmark). */
  public boolean given() {
    return dataDir != null;
  }

  /**
   * The folder a benchmark keeps its generated inputs and outputs in: the one given with its {@code
   * --work-dir}, or the named folder in the temporary directory; created if missing.
   */
  public static Path workDirectory(Path given, String name) throws IOException {
    Path dir = given != null ? given : Path.of(System.getProperty("java.io.tmpdir"), name);
    Files.createDirectories(dir);
    return dir;
  }

  /** Server settings for a benchmark: the data folder, a free port, quiet logs. */
  public static Map<String, Object> serverProperties(Path dir) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("gms.db.data-dir", dir.toAbsolutePath().toString());
    properties.put("server.port", 0);
    properties.put("logging.level.root", "WARN");
    properties.put("spring.main.log-startup-info", "false");
    return properties;
  }
}
