package io.charterassurance.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The model is the bottom layer: it knows nothing of Drools or of the modules above it, and its
 * packages do not depend on each other in a cycle.
 */
class ArchitectureTests {
  private static final JavaClasses MODEL = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.charterassurance.model");

  @Test
  void theModelDependsOnNothingFromDrools() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..", "org.mvel2..")
        .check(MODEL);
  }

  @Test
  void theModelDependsOnNoModuleAboveIt() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("io.charterassurance.rules..", "io.charterassurance.cli..")
        .check(MODEL);
  }

  /** Each package is a slice of its own ({@code model.io}, {@code model.report}, ...). */
  @Test
  void noPackageDependsOnItself() {
    slices().matching("io.charterassurance.(**)").should().beFreeOfCycles().check(MODEL);
  }
}
