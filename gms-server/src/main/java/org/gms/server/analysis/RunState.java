package org.gms.server.analysis;

/** Where a run is. */
public enum RunState {
  QUEUED,
  RUNNING,
  SUCCEEDED,
  FAILED
}
