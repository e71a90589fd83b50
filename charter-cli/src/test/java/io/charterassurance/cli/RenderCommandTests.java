package io.charterassurance.cli;

import static io.charterassurance.cli.Cli.example;
import static io.charterassurance.cli.Cli.run;
import static io.charterassurance.cli.Cli.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import io.charterassurance.report.ReportFormat;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** {@code charter render REPORT.json --format F}: a saved report again, in any format, without assessing. */
class RenderCommandTests {
  @TempDir Path dir;

  private Path saved(String submission) throws Exception {
    var r = run("assess", submission, "-f", "json");
    return Files.writeString(dir.resolve("report.json"), r.out(), StandardCharsets.UTF_8);
  }

  @TestFactory
  @DisplayName("Rendering a saved report gives, in every format, what assess gave for the submission")
  Stream<DynamicTest> renderingGivesWhatAssessGave() {
    return Stream.of(ReportFormat.values()).map(format -> DynamicTest.dynamicTest(format.id(), () -> {
      String submission = example("icb-north-east-london.json");
      Path report = saved(submission);
      var rendered = run("render", report.toString(), "--format", format.id(), "--source", submission);
      assertThat(rendered.exit()).isZero();
      assertThat(rendered.err()).isEmpty();
      assertThat(rendered.out()).isEqualTo(run("assess", submission, "--format", format.id()).out());
    }));
  }

  @Test
  @DisplayName("A batch report renders as the batch did, one name per report")
  void aBatchRendersAsTheBatch() throws Exception {
    String a = scenario("icb-strong.json");
    String b = scenario("trust-weak.json");
    Path report = Files.writeString(dir.resolve("batch.json"), run("assess", a, b, "-f", "json").out());
    var r = run("render", report.toString(), "-f", "junit", "--source", a + "," + b);
    assertThat(r.out()).isEqualTo(run("assess", a, b, "-f", "junit").out());
    var wrong = run("render", report.toString(), "-f", "junit", "--source", a);
    assertThat(wrong.exit()).isEqualTo(2);
    assertThat(wrong.err()).isEqualTo("charter: --source names 1 file but " + report
        + " holds 2 reports; give one name per report, in order\n");
  }

  @Test
  @DisplayName("The report of an invalid submission renders again too")
  void anInvalidSubmissionsReportRendersAgain() throws Exception {
    Path broken = Files.writeString(dir.resolve("broken.yaml"), "organisation: [\n");
    Path report = Files.writeString(dir.resolve("r.json"), run("assess", broken.toString(), "-f", "json").out());
    var r = run("render", report.toString(), "-f", "html", "--source", broken.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo(run("assess", broken.toString(), "-f", "html").out());
  }

  @Test
  @DisplayName("A file that is not a report is exit 2, with every problem's path, line and column")
  void aFileThatIsNotAReportListsEveryProblem() throws Exception {
    Path report = saved(scenario("icb-strong.json"));
    String text = Files.readString(report).replaceFirst("\"status\" : \"met\"", "\"status\" : \"done\"")
        .replaceFirst("\"mandatory\" : true", "\"mandatory\" : \"yes\"");
    Files.writeString(report, text);
    var r = run("render", report.toString(), "-f", "html");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("charter: " + report + " is not a report that can be rendered (2 problems):\n")
        .containsPattern("  " + java.util.regex.Pattern.quote(report.toString()) + ":\\d+:\\d+: \\$\\.findings\\[\\d+\\]\\.mandatory: ")
        .containsPattern(java.util.regex.Pattern.quote(report.toString()) + ":\\d+:\\d+: \\$\\.findings\\[\\d+\\]\\.status: expected one of met, ");
  }

  @Test
  @DisplayName("A submission given instead of a report is refused, saying what was expected")
  void aSubmissionIsNotAReport() {
    var r = run("render", scenario("icb-strong.json"));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("charter: " + scenario("icb-strong.json") + " is not a report that can be rendered"
        + " (1 problem):\n  " + scenario("icb-strong.json") + ":1:1: $: has no \"format\", so it is not a report"
        + " (expected a JSON report written by `charter assess --format json`)\n");
  }

  @Test
  @DisplayName("A report on standard input renders; --output writes it atomically and says where")
  void standardInputAndOutputFile() throws Exception {
    Path report = saved(scenario("hwb-strong.json"));
    InputStream stdin = System.in;
    try {
      System.setIn(new ByteArrayInputStream(Files.readAllBytes(report)));
      var r = run("render", "-", "-f", "CSV");
      assertThat(r.exit()).isZero();
      assertThat(r.out()).startsWith("code,name,kind").isEqualTo(run("render", report.toString(), "-f", "csv").out());
    } finally {
      System.setIn(stdin);
    }
    Path out = dir.resolve("page.html");
    var written = run("render", report.toString(), "-f", "html", "-o", out.toString());
    assertThat(written.exit()).isZero();
    assertThat(written.err()).isEqualTo("charter: wrote " + out + "\n");
    assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>");
    assertThat(run("render", report.toString(), "-o", report.toString()).err()).contains("one of the inputs");
  }
}
