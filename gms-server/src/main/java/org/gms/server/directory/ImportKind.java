package org.gms.server.directory;

/** What an import loaded: a test directory release, or PanelApp gene panels. */
public enum ImportKind {
  DIRECTORY,
  PANELS
}
