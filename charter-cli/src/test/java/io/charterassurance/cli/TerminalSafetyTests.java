package io.charterassurance.cli;

import static io.charterassurance.cli.Cli.run;
import static io.charterassurance.cli.Cli.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing the CLI prints lets a file name, an option value or a submission drive the terminal:
 * escape sequences, C0 and C1 controls, CR and bidi overrides are shown as {@code \}{@code uXXXX}.
 */
class TerminalSafetyTests {
  /** ESC sequences (clear screen, set the window title), BEL, CR, the one-byte CSI and two bidi controls. */
  private static final String[] UNSAFE = {"\u001b", "\u0007", "\r", "\u009b", "\u202e", "\u2066"};

  @TempDir Path dir;

  @Nested
  class FileNames {
    @Test
    void aFileNameWithAnEscapeSequenceIsShownEscapedInTheProblems() throws Exception {
      Path file = Files.writeString(dir.resolve("evil\u001b[2J\r.json"), "{");
      var r = run("assess", file.toString());
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).contains("evil\\u001B[2J\\u000D.json:1:").doesNotContain(UNSAFE);
    }

    @Test
    void validateShowsTheFileNameEscapedOnStdout() throws Exception {
      Path file = Files.writeString(dir.resolve("title\u001b]0;pwned\u0007.json"), "{");
      var r = run("validate", file.toString());
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.out()).contains("title\\u001B]0;pwned\\u0007.json:1:").doesNotContain(UNSAFE);
    }

    @Test
    void theProgressBarShowsFileNamesEscaped() throws Exception {
      Path file = Files.copy(Path.of(scenario("icb-strong.json")), dir.resolve("bar\u001b[1A.json"));
      var r = run("assess", file.toString(), scenario("trust-strong.json"), "--progress", "-f", "csv");
      assertThat(r.exit()).isZero();
      assertThat(r.err()).contains("bar\\u001B[1A.json").doesNotContain("\u001b");
    }
  }

  @Nested
  class Submissions {
    private Path withUnknownProperty() throws Exception {
      String json = Files.readString(Path.of(scenario("icb-strong.json")));
      return Files.writeString(dir.resolve("unknown.json"),
          json.replaceFirst("\\{", "{\"x\\\\u001b[31m\\\\u009b\\\\u202e\\\\r\\\\u2066\": 1,"));
    }

    @Test
    void anUnknownPropertyNameIsQuotedEscapedByAssess() throws Exception {
      Path file = withUnknownProperty();
      assertThat(Files.readString(file)).contains("\"x\\u001b[31m");
      var r = run("assess", file.toString());
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).contains(file + ":").doesNotContain(UNSAFE);
    }

    @Test
    void anUnknownPropertyNameIsQuotedEscapedByValidate() throws Exception {
      var r = run("validate", withUnknownProperty().toString());
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.out()).contains("unknown.json:").doesNotContain(UNSAFE);
    }
  }

  @Nested
  class OptionValues {
    @Test
    void anUnknownFormatIsEchoedEscaped() {
      var r = run("assess", scenario("icb-strong.json"), "--format", "\u001b[2Jpdf\u202e");
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).contains("'\\u001B[2Jpdf\\u202E' is not a report format").doesNotContain(UNSAFE);
    }

    @Test
    void anUnknownOptionIsEchoedEscaped() {
      var r = run("assess", scenario("icb-strong.json"), "--\u001b[2J");
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).contains("--\\u001B[2J").doesNotContain(UNSAFE);
    }

    @Test
    void anUnknownBandIsEchoedEscaped() {
      var r = run("assess", scenario("icb-strong.json"), "--fail-below", "gold\u009b2J");
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).contains("--fail-below gold\\u009B2J is not a band").doesNotContain(UNSAFE);
    }

    @Test
    void explainEchoesAnUnknownIdEscaped() {
      var r = run("explain", "N2\u001b[2J\r");
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).startsWith("charter: \"N2\\u001B[2J\\u000D\" is not a criterion").doesNotContain(UNSAFE);
    }
  }
}
