package org.gms.genomics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The genomics core stays a plain library: no framework, packages named after domain nouns. */
class ArchitectureTest {

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.gms.genomics");

  @Test
  void coreNeverDependsOnSpring() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.springframework..")
        .allowEmptyShould(true)
        .check(CORE);
  }

  @Test
  void packagesAreDomainNounsNotLayers() {
    noClasses()
        .should()
        .resideInAnyPackage("..util..", "..utils..", "..service..", "..dao..", "..helper..")
        .allowEmptyShould(true)
        .check(CORE);
  }

  @Test
  void variantAndReferenceFormNoCycle() {
    // reference (the assembly: build, contigs, sequence) sits below variant (records, VCF,
    // normalisation)
    noClasses()
        .that()
        .resideInAPackage("org.gms.genomics.reference..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.gms.genomics.variant..")
        .check(CORE);
  }

  @Test
  void topLevelPackagesFormNoCycles() {
    slices().matching("org.gms.genomics.(*)..").should().beFreeOfCycles().check(CORE);
  }
}
