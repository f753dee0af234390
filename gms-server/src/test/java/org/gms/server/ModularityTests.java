package org.gms.server;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Verifies the feature boundaries: modules talk only through public APIs and events. */
class ModularityTests {

  private static final ApplicationModules MODULES = ApplicationModules.of(GmsApplication.class);

  @Test
  void featureBoundariesHold() {
    MODULES.verify();
  }
}
