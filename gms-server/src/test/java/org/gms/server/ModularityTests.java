package org.gms.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
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

  /**
   * Who is acting comes from {@code Accounts.actor()} only: no feature reads Spring Security's
   * context itself. The audit log is the exception: it stamps each event with the authenticated
   * name because the account feature, which owns {@code Actor}, records into it.
   */
  @Test
  void onlyAccountsAndTheAuditLogReadWhoIsActing() {
    ArchRuleDefinition.noClasses()
        .that()
        .resideOutsideOfPackages("org.gms.server.account..", "org.gms.server.audit..")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.springframework.security.core.context.SecurityContextHolder")
        .check(
            new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.gms.server"));
  }
}
