package io.charterassurance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterassurance.model.io.CharterJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON shape of a report is API: golden files show it and fail the build when it changes by
 * accident. After an intended change, regenerate with
 * {@code ./mvnw -pl charter-rules test -Dtest=GoldenReportTests -Dgolden.update=true} and review
 * the diff.
 */
class GoldenReportTests {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  static Stream<String> scenarios() {
    return Stream.of("icb-legacy-ccg", "icb-waived", "hwb-needs-only-jsna");
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void theReportIsTheGoldenFileByteForByte(String scenario) throws IOException {
    String report = CharterJson.json().writeValueAsString(Assessor.standard().assess(Scenarios.load(scenario + ".json")))
        .replace(Assessor.libraryVersion(), "LIBRARY-VERSION") + "\n";
    Path golden = GOLDEN.resolve(scenario + ".report.json");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, report, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file; regenerate with -Dgolden.update=true").exists();
    assertThat(report).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
