package io.charterassurance.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The service is a thin adapter, as the command line is: the public API only, never internals or Drools. */
class ArchitectureTests {
  private static final JavaClasses SERVER = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.charterassurance.server");

  @Test
  void usesNoInternalsAndNoDrools() {
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("io.charterassurance.rules.internal..", "org.kie..", "org.drools..")
        .check(SERVER);
  }

  @Test
  void nothingOfTheLibraryDependsOnTheService() {
    noClasses().that().resideInAnyPackage("io.charterassurance.model..", "io.charterassurance.rules..",
            "io.charterassurance.report..")
        .should().dependOnClassesThat().resideInAPackage("io.charterassurance.server..")
        .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.charterassurance"));
  }
}
