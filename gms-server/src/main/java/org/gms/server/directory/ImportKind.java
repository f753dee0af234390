package org.gms.server.directory;

/** What an import loaded: a test directory release, or PanelApp gene panels. */
public enum ImportKind {
  DIRECTORY,
  /** The cancer directory (M-codes) of a codes release; see {@code docs/directory.md}. */
  CANCER,
  PANELS
}
