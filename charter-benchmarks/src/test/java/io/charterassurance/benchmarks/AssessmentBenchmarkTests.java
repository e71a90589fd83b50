package io.charterassurance.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterassurance.model.io.SubmissionReader;
import io.charterassurance.rules.Assessor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The benchmarks measure real work: the submissions they generate are valid and assessed. */
class AssessmentBenchmarkTests {
  @ParameterizedTest
  @ValueSource(ints = {100, 1_000})
  void theGeneratedSubmissionIsValidAndAssessed(int items) throws Exception {
    var read = SubmissionReader.create().read("bench.json", AssessmentBenchmark.submissionWith(items));
    assertThat(read.violations()).isEmpty();
    var report = Assessor.standard().assess(read.submission());
    assertThat(report.isAssessed()).isTrue();
    assertThat(report.findings()).isNotEmpty();
  }
}
