package io.charterassurance.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.charterassurance.rules.catalogue.CriteriaCatalogue;
import io.charterassurance.rules.internal.RuleFiles;
import io.charterassurance.rules.internal.RuleSource;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way ({@code rules} to {@code rules.internal}, and both to {@code
 * rules.catalogue}), with no package cycle; and Drools stays inside: no Drools type in the public
 * API.
 *
 * <p>The classes the build generates from the bundled rule files (the Drools executable model)
 * live in the rule files' own packages and are Drools code by nature: they are the rules, not the
 * library's API, and are left out here.
 */
class ArchitectureTests {
  private static final List<String> RULE_PACKAGES = rulePackages();

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(location -> RULE_PACKAGES.stream().noneMatch(p -> location.contains("/" + p.replace('.', '/') + "/")))
      .importPackages("io.charterassurance.rules");

  /**
   * No package cycles: each package is a slice of its own ({@code rules}, {@code
   * rules.catalogue}, {@code rules.internal}, ...), so {@code rules.internal} may not reach back
   * into {@code rules}.
   */
  @Test
  void noPackageDependsOnItself() {
    slices().matching("io.charterassurance.(**)").should().beFreeOfCycles().check(CLASSES);
  }

  /** The catalogue and policy are data both layers read: they know nothing of either. */
  @Test
  void theCataloguePackageDependsOnNeitherTheFrontDoorNorTheInternals() {
    noClasses().that().resideInAPackage("io.charterassurance.rules.catalogue..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.charterassurance.rules", "io.charterassurance.rules.internal..", "org.kie..", "org.drools..")
        .check(CLASSES);
  }

  /** The internals serve the front door and never call back into it. */
  @Test
  void theInternalsNeverDependOnTheFrontDoor() {
    noClasses().that().resideInAPackage("io.charterassurance.rules.internal..")
        .should().dependOnClassesThat().resideInAPackage("io.charterassurance.rules")
        .check(CLASSES);
  }

  /**
   * The internals serve the front door alone (and the rule files, whose generated classes are
   * left out here): nothing else in the library reaches into them.
   */
  @Test
  void onlyTheFrontDoorUsesTheInternals() {
    classes().that().resideInAPackage("io.charterassurance.rules.internal")
        .should().onlyBeAccessed().byClassesThat()
        .resideInAnyPackage("io.charterassurance.rules", "io.charterassurance.rules.internal")
        .check(CLASSES);
  }

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

  /** The check above leaves the rule packages out, so they must not be the library's own. */
  @Test
  void theRulePackagesAreNotTheLibrarysOwn() {
    assertThat(RULE_PACKAGES).isNotEmpty().allSatisfy(p -> assertThat(p)
        .startsWith("io.charterassurance.rules.")
        .isNotEqualTo("io.charterassurance.rules.internal")
        .doesNotStartWith("io.charterassurance.rules.internal."));
  }

  /** The packages the bundled rule files declare. */
  private static List<String> rulePackages() {
    Pattern pkg = Pattern.compile("(?m)^\\s*package\\s+([A-Za-z_][\\w.]*)");
    return RuleFiles.standard(CriteriaCatalogue.standard()).stream()
        .map(RuleSource::text)
        .map(text -> {
          Matcher m = pkg.matcher(text);
          return m.find() ? m.group(1) : "";
        })
        .distinct()
        .toList();
  }
}
