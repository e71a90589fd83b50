package io.charterassurance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.charterassurance.model.report.CriterionStatus;
import io.charterassurance.model.report.Finding;
import io.charterassurance.model.report.Report;
import io.charterassurance.rules.catalogue.CriteriaCatalogue;
import io.charterassurance.rules.catalogue.RuleSetException;
import io.charterassurance.rules.catalogue.ScoringPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading additional and replacement rule sets, catalogues and scoring policies. */
class RuleSetTests {
  @TempDir Path dir;

  private static final String LOCAL_CATALOGUE = """
      version: "local-1"
      criteria:
        - id: X1-LOCAL-EVENTS
          title: Local health events
          area: local
          clauses: [A6d]
          kinds: [icb]
          mandatoryFor: [icb]
          weight: 1
          evidenceKinds: [public-events]
          meets: At least ten public events a year.
      """;

  private static final String LOCAL_RULES = """
      package io.charterassurance.rules.local;

      import io.charterassurance.model.evidence.*;
      import io.charterassurance.rules.internal.Judge;
      import io.charterassurance.rules.internal.Level;
      import java.util.List;

      // A6d, tailored: at least ten events a year.
      rule "X1-LOCAL-EVENTS"
      when
        $j : Judge( open("X1-LOCAL-EVENTS") )
        $e : PublicEvents( events >= 10 )
      then
        $j.offer("X1-LOCAL-EVENTS", $e, Level.FULL, "at least ten public events", List.of());
      end
      """;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  @Test
  void aReplacementRuleSetWithItsOwnCatalogueDecidesOnlyItsOwnCriteria() throws IOException {
    Assessor assessor = Assessor.builder()
        .withoutStandardRules()
        .criteria(write("local.yaml", LOCAL_CATALOGUE))
        .addRules(write("local.drl", LOCAL_RULES))
        .build();
    Report report = assessor.assess(Scenarios.load("icb-strong.json"));
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.criterion()).isEqualTo("X1-LOCAL-EVENTS");
      assertThat(f.status()).isEqualTo(CriterionStatus.MET);
      assertThat(f.principles()).isNotEmpty();
    });
    assertThat(report.provenance().ruleSetVersion()).isEqualTo("local-1");
    assertThat(report.provenance().ruleSetHash()).isNotEqualTo(Assessor.standard().ruleSetHash());
  }

  @Test
  void aRuleFileThatDoesNotCompileIsReportedWithFileAndLine() throws IOException {
    Path broken = write("local.drl", LOCAL_RULES.replace("events >= 10", "events >=== 10"));
    RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> Assessor.builder()
        .withoutStandardRules().criteria(write("local.yaml", LOCAL_CATALOGUE)).addRules(broken).build());
    assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
      assertThat(p.source()).isEqualTo(broken.toString());
      assertThat(p.line()).isEqualTo(12);
    });
    assertThat(e.getMessage()).contains(broken + ":12");
  }

  @Test
  void aRuleThatFailsWhileItRunsIsNamedInTheError() throws IOException {
    Path rules = write("local.drl", LOCAL_RULES.replace(
        "$j.offer(\"X1-LOCAL-EVENTS\", $e, Level.FULL, \"at least ten public events\", List.of());",
        "Integer.parseInt($e.id());"));
    Assessor assessor = Assessor.builder().withoutStandardRules()
        .criteria(write("local.yaml", LOCAL_CATALOGUE)).addRules(rules).build();
    assertThatThrownBy(() -> assessor.assess(Scenarios.load("icb-strong.json")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("Rule \"X1-LOCAL-EVENTS\" failed: ")
        .hasMessageContaining("NumberFormatException");
  }

  @Test
  void aRuleNamedAfterNoCriterionIsRefused() throws IOException {
    Path rules = write("local.drl", LOCAL_RULES.replace("rule \"X1-LOCAL-EVENTS\"", "rule \"X2-UNKNOWN\""));
    assertThatThrownBy(() -> Assessor.builder().withoutStandardRules()
            .criteria(write("local.yaml", LOCAL_CATALOGUE)).addRules(rules).build())
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining(rules + ":9: rule \"X2-UNKNOWN\" does not start with the id of a criterion")
        .hasMessageContaining("criterion X1-LOCAL-EVENTS has no rule");
  }

  @Test
  void aCatalogueCitingAClauseTheCharterDoesNotHaveIsRefused() throws IOException {
    Path catalogue = write("local.yaml", LOCAL_CATALOGUE.replace("[A6d]", "[A9]"));
    assertThatThrownBy(() -> CriteriaCatalogue.load(catalogue))
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining(catalogue + ": $.criteria[0].clauses: \"A9\" is not a clause of the Charter");
  }

  @Test
  void aCatalogueWithAMisspeltPropertyNamesItAndTheLine() throws IOException {
    Path catalogue = write("local.yaml", LOCAL_CATALOGUE.replace("weight: 1", "wieght: 1"));
    RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> CriteriaCatalogue.load(catalogue));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(9);
      assertThat(p.message()).startsWith("$.criteria[0].wieght: unknown property \"wieght\"; did you mean \"weight\"?");
    });
  }

  @Test
  void aTailoredScoringPolicyChangesScoresWithoutTouchingRules() throws IOException {
    String standard = new String(RuleSetTests.class.getResourceAsStream(
        "/io/charterassurance/rules/scoring-policy.yaml").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    Path tailored = write("policy.yaml", standard
        .replace("id: charter-standard-2026.12", "id: stricter-2026")
        .replace("  high: 1.0", "  high: 0.9"));
    Assessor assessor = Assessor.builder().scoringPolicy(tailored).build();
    Report report = assessor.assess(Scenarios.load("icb-strong.json"));
    assertThat(report.provenance().scoringPolicy()).isEqualTo("stricter-2026");
    Report standard2 = Assessor.standard().assess(Scenarios.load("icb-strong.json"));
    assertThat(report.findings()).extracting(Finding::status).isEqualTo(standard2.findings().stream().map(Finding::status).toList());
    assertThat(report.overall()).isLessThan(standard2.overall());
  }

  @Test
  void aPolicyAndRulesCanComeFromTheClassPath() {
    ClassLoader loader = ApplicationClassPath.loader();
    Assessor assessor = Assessor.builder()
        .scoringPolicy(loader, "io/charterassurance/rules/scoring-policy.yaml")
        .criteria(loader, "io/charterassurance/rules/criteria.yaml")
        .build();
    assertThat(assessor.assess(Scenarios.load("icb-strong.json")).overall())
        .isEqualTo(Assessor.standard().assess(Scenarios.load("icb-strong.json")).overall());
    assertThatThrownBy(() -> Assessor.builder().scoringPolicy(loader, "no/such/policy.yaml").build())
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("no/such/policy.yaml: no such resource on the class path");
  }

  /**
   * Read from the class path, the bundled catalogue and policy go through every check, Bean
   * Validation's constraints included, which the bundled ones skip at run time: they pass, and
   * they are the bundled ones.
   */
  @Test
  void aCatalogueAndAPolicyReadFromTheClassPathAreTheBundledOnesAndPassEveryConstraint() {
    ClassLoader loader = ApplicationClassPath.loader();
    assertThat(CriteriaCatalogue.load(loader, "io/charterassurance/rules/criteria.yaml"))
        .isEqualTo(CriteriaCatalogue.standard());
    assertThat(ScoringPolicy.load(loader, "io/charterassurance/rules/scoring-policy.yaml"))
        .isEqualTo(ScoringPolicy.standard());
    assertThatThrownBy(() -> CriteriaCatalogue.load(loader, "no/such/criteria.yaml"))
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("no/such/criteria.yaml: no such resource on the class path");
  }

  @Test
  void aPolicysHashIsTheOneItsReportsRecord() {
    Report report = Assessor.standard().assess(Scenarios.load("icb-strong.json"));
    assertThat(ScoringPolicy.standard().hash())
        .matches("[0-9a-f]{64}")
        .isEqualTo(report.provenance().scoringPolicyHash());
  }

  @Test
  void aPolicyBuiltInCodeIsCheckedAsALoadedOneIs() {
    ScoringPolicy p = ScoringPolicy.standard();
    ScoringPolicy broken = new ScoringPolicy(p.id(), p.title(), p.requirement(), p.confidence(), p.freshness(),
        p.waivers(), p.parameters(), p.weights(), p.bands(),
        java.util.List.of(new ScoringPolicy.Limiter(CriterionStatus.NOT_MET, null, "middling")), p.principles());
    p.check();
    assertThatThrownBy(broken::check)
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("scoring policy charter-standard-2026.12: $.limiters[0].capAt: \"middling\" is not a band");
    assertThatThrownBy(() -> Assessor.builder().scoringPolicy(broken).build())
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("$.limiters[0].capAt: \"middling\" is not a band");
  }

  @Test
  void aWeightOverrideMustNameACriterionOfTheCatalogue() {
    ScoringPolicy p = ScoringPolicy.standard();
    ScoringPolicy stray = new ScoringPolicy(p.id(), p.title(), p.requirement(), p.confidence(), p.freshness(),
        p.waivers(), p.parameters(), java.util.Map.of("N99-NOTHING", java.math.BigDecimal.ONE), p.bands(),
        p.limiters(), p.principles());
    assertThatThrownBy(() -> Assessor.builder().scoringPolicy(stray).build())
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("$.weights.N99-NOTHING: no criterion with this id in the catalogue");
  }

  @Test
  void validateListsTheSameProblemsAsAssessWithoutAssessing() {
    var valid = Scenarios.load("icb-strong.json");
    assertThat(Assessor.standard().validate(valid)).isEmpty();
    var waiver = new io.charterassurance.model.submission.Waiver("N99", "r", "A", "B", "Regional Director", "NHS England London region", null,
        io.charterassurance.model.submission.AssurerKind.NHS_ENGLAND_REGION, java.time.LocalDate.parse("2026-01-01"), java.time.LocalDate.parse("2026-06-30"));
    var invalid = new io.charterassurance.model.submission.Submission(valid.organisation(), valid.asAt(), valid.period(),
        valid.evidence(), java.util.List.of(waiver));
    assertThat(Assessor.standard().validate(invalid)).isEqualTo(Assessor.standard().assess(invalid).violations());
  }

  @Test
  void aPolicyWhoseLimiterCapsAtAnUnknownBandIsRefused() throws IOException {
    String standard = new String(RuleSetTests.class.getResourceAsStream(
        "/io/charterassurance/rules/scoring-policy.yaml").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    Path policy = write("policy.yaml", standard.replace("capAt: emerging", "capAt: middling"));
    assertThatThrownBy(() -> ScoringPolicy.load(policy))
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("$.limiters[0].capAt: \"middling\" is not a band");
  }

  @Test
  void aPolicyMissingAParameterTheRulesUseIsRefusedBeforeCompiling() throws IOException {
    String standard = new String(RuleSetTests.class.getResourceAsStream(
        "/io/charterassurance/rules/scoring-policy.yaml").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    Path policy = write("policy.yaml", standard.replaceAll("(?m)^  partnership-meetings-per-year:\n    value: 4\n    basis: .*\n", ""));
    assertThatThrownBy(() -> Assessor.builder().scoringPolicy(policy).build())
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("neighbourhood-partnerships.drl")
        .hasMessageContaining("scoring-policy parameter \"partnership-meetings-per-year\"");
  }

  @Test
  void aMissingPolicyFileIsAProblemNotAStackTrace() {
    Path missing = dir.resolve("nope.yaml");
    assertThatThrownBy(() -> ScoringPolicy.load(missing))
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining(missing + ": no such file");
  }

  @Test
  void aPolicyThatIsANamedPipeIsRefusedBeforeItIsOpenedSoNothingHangs() throws Exception {
    Path fifo = dir.resolve("policy.yaml");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");
    assertThatThrownBy(() -> ScoringPolicy.load(fifo))
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining(fifo + ": is a named pipe, not a regular file; a scoring policy is read only"
            + " from a regular file");
  }

  @Test
  void aRuleFileLinkedToADeviceIsRefusedRatherThanReadForever() throws Exception {
    Path link = java.nio.file.Files.createSymbolicLink(dir.resolve("endless.drl"), Path.of("/dev/zero"));
    assertThatThrownBy(() -> Assessor.builder().addRules(link).build())
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("endless.drl: is a link to /dev/zero, which is a character device, not a regular file");
  }

  @Test
  void aPolicyDirectoryIsNamedAsOne() throws Exception {
    Path folder = java.nio.file.Files.createDirectory(dir.resolve("policy.yaml"));
    assertThatThrownBy(() -> ScoringPolicy.load(folder))
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining(folder + ": is a directory, not a scoring policy file");
  }

  @Test
  void aYamlAliasInAPolicyIsRefusedNotReadAsItsName() throws Exception {
    String standard = new String(RuleSetTests.class.getResourceAsStream(
        "/io/charterassurance/rules/scoring-policy.yaml").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    String aliased = standard.replaceFirst("(?m)^id: (.*)$", "id: &name $1")
        .replaceFirst("(?m)^title: .*$", "title: *name");
    org.assertj.core.api.Assertions.assertThat(aliased).contains("title: *name");
    Path policy = write("policy.yaml", aliased);
    assertThatThrownBy(() -> ScoringPolicy.load(policy))
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("YAML anchors and aliases are not accepted");
  }
}
