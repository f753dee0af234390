package org.gms.server.directory.internal;

import org.springframework.stereotype.Component;

/** Loads the bundled gene reference once, on first use (about 30,000 genes). */
@Component
class GeneReferenceHolder {

  private volatile GeneReference genes;

  GeneReference get() {
    GeneReference loaded = genes;
    if (loaded == null) {
      synchronized (this) {
        if (genes == null) {
          genes = GeneReference.bundled();
        }
        loaded = genes;
      }
    }
    return loaded;
  }
}
