package io.charterassurance.report;

import io.charterassurance.model.io.ReadResult;
import io.charterassurance.model.io.SubmissionReader;
import io.charterassurance.model.report.Report;
import io.charterassurance.model.submission.Submission;
import io.charterassurance.rules.Assessor;
import java.nio.file.Path;

/** Reports of the rules module's scenario fixtures, for the renderer tests. */
final class Reports {
  static final Path SCENARIOS = Path.of("..", "charter-rules", "src", "test", "resources", "scenarios");

  private Reports() {}

  static Submission submission(String fixture) {
    ReadResult read = SubmissionReader.create().read(SCENARIOS.resolve(fixture));
    return read.valid().orElseThrow(() -> new IllegalStateException(fixture + ": " + read.violations()));
  }

  static Report of(String fixture) {
    return Assessor.standard().assess(submission(fixture));
  }
}
