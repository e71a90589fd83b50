package io.charterassurance.benchmarks;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The benchmarks, and the code JMH generates for them, have no package cycle. */
class ArchitectureTests {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.charterassurance.benchmarks");

  /** Each package is a slice of its own: none may depend on itself through another. */
  @Test
  void noPackageDependsOnItself() {
    slices().matching("io.charterassurance.(**)").should().beFreeOfCycles().check(CLASSES);
  }
}
