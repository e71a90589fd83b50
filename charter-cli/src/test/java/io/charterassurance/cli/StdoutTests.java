package io.charterassurance.cli;

import static io.charterassurance.cli.Cli.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import org.junit.jupiter.api.Test;

/** A report that cannot be written to stdout is never a silent success. */
class StdoutTests {
  @Test
  void aFullStdoutIsExitTwoWithAMessageOnStderr() {
    var r = Cli.run(new PrintWriter(Cli.full()), "assess", scenario("icb-strong.json"));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("charter: cannot write to standard output; what was printed is incomplete\n");
  }

  @Test
  void theCliOwnWriterSaysWhyStdoutFailed() {
    var r = Cli.runOn(Cli.full(), "validate", scenario("icb-strong.json"));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("charter: cannot write to standard output: No space left on device;"
        + " what was printed is incomplete\n");
  }

  @Test
  void everyCommandChecksStdout() {
    for (String[] args : new String[][] {{"schema"}, {"criteria"}, {"charter"}, {"explain", "N2-JSNAA"}, {"--help"},
        {"assess", scenario("icb-strong.json"), "-f", "json"}}) {
      var r = Cli.run(new PrintWriter(Cli.full()), args);
      assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.err()).as(String.join(" ", args)).contains("cannot write to standard output");
    }
  }

  @Test
  void aFailureThatIsAlreadyBelowTheBandBecomesTwo() {
    var r = Cli.run(new PrintWriter(Cli.full()), "assess", scenario("icb-weak.json"), "--fail-below", "established");
    assertThat(r.exit()).isEqualTo(2);
  }
}
