package io.charterassurance.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.charterassurance.model.report.Finding;
import io.charterassurance.model.report.Report;
import io.charterassurance.rules.Assessor;
import io.charterassurance.rules.RuleSetException;
import io.charterassurance.rules.ScoringPolicy;
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
  void comparesTheSameSubmissionUnderBothPoliciesAndShowsTheCapTheStricterOneApplies() {
    TailoredPolicy.Comparison hackney = TailoredPolicy.compare(Examples.file(Examples.LA), Examples.STRICTER);

    assertThat(hackney.organisation()).isEqualTo("London Borough of Hackney (public health)");
    assertThat(hackney.standard().policy()).isEqualTo("charter-standard-2026.12");
    assertThat(hackney.standard().band()).isEqualTo("established");
    assertThat(hackney.tailored().policy()).isEqualTo("charter-examples-stricter-2026.12");
    assertThat(hackney.tailored().overall()).isLessThan(hackney.standard().overall());
    // The 2024 JSNAA is 31 months old: ageing counts for less and "met" needs 60, so the mandatory
    // JSNAA is only partially met, and the stricter limiter holds the band at Developing.
    assertThat(hackney.tailored().uncappedBand()).isEqualTo("established");
    assertThat(hackney.tailored().band()).isEqualTo("developing");
    assertThat(hackney.tailored().cappedBy()).singleElement().asString().startsWith("N2-JSNAA");
    assertThat(hackney.changes()).contains("N2-JSNAA: Met -> Partially met");
  }

  @Test
  void printsBothPoliciesAndTheCriteriaThatChange() {
    Examples.Run run = Examples.run((out, err) -> TailoredPolicy.run(
        List.of(Examples.file(Examples.TRUST).toString(), Examples.STRICTER.toString()), out, err));

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Homerton Healthcare NHS Foundation Trust\n")
        .contains("charter-standard-2026.12").contains("charter-examples-stricter-2026.12")
        .contains("criteria whose status changes:")
        // six meetings a year are needed under the stricter policy; Hackney Marshes meets four times
        .contains("A4-NEIGHBOURHOOD-PARTNERSHIP: Met -> ");
  }

  @Test
  void reportsAPolicyFileThatIsNotAValidPolicy(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, Files.readString(Examples.STRICTER, StandardCharsets.UTF_8)
        .replace("metAtLeast: 0.6 ", "metAtLeast: 1.6 "), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> TailoredPolicy.compare(Examples.file(Examples.LA), bad)).isInstanceOf(RuleSetException.class);

    Examples.Run run = Examples.run((out, err) -> TailoredPolicy.run(
        List.of(Examples.file(Examples.LA).toString(), bad.toString()), out, err));
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("metAtLeast");
  }
}
