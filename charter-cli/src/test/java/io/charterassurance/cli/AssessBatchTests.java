package io.charterassurance.cli;

import static io.charterassurance.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.charterassurance.model.io.CharterJson;
import io.charterassurance.model.io.SubmissionReader;
import io.charterassurance.model.report.Report;
import io.charterassurance.report.ReportFormat;
import io.charterassurance.report.ReportWriter;
import io.charterassurance.rules.Assessor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code charter assess DIR} on a directory of many submissions: each is read, assessed and
 * written before the next is read, and what reaches stdout or the file is byte for byte the whole
 * list rendered at once, in every format, bad files included.
 */
class AssessBatchTests {
  private static final int COUNT = 50;

  @TempDir static Path dir;
  static Path submissions;
  /** The reports of the directory's files in path order, with their file names, as the whole list. */
  static List<Report> reports;
  static List<String> sources;

  /**
   * Fifty submissions: every scenario over and over, each copy with its own organisation name, one
   * file that is not JSON and one that is invalid.
   */
  @BeforeAll
  static void writeSubmissions() throws IOException {
    submissions = Files.createDirectory(dir.resolve("submissions"));
    List<Path> scenarios;
    try (Stream<Path> files = Files.list(Cli.SCENARIOS)) {
      scenarios = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    for (int i = 0; i < COUNT - 2; i++) {
      ObjectNode submission = (ObjectNode) CharterJson.json().readTree(scenarios.get(i % scenarios.size()).toFile());
      ObjectNode organisation = (ObjectNode) submission.get("organisation");
      organisation.put("name", organisation.get("name").asText() + " (copy " + (i + 1) + ")");
      Files.write(submissions.resolve(String.format(Locale.ROOT, "s%03d.json", i + 1)),
          CharterJson.json().writeValueAsBytes(submission));
    }
    Files.writeString(submissions.resolve("s025-broken.json"), "{\"organisation\": ");
    Files.copy(Path.of(Cli.fixture("invalid-negative-hours.json")), submissions.resolve("s026-invalid.json"));

    List<Path> files;
    try (Stream<Path> all = Files.list(submissions)) {
      files = all.sorted().toList();
    }
    assertThat(files).hasSize(COUNT);
    SubmissionReader reader = SubmissionReader.create();
    reports = new ArrayList<>();
    sources = new ArrayList<>();
    for (Path file : files) {
      reports.add(Assessor.standard().assess(reader.read(file)));
      sources.add(file.toString());
    }
  }

  private static byte[] wholeList(ReportFormat format) {
    return ReportWriter.of(format).withSources(sources).bytes(reports);
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void stdoutIsTheWholeListRenderedAtOnce(ReportFormat format) {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    var r = Cli.runOn(stdout, "assess", submissions.toString(), "-f", format.id());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(stdout.toByteArray()).isEqualTo(wholeList(format));
    assertThat(r.err()).startsWith("charter: 2 of 50 submissions could not be assessed:\n")
        .contains("s025-broken.json:1:", "s026-invalid.json: $.evidence[0].hoursPerYear: must not be negative");
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void theOutputFileIsTheWholeListRenderedAtOnce(ReportFormat format) throws IOException {
    Path out = dir.resolve("all." + format.extension());
    var r = run("assess", submissions.toString(), "-f", format.id(), "-o", out.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(Files.readAllBytes(out)).isEqualTo(wholeList(format));
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.startsWith("."));
    }
  }

  @Test
  void aTextReportStreamedToATerminalClearsTheProgressBarBeforeEachReport() {
    var r = run("assess", sources.get(0), sources.get(1), "--progress", "-f", "text");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo(new String(ReportWriter.of(ReportFormat.TEXT).withSources(sources.subList(0, 2))
        .bytes(reports.subList(0, 2)), StandardCharsets.UTF_8));
    String clear = "\r" + " ".repeat(90) + "\r";
    assertThat(r.err()).startsWith("\r[###############               ] 1/2 ")
        .contains(clear + "\r[##############################] 2/2 ").endsWith(clear);
  }

  @Test
  void failBelowNamesEverySubmissionBelowTheBandFromTheStreamedRun() {
    List<Path> valid = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      if (reports.get(i).isAssessed()) {
        valid.add(Path.of(sources.get(i)));
      }
    }
    List<String> args = new ArrayList<>(List.of("assess", "-f", "csv", "--fail-below", "leading"));
    valid.forEach(p -> args.add(p.toString()));
    var r = run(args.toArray(String[]::new));
    long below = reports.stream().filter(Report::isAssessed)
        .filter(report -> report.band() == null || !report.band().id().equals("leading")).count();
    assertThat(below).isPositive();
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).startsWith("charter: " + below + " submissions are below the --fail-below band Leading:\n");
    assertThat(r.err().lines().count()).isEqualTo(1 + below);
  }
}
