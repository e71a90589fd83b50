package io.charterassurance.cli;

import static io.charterassurance.cli.Cli.run;
import static io.charterassurance.cli.Cli.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the command line behaves when it is used wrongly, and what it says when it is used right. */
class MannersTests {
  @TempDir Path dir;

  @Nested
  class Usage {
    @Test
    @DisplayName("charter with no arguments prints the usage on stderr and exits 2")
    void noArgumentsIsUsageOnStderr() {
      var r = run();
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).startsWith("Usage: charter").contains("assess", "render", "validate");
    }

    @Test
    @DisplayName("An unknown option is one line naming the nearest option and where help is")
    void anUnknownOptionIsOneLineWithAHint() {
      var r = run("assess", scenario("icb-strong.json"), "--fromat", "html");
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).isEqualTo("Unknown option '--fromat'; did you mean --format? See 'charter assess --help'.\n");
    }

    @Test
    @DisplayName("An unknown command is one line naming the nearest command")
    void anUnknownCommandIsOneLine() {
      var r = run("asess", "x.json");
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).isEqualTo("Unknown command 'asess'; did you mean assess or serve? See 'charter --help'.\n");
    }

    @Test
    @DisplayName("A missing parameter is one line with where help is, not the whole usage")
    void aMissingParameterIsOneLine() {
      var r = run("render");
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).isEqualTo("Missing required parameter: 'REPORT'. See 'charter render --help'.\n");
    }
  }

  @Nested
  class CaseInsensitiveValues {
    @Test
    @DisplayName("--format HTML, --fail-below Established and --kind ICB are read whatever their case")
    void valuesAreReadWhateverTheirCase() {
      var html = run("assess", scenario("icb-strong.json"), "--format", "HTML", "--fail-below", "Established");
      assertThat(html.exit()).isZero();
      assertThat(html.out()).startsWith("<!DOCTYPE html>");
      var weak = run("assess", scenario("icb-weak.json"), "--fail-below", "ESTABLISHED");
      assertThat(weak.exit()).isEqualTo(1);
      assertThat(run("criteria", "--kind", "ICB").out()).isEqualTo(run("criteria", "--kind", "icb").out());
      assertThat(run("charter", "--kind", "Health-And-Wellbeing-Board").exit()).isZero();
      assertThat(run("explain", "n2-jsnaa").out()).startsWith("N2-JSNAA: ");
    }
  }

  @Nested
  class WhereItWrote {
    @Test
    @DisplayName("A successful --output run says on stderr which file it wrote")
    void outputSaysWhereItWrote() throws Exception {
      Path out = dir.resolve("readiness.csv");
      var r = run("assess", scenario("icb-strong.json"), "-f", "csv", "-o", out.toString());
      assertThat(r.exit()).isZero();
      assertThat(r.err()).isEqualTo("charter: wrote " + out + "\n");
      assertThat(Files.exists(out)).isTrue();
    }

    @Test
    @DisplayName("A run to standard output says nothing on stderr, and no line about loading the rules outside a terminal")
    void stdoutRunsAreQuiet() {
      var r = run("assess", scenario("icb-strong.json"));
      assertThat(r.exit()).isZero();
      assertThat(r.err()).isEmpty();
    }
  }
}
