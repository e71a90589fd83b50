package io.charterassurance.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Drools stays inside: no Drools type in the public API. */
class ArchitectureTests {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.charterassurance.rules");

  @Test
  void onlyTheInternalPackageTouchesDrools() {
    noClasses().that().resideOutsideOfPackage("io.charterassurance.rules.internal..")
        .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
        .check(CLASSES);
  }

  @Test
  void noPublicMethodTakesOrReturnsADroolsType() {
    noMethods().that().arePublic()
        .should().haveRawReturnType(com.tngtech.archunit.base.DescribedPredicate.describe("a Drools type",
            (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName().startsWith("org.kie")
                || c.getPackageName().startsWith("org.drools")))
        .check(CLASSES);
  }
}
