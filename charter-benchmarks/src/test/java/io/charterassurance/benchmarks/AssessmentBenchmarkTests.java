package io.charterassurance.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterassurance.model.io.SubmissionReader;
import io.charterassurance.rules.Assessor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

  @Test
  void theBatchFilesAreValidAndEachNamesItsOwnOrganisation(@TempDir Path dir) throws Exception {
    BatchFiles.write(dir, 3, 100);
    List<Path> files;
    try (Stream<Path> all = Files.list(dir)) {
      files = all.sorted().toList();
    }
    assertThat(files).extracting(f -> f.getFileName().toString())
        .containsExactly("submission-00001.json", "submission-00002.json", "submission-00003.json");
    Set<String> codes = new HashSet<>();
    for (Path file : files) {
      var read = SubmissionReader.create().read(file);
      assertThat(read.violations()).isEmpty();
      assertThat(read.submission().evidence()).hasSize(100);
      codes.add(read.submission().organisation().code());
    }
    assertThat(codes).containsExactlyInAnyOrder("Q0000", "Q0001", "Q0002");
    assertThat(BatchFiles.code(9_999)).isEqualTo("Q07PR");
  }
}
