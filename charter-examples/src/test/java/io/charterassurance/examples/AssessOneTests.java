package io.charterassurance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** AssessOne prints the band, overall and findings short of met, or the violations. */
class AssessOneTests {

  @TestFactory
  Stream<DynamicTest> assessesEveryEvidenceSetAndPrintsItsBandAndGaps() {
    return Examples.ALL.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
      var report = Examples.report(name);
      Examples.Run run = Examples.run((out, err) -> AssessOne.run(List.of(Examples.file(name).toString()), out, err));
      assertThat(run.exitCode()).isZero();
      assertThat(run.err()).isEmpty();
      assertThat(run.out())
          .startsWith(report.subject().name() + " (" + report.subject().code() + ")")
          .contains("Band: " + report.band().label() + " (overall " + report.overall().toPlainString() + " of 100")
          .contains("Findings short of met: " + AssessOne.shortOfMet(report).size());
      AssessOne.shortOfMet(report).forEach(f -> assertThat(run.out()).contains("  " + f.criterion() + "  " + f.status().label()));
    }));
  }

  @Test
  void returnsTheReportToCallersSoTheyNeedNotParseText() {
    AssessOne.Outcome outcome = AssessOne.assess(Examples.file(Examples.WEAK));
    assertThat(outcome.isAssessed()).isTrue();
    assertThat(outcome.violations()).isEmpty();
    assertThat(outcome.report().orElseThrow().band().id()).isEqualTo("early");
    assertThat(AssessOne.shortOfMet(outcome.report().orElseThrow()))
        .extracting(f -> f.criterion()).startsWith("N1-CD-STRATEGY", "N2-JSNAA");
  }

  @Test
  void exitsOneAndPrintsEveryViolationForAnInvalidFile(@TempDir Path dir) throws IOException {
    String valid = Files.readString(Examples.file(Examples.HWB), StandardCharsets.UTF_8);
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, valid.replace("\"asAt\": \"2026-06-30\"", "\"asAt\": \"2026-02-30\""), StandardCharsets.UTF_8);

    Examples.Run run = Examples.run((out, err) -> AssessOne.run(List.of(broken.toString()), out, err));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(broken + " is not a valid submission (1 violation):").contains("asAt");
    assertThat(AssessOne.assess(broken).report()).isEmpty();
  }

  @Test
  void exitsOneForAFileThatIsNotThere(@TempDir Path dir) {
    Examples.Run run = Examples.run((out, err) -> AssessOne.run(List.of(dir.resolve("missing.json").toString()), out, err));
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("no such file");
  }

  @Test
  void exitsTwoWithUsageWhenNotGivenExactlyOneFile() {
    Examples.Run run = Examples.run((out, err) -> AssessOne.run(List.of(), out, err));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("usage: AssessOne");
  }
}
