package org.gms.benchmarks.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The shared reference data the benchmarks run on (real transcripts, reference pieces, ClinVar,
 * HPO, phenopackets, VCFs): the folder in {@code $GMS_SHARED_REFERENCE}, else {@code
 * ../shared/reference} of the working folder or of one of its parents.
 */
public final class SharedReference {

  /** The environment variable naming the folder. */
  public static final String ENVIRONMENT = "GMS_SHARED_REFERENCE";

  private SharedReference() {}

  /** The first candidate folder that has every one of the entries (files or folders), if any. */
  public static Optional<Path> rootWith(List<String> relative) {
    return roots().stream()
        .filter(root -> relative.stream().map(root::resolve).allMatch(Files::exists))
        .findFirst();
  }

  /** The files (paths relative to the folder) from the first folder that has them all, if any. */
  public static Optional<List<Path>> files(List<String> relative) {
    return roots().stream()
        .map(root -> relative.stream().map(root::resolve).toList())
        .filter(found -> found.stream().allMatch(Files::isRegularFile))
        .findFirst();
  }

  /** One file (path relative to the folder) from the first folder that has it, if any. */
  public static Optional<Path> file(String relative) {
    return files(List.of(relative)).map(found -> found.get(0));
  }

  /** What to tell a user when the data is missing: where it was looked for and what to set. */
  public static String whereLooked() {
    return "looked in $"
        + ENVIRONMENT
        + " and ../shared/reference from "
        + Path.of("").toAbsolutePath()
        + " and its parents; set "
        + ENVIRONMENT
        + " to the folder";
  }

  private static List<Path> roots() {
    List<Path> roots = new ArrayList<>();
    String configured = System.getenv(ENVIRONMENT);
    if (configured != null && !configured.isBlank()) {
      roots.add(Path.of(configured));
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      roots.add(dir.resolve("../shared/reference").normalize());
    }
    return roots;
  }
}
