package org.gms.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/** Verifies the feature boundaries: modules talk only through public APIs and events. */
class ModularityTests {

  private static final ApplicationModules MODULES = ApplicationModules.of(GmsApplication.class);

  @Test
  void featureBoundariesHold() {
    MODULES.verify();
  }

  /** Re-analysis sits on top: it reads the record, orders, runs and panels; nothing reads it. */
  @Test
  void noFeatureDependsOnKnowledge() {
    assertThat(MODULES.getModuleByName("knowledge")).isPresent();
    assertThat(
            MODULES.stream()
                .filter(m -> !m.getIdentifier().toString().equals("knowledge"))
                .filter(m -> m.getDirectDependencies(MODULES).containsModuleNamed("knowledge"))
                .map(ApplicationModule::getIdentifier))
        .isEmpty();
  }
}
