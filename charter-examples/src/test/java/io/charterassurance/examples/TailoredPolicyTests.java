package io.charterassurance.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.charterassurance.model.report.Finding;
import io.charterassurance.model.report.Report;
import io.charterassurance.rules.Assessor;
import io.charterassurance.rules.catalogue.RuleSetException;
import io.charterassurance.rules.catalogue.ScoringPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** The stricter example policy never scores a submission higher than the standard policy. */
class TailoredPolicyTests {
  private static final List<String> BAND_ORDER = List.of("early", "emerging", "developing", "established", "leading");

  @Test
  void theStricterPolicyIsDerivedFromTheStandardOneUnderItsOwnId() {
    ScoringPolicy standard = ScoringPolicy.standard();
    ScoringPolicy stricter = ScoringPolicy.load(Examples.STRICTER);
    assertThat(stricter.id()).isEqualTo("charter-examples-stricter-2026.12").isNotEqualTo(standard.id());
    assertThat(stricter.requirement().partiallyMet()).isLessThan(standard.requirement().partiallyMet());
    assertThat(stricter.confidence().medium()).isLessThan(standard.confidence().medium());
    assertThat(stricter.confidence().low()).isLessThan(standard.confidence().low());
    assertThat(stricter.bands()).extracting(ScoringPolicy.Band::id)
        .containsExactlyElementsOf(standard.bands().stream().map(ScoringPolicy.Band::id).toList());
    for (int i = 0; i < standard.bands().size() - 1; i++) {
      assertThat(stricter.bands().get(i).minimum()).isGreaterThan(standard.bands().get(i).minimum());
    }
    assertThat(stricter.parameters().get("investment-per-head-gbp").value())
        .isGreaterThan(standard.parameters().get("investment-per-head-gbp").value());
  }

  @TestFactory
  Stream<DynamicTest> everyEvidenceSetScoresLowerOrEqualUnderTheStricterPolicy() {
    Assessor stricter = Assessor.builder().scoringPolicy(Examples.STRICTER).build();
    return Examples.ALL.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
      Report standard = Examples.report(name);
      Report strict = stricter.assess(Examples.submission(name));
      assertThat(strict.provenance().scoringPolicy()).isEqualTo("charter-examples-stricter-2026.12");
      assertThat(strict.overall()).isLessThanOrEqualTo(standard.overall());
      assertThat(BAND_ORDER.indexOf(strict.band().id())).isLessThanOrEqualTo(BAND_ORDER.indexOf(standard.band().id()));
      Map<String, Finding> before = standard.findings().stream().collect(Collectors.toMap(Finding::criterion, f -> f));
      for (Finding after : strict.findings()) {
        if (after.score() != null) {
          assertThat(after.score()).as(after.criterion()).isLessThanOrEqualTo(before.get(after.criterion()).score());
        }
      }
    }));
  }

  @Test
  void comparesTheSameSubmissionUnderBothPoliciesAndShowsTheBandFallUnderTheStricterOne() {
    TailoredPolicy.Comparison hackney = TailoredPolicy.compare(Examples.file(Examples.LA), Examples.STRICTER);

    assertThat(hackney.organisation()).isEqualTo("London Borough of Hackney (public health)");
    assertThat(hackney.standard().policy()).isEqualTo("charter-standard-2026.12");
    assertThat(hackney.standard().band()).isEqualTo("leading");
    assertThat(hackney.tailored().policy()).isEqualTo("charter-examples-stricter-2026.12");
    assertThat(hackney.tailored().overall()).isLessThan(hackney.standard().overall());
    // The verdicts do not change (the stricter policy asks for the same substance), but medium
    // confidence is worth less and Leading needs 85: Hackney is Established under it.
    assertThat(hackney.tailored().band()).isEqualTo("established");
    assertThat(hackney.changes()).isEmpty();
  }

  @Test
  void printsBothPoliciesAndTheCriteriaThatChange() {
    Examples.Run run = Examples.run((out, err) -> TailoredPolicy.run(
        List.of(Examples.file(Examples.TRUST).toString(), Examples.STRICTER.toString()), out, err));

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Homerton Healthcare NHS Foundation Trust\n")
        .contains("charter-standard-2026.12").contains("charter-examples-stricter-2026.12")
        .contains("band leading").contains("band established")
        .contains("criteria whose verdict changes: none");
  }

  @Test
  void reportsAPolicyFileThatIsNotAValidPolicy(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, Files.readString(Examples.STRICTER, StandardCharsets.UTF_8)
        .replace("  high: 1.0", "  high: 1.6"), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> TailoredPolicy.compare(Examples.file(Examples.LA), bad)).isInstanceOf(RuleSetException.class);

    Examples.Run run = Examples.run((out, err) -> TailoredPolicy.run(
        List.of(Examples.file(Examples.LA).toString(), bad.toString()), out, err));
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("$.confidence.high");
  }
}
