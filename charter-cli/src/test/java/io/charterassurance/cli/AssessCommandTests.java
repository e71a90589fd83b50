package io.charterassurance.cli;

import static io.charterassurance.cli.Cli.run;
import static io.charterassurance.cli.Cli.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import io.charterassurance.model.io.CharterJson;
import io.charterassurance.model.report.Report;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code charter assess}, black-box: exit code, stdout, stderr and the files it writes. */
class AssessCommandTests {
  @TempDir Path dir;

  @Nested
  class OneSubmission {
    @Test
    void printsTheTextReportAndExitsZero() {
      var r = run("assess", scenario("icb-strong.json"));
      assertThat(r.exit()).isZero();
      assertThat(r.out()).startsWith("Charter readiness report: NHS North East London Integrated Care Board (QMF, Integrated Care Board)")
          .contains("Band: Leading");
      assertThat(r.err()).isEmpty();
    }

    @Test
    void writesJsonThatReadsBackAsTheReport() throws Exception {
      var r = run("assess", scenario("trust-strong.json"), "--format", "json");
      assertThat(r.exit()).isZero();
      Report report = CharterJson.json().readValue(r.out(), Report.class);
      assertThat(report.subject().code()).isEqualTo("RQX");
    }

    @Test
    void writesJunitXmlAndSarifForCi() throws Exception {
      var junit = run("assess", scenario("icb-weak.json"), "-f", "junit");
      assertThat(junit.exit()).isZero();
      var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(new java.io.ByteArrayInputStream(junit.out().getBytes(StandardCharsets.UTF_8)));
      assertThat(doc.getDocumentElement().getNodeName()).isEqualTo("testsuites");
      var sarif = run("assess", scenario("icb-weak.json"), "-f", "sarif");
      assertThat(CharterJson.json().readTree(sarif.out()).get("version").asText()).isEqualTo("2.1.0");
    }

    @Test
    void aTailoredPolicyIsUsedAndRecorded() throws Exception {
      String standard = new String(AssessCommandTests.class.getResourceAsStream(
          "/io/charterassurance/rules/scoring-policy.yaml").readAllBytes(), StandardCharsets.UTF_8);
      Path policy = Files.writeString(dir.resolve("strict.yaml"),
          standard.replace("id: charter-standard-2026.12", "id: strict-local").replace("  high: 1.0", "  high: 0.9"));
      var r = run("assess", scenario("icb-strong.json"), "--policy", policy.toString(), "-f", "json");
      assertThat(r.exit()).isZero();
      assertThat(CharterJson.json().readValue(r.out(), Report.class).provenance().scoringPolicy()).isEqualTo("strict-local");
    }

    @Test
    void aBrokenPolicyFileIsExitTwoWithItsProblem() throws Exception {
      Path policy = Files.writeString(dir.resolve("broken.yaml"), "id: x\nbands: 3\n");
      var r = run("assess", scenario("icb-strong.json"), "--policy", policy.toString());
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).startsWith("charter: 1 problem(s) in the rule set:").contains(policy.toString());
    }
  }

  @Nested
  class Output {
    @Test
    void goesToTheFileNamedAndNotToStdout() throws Exception {
      Path out = dir.resolve("report.html");
      var r = run("assess", scenario("hwb-strong.json"), "--format", "csv", "--output", out.toString());
      assertThat(r.exit()).isZero();
      assertThat(r.out()).isEmpty();
      assertThat(Files.readString(out)).startsWith("code,name,kind,as_at");
    }

    @Test
    void htmlForSeveralSubmissionsIsOneSelfContainedPage() throws Exception {
      Path out = dir.resolve("report.html");
      var r = run("assess", scenario("icb-strong.json"), scenario("trust-strong.json"), "-f", "html", "-o", out.toString());
      assertThat(r.exit()).isZero();
      String html = Files.readString(out);
      assertThat(html).startsWith("<!DOCTYPE html>")
          .contains("NHS North East London Integrated Care Board", "Homerton Healthcare NHS Foundation Trust")
          .doesNotContain("<script");
    }

    @Test
    void anUnwritableOutputPathIsExitTwoAndLeavesNoFile() throws Exception {
      Path out = dir.resolve("missing-dir").resolve("report.csv");
      var r = run("assess", scenario("hwb-strong.json"), "-f", "csv", "-o", out.toString());
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).isEqualTo("charter: cannot write " + out + ": its directory does not exist\n");
      assertThat(out.getParent()).doesNotExist();
    }

    @Test
    void aReadOnlyDirectoryIsExitTwoAndTheOldFileIsKept() throws Exception {
      Path readOnly = Files.createDirectory(dir.resolve("read-only"));
      Path out = Files.writeString(readOnly.resolve("report.csv"), "old\n");
      readOnly.toFile().setWritable(false);
      try {
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(readOnly),
            "running as a user who can write anywhere (root), so the directory cannot be made read-only");
        var r = run("assess", scenario("hwb-strong.json"), "-f", "csv", "-o", out.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("charter: cannot write " + out);
        assertThat(Files.readString(out)).isEqualTo("old\n");
      } finally {
        readOnly.toFile().setWritable(true);
      }
    }

    @Test
    void anOutputPathUnderAFileIsExitTwoWithNoStackTrace() throws Exception {
      Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
      Path out = file.resolve("report.csv");
      var r = run("assess", scenario("hwb-strong.json"), "-f", "csv", "-o", out.toString());
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).startsWith("charter: cannot write " + out + ": ").doesNotContain("Exception", "\tat ");
      assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void anOutputPathThatIsADirectoryIsRefused() {
      var r = run("assess", scenario("hwb-strong.json"), "-o", dir.toString());
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).contains("it is a directory");
    }
  }

  @Nested
  class Batch {
    @Test
    void aDirectoryIsAssessedFileByFileInPathOrder() throws Exception {
      Path out = dir.resolve("all.csv");
      var r = run("assess", Cli.SCENARIOS.toString(), "-f", "csv", "-o", out.toString());
      assertThat(r.exit()).isZero();
      List<String> lines = Files.readAllLines(out);
      try (var files = Files.list(Cli.SCENARIOS)) {
        assertThat(lines).hasSize(1 + (int) files.filter(f -> f.toString().endsWith(".json")).count());
      }
      assertThat(r.err()).as("no progress bar off a terminal, only where it wrote").isEqualTo("charter: wrote " + out + "\n");
    }

    @Test
    void aMixedBatchKeepsGoingReportsEveryFailureAtTheEndAndExitsTwo() throws Exception {
      Path broken = Files.writeString(dir.resolve("broken.json"), "{\"organisation\": ");
      Path missing = dir.resolve("missing.json");
      Path out = dir.resolve("batch.csv");
      var r = run("assess", scenario("icb-strong.json"), broken.toString(), missing.toString(),
          Cli.fixture("invalid-negative-hours.json"), scenario("trust-strong.json"), "-f", "csv", "-o", out.toString());
      assertThat(r.exit()).isEqualTo(2);
      List<String> rows = Files.readAllLines(out);
      assertThat(rows).hasSize(6);
      assertThat(rows.get(1)).startsWith("QMF,");
      assertThat(rows.get(5)).startsWith("RQX,");
      assertThat(r.err()).startsWith("charter: wrote " + out + "\ncharter: 3 of 5 submissions could not be assessed:\n")
          .contains("  " + broken + ":1:")
          .contains("  " + missing + ": $: no such file\n")
          .contains(Cli.fixture("invalid-negative-hours.json") + ": $.evidence[0].hoursPerYear: must not be negative (found -120)");
    }

    @Test
    void aProgressBarCanBeAskedForAndIsClearedAtTheEnd() {
      var r = run("assess", scenario("icb-strong.json"), scenario("trust-strong.json"), "--progress", "-f", "csv");
      assertThat(r.exit()).isZero();
      assertThat(r.err()).contains("\r[###############               ] 1/2 ").contains("] 2/2 ").endsWith("\r");
      assertThat(r.out()).startsWith("code,name");
    }

    @Test
    void aDirectoryWithNoSubmissionsIsExitTwo() {
      var r = run("assess", dir.toString());
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).startsWith("charter: no submission files");
    }
  }

  @Nested
  class FailBelow {
    @Test
    void passesWhenEverySubmissionReachesTheBand() {
      assertThat(run("assess", scenario("icb-strong.json"), "--fail-below", "established").exit()).isZero();
    }

    @Test
    void exitsOneNamingTheSubmissionsBelowIt() {
      var r = run("assess", scenario("icb-strong.json"), scenario("icb-weak.json"), "--fail-below", "established");
      assertThat(r.exit()).isEqualTo(1);
      assertThat(r.err()).isEqualTo("charter: 1 submission is below the --fail-below band Established:\n  "
          + scenario("icb-weak.json") + ": NHS Example Shire Integrated Care Board is Early\n");
    }

    @Test
    void anUnknownBandIsAUsageError() {
      var r = run("assess", scenario("icb-strong.json"), "--fail-below", "gold");
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).contains("--fail-below gold is not a band of scoring policy charter-standard-2026.12; expected one of leading, established, developing, emerging, early");
    }
  }

  @Nested
  class Usage {
    @Test
    void anUnknownFormatIsExitTwoListingTheFormats() {
      var r = run("assess", scenario("icb-strong.json"), "--format", "pdf");
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).contains("'pdf' is not a report format; expected one of text, json, html, csv, junit, sarif");
    }

    @Test
    void noFileIsExitTwo() {
      var r = run("assess");
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).contains("Missing required parameter: 'FILE'");
    }
  }
}
