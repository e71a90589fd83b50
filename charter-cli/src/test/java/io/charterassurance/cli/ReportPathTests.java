package io.charterassurance.cli;

import static io.charterassurance.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A report is shared beyond the machine it was made on, so {@code charter assess} given absolute
 * paths writes reports that name each submission by its file name only, in every format; its
 * messages on the terminal, for the person who ran it, keep the path as it was given.
 */
@DisplayName("charter assess names submissions in reports by file name only")
class ReportPathTests {
  @TempDir Path dir;

  @ParameterizedTest(name = "--format {0}")
  @ValueSource(strings = {"text", "json", "html", "csv", "junit", "sarif"})
  void reportsNameTheFileOfAnAbsolutePathButNotItsDirectory(String format) throws IOException {
    Path home = Files.createDirectories(dir.resolve("home").resolve("alice").resolve("assurance"));
    Path valid = Files.copy(Path.of(Cli.scenario("icb-weak.json")), home.resolve("weak-icb.json")).toAbsolutePath();
    Path broken = Files.writeString(home.resolve("broken.json"), "{\"asAt\": ", StandardCharsets.UTF_8).toAbsolutePath();

    var result = run("assess", valid.toString(), broken.toString(), "--format", format);

    assertThat(result.exit()).as(result.err()).isEqualTo(2);
    assertThat(result.out()).doesNotContain(home.toString()).doesNotContain("alice").contains("broken.json");
    if (!format.equals("json")) {
      assertThat(result.out()).contains("weak-icb.json");
    }
    assertThat(result.err()).as("the terminal message names the path given").contains(broken.toString());
  }
}
