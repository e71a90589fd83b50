package io.charterassurance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterassurance.model.io.ReadResult;
import io.charterassurance.model.io.SubmissionReader;
import io.charterassurance.model.report.Finding;
import io.charterassurance.model.report.Report;
import io.charterassurance.model.submission.Submission;
import io.charterassurance.rules.Assessor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/** The example evidence sets and policy as the tests find them (run from the module folder). */
final class Examples {
  private Examples() {}

  static final Path EVIDENCE = Path.of("evidence");
  static final Path STRICTER = Path.of("policies", "stricter.yaml");
  static final Path SCHEMA = Path.of("..", "schema", "submission.schema.json");

  static final String ICB = "icb-north-east-london.json";
  static final String HWB = "hwb-tower-hamlets.json";
  static final String TRUST = "trust-homerton.json";
  static final String LA = "la-public-health.json";
  static final String WEAK = "weak-organisation.json";
  static final List<String> ALL = List.of(ICB, HWB, TRUST, LA, WEAK);

  private static final Map<String, Report> REPORTS = new ConcurrentHashMap<>();

  static Path file(String name) {
    return EVIDENCE.resolve(name);
  }

  static List<Path> files() {
    try {
      return PublishCsv.submissionFiles(EVIDENCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Submission submission(String name) {
    ReadResult read = SubmissionReader.create().read(file(name));
    assertThat(read.violations()).as("violations in %s", name).isEmpty();
    return read.valid().orElseThrow().submission();
  }

  /** The standard report for an example, assessed once per test run. */
  static Report report(String name) {
    return REPORTS.computeIfAbsent(name, n -> {
      Report report = Assessor.standard().assess(submission(n));
      assertThat(report.violations()).as("violations in %s", n).isEmpty();
      return report;
    });
  }

  static Finding finding(Report report, String criterion) {
    return report.findings().stream().filter(f -> f.criterion().equals(criterion)).findFirst()
        .orElseThrow(() -> new AssertionError("no finding for " + criterion));
  }

  /** What a program printed and returned. */
  record Run(int exitCode, String out, String err) {}

  static Run run(BiFunction<PrintStream, PrintStream, Integer> program) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
         PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = program.apply(o, e);
    }
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
