package io.charterassurance.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The CLI is a thin adapter: it uses only the public API, never internals or Drools; and its
 * packages do not depend on each other in a cycle.
 */
class ArchitectureTests {
  private static final JavaClasses CLI = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.charterassurance.cli");

  @Test
  void usesNoInternalsAndNoDrools() {
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("io.charterassurance.rules.internal..", "org.kie..", "org.drools..")
        .check(CLI);
  }

  @Test
  void noPackageDependsOnItself() {
    slices().matching("io.charterassurance.(**)").should().beFreeOfCycles().check(CLI);
  }
}
