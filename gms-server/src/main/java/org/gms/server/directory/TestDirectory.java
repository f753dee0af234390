package org.gms.server.directory;

import java.util.List;
import java.util.Optional;

/** Questions about the clinical indications and tests of the test directory. */
public interface TestDirectory {

  /**
   * Finds indications of the current release by R-code or test code (exact, then prefix), words of
   * the name, a gene symbol (named as a target, or in a linked panel), or the test method.
   * Case-insensitive; best matches first.
   */
  List<IndicationMatch> search(String query, int limit);

  /**
   * An indication with its tests, targets and panels.
   *
   * @param version a directory version label; empty for the current release
   */
  Optional<Indication> indication(String code, Optional<String> version);

  /** The current directory version label, if any release has been imported. */
  Optional<String> currentVersion();
}
