package io.charterassurance.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The examples embed the library through its public API alone: no internals, no Drools; and no package cycle. */
class ArchitectureTests {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.charterassurance.examples");

  @Test
  void useOnlyThePublicApi() {
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("io.charterassurance.rules.internal..", "org.kie..", "org.drools..")
        .check(CLASSES);
  }

  /** Each package is a slice of its own: none may depend on itself through another. */
  @Test
  void noPackageDependsOnItself() {
    slices().matching("io.charterassurance.(**)").should().beFreeOfCycles().check(CLASSES);
  }
}
