package io.charterassurance.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The model is the bottom layer: it knows nothing of Drools or of the modules above it. */
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
}
