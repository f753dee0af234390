package org.gms.server.insights.internal;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/** Moves on whenever the stored figures change, so cached published figures are recomputed. */
@Component
class FiguresVersion {

  private final AtomicLong version = new AtomicLong();

  long current() {
    return version.get();
  }

  void changed() {
    version.incrementAndGet();
  }
}
