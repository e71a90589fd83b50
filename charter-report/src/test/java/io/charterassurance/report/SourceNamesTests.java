package io.charterassurance.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterassurance.model.io.CharterJson;
import io.charterassurance.model.io.ReadResult;
import io.charterassurance.model.io.SubmissionReader;
import io.charterassurance.model.report.Report;
import io.charterassurance.rules.Assessor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * No report shows a local path: where a report names the submission it came from, in any format,
 * it gives the file name only, however the name reached the writer (the writer's sources, a
 * batch's {@code add}, the violations the reader found in the file).
 */
@DisplayName("a report names its submission by file name only")
class SourceNamesTests {
  private static final Path SCENARIOS = Reports.SCENARIOS;

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', emptyValue = "", value = {
      "qmf.json | qmf.json",
      "/home/alice/assurance/qmf.json | qmf.json",
      "submissions/2026/qmf.yaml | qmf.yaml",
      "../../home/alice/qmf.json | qmf.json",
      "C:\\Users\\alice\\Documents\\qmf.json | qmf.json",
      "\\\\server\\share\\assurance\\qmf.json | qmf.json",
      "C:/Users/alice/qmf.json | qmf.json",
      "dir/sub/ | sub",
      "a:b.json | a:b.json",
      "'' | ''",
      "/ | ''"})
  void isWhatFollowsTheLastSlashOrBackslash(String source, String name) {
    assertThat(SourceNames.fileName(source)).isEqualTo(name);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(ReportFormat.class)
  void anAbsolutePathGivenAsInputAppearsOnlyAsItsFileNameInEveryFormat(ReportFormat format, @TempDir Path dir)
      throws IOException {
    Path home = Files.createDirectories(dir.resolve("home").resolve("alice").resolve("assurance"));
    Path valid = Files.copy(SCENARIOS.resolve("icb-strong.json"), home.resolve("qmf-2026.json")).toAbsolutePath();
    Path broken = Files.writeString(home.resolve("broken-2026.json"), "{\"organisation\": {\"code\": ",
        StandardCharsets.UTF_8).toAbsolutePath();
    SubmissionReader reader = SubmissionReader.create();
    ReadResult readBroken = reader.read(broken);
    assertThat(readBroken.violations()).as("the reader names the file as it was given")
        .allSatisfy(v -> assertThat(v.source()).isEqualTo(broken.toString()));
    List<Report> reports = List.of(Assessor.standard().assess(reader.read(valid)), Assessor.standard().assess(readBroken));
    assertThat(reports.get(0).isAssessed()).isTrue();
    assertThat(reports.get(1).isAssessed()).isFalse();
    List<String> sources = List.of(valid.toString(), broken.toString());

    String written = ReportWriter.of(format).withSources(sources).render(reports);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ReportWriter.Batch batch = ReportWriter.of(format).open(out)) {
      batch.add(reports.get(0), sources.get(0));
      batch.add(reports.get(1), sources.get(1));
    }
    String batched = out.toString(StandardCharsets.UTF_8);

    for (String report : List.of(written, batched)) {
      assertThat(report).as("%s names no directory", format)
          .doesNotContain(home.toString()).doesNotContain(dir.toString()).doesNotContain("alice");
      assertThat(report).as("%s names the invalid submission's file", format).contains("broken-2026.json");
      if (format != ReportFormat.JSON) {
        // JSON, the record of the assessment, names a file only in an invalid submission's violations.
        assertThat(report).as("%s names the assessed submission's file", format).contains("qmf-2026.json");
      }
    }
    assertThat(batched).isEqualTo(written);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(ReportFormat.class)
  void aWindowsPathAppearsOnlyAsItsFileNameInEveryFormat(ReportFormat format) {
    Report report = Reports.of("icb-strong.json");
    String written = ReportWriter.of(format).withSources(List.of("C:\\Users\\alice\\Documents\\qmf.json")).render(report);
    assertThat(written).doesNotContain("alice").doesNotContain("Documents");
    if (format != ReportFormat.JSON) {
      assertThat(written).contains("qmf.json");
    }
  }

  @Test
  void theJsonOfAnInvalidSubmissionNamesTheFileOfEachViolationButTheReportInMemoryIsUnchanged(@TempDir Path dir)
      throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.yaml"), "organisation:\n\tcode: QMF\n", StandardCharsets.UTF_8)
        .toAbsolutePath();
    Report report = Assessor.standard().assess(SubmissionReader.create().read(broken));
    String json = ReportWriter.of(ReportFormat.JSON).render(report);
    assertThat(json).doesNotContain(dir.toString());
    assertThat(CharterJson.json().readTree(json).at("/violations/0/source").asText()).isEqualTo("broken.yaml");
    assertThat(report.violations()).allSatisfy(v -> assertThat(v.source()).isEqualTo(broken.toString()));
  }
}
