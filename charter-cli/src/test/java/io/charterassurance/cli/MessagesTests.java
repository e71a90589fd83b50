package io.charterassurance.cli;

import static io.charterassurance.cli.Cli.fixture;
import static io.charterassurance.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messages that keep their cause: where the problem is and what it is, every one of them. */
class MessagesTests {
  @TempDir Path dir;

  @Test
  @DisplayName("A tab in YAML indentation is reported at the tab, saying tabs are not allowed")
  void aTabInYamlIndentationIsReportedAtTheTab() {
    String file = fixture("invalid-yaml-tab-indentation.yaml");
    var r = run("validate", file);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).startsWith(file + ":7:1: $: is not well-formed YAML: tab characters are not allowed for"
        + " indentation; indent with spaces\n");
  }

  @Test
  @DisplayName("Another YAML error keeps the parser's own cause and place")
  void anotherYamlErrorKeepsItsCause() throws Exception {
    Path file = Files.writeString(dir.resolve("s.yaml"), "organisation:\n  code: 'E09000030\n  name: x\n");
    var r = run("validate", file.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).containsPattern(java.util.regex.Pattern.quote(file.toString())
        + ":[2-9]:\\d+: \\$: is not well-formed YAML: found unexpected end of stream \\(while scanning a quoted scalar\\)");
  }

  @Test
  @DisplayName("A Windows-1252 file gets a hint to save it as UTF-8")
  void aWindows1252FileGetsAHint() throws Exception {
    Path file = dir.resolve("cp1252.json");
    Files.write(file, "{\"organisation\": {\"name\": \"Caf\u00e9 \u00a3\"}}".getBytes("windows-1252"));
    var r = run("validate", file.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).contains(file + ":1:").contains("it looks like Windows-1252 text, where that byte is \"\u00e9\":"
        + " save the file as UTF-8");
  }

  @Test
  @DisplayName("A file with several structural problems reports each, with path, line and column")
  void severalStructuralProblemsAreEachReported() {
    String file = fixture("invalid-several-structural-problems.json");
    var r = run("validate", file);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).contains(
        file + ":5:5: $.organisation.kind: expected one of icb, ccg, health-and-wellbeing-board,",
        file + ":19:9: $.evidence[0].provenance.status: expected one of draft, noted, approved, published but found \"final\"",
        file + ":24:7: $.evidence[0].hoursPerYear: expected a number",
        file + ":37:9: $.evidence[1].provenance.coProduce: unknown property \"coProduce\"; did you mean \"coProduced\"?")
        .endsWith("1 file: 0 valid, 1 invalid (4 problems)\n");
  }
}
