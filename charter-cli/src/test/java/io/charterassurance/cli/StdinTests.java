package io.charterassurance.cli;

import static io.charterassurance.cli.Cli.run;
import static io.charterassurance.cli.Cli.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import io.charterassurance.model.io.CharterJson;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code -} reads a submission from standard input, for {@code assess} and {@code validate}. */
class StdinTests {
  private final InputStream original = System.in;

  @AfterEach
  void restoreStdin() {
    System.setIn(original);
  }

  private static void stdin(byte[] bytes) {
    System.setIn(new ByteArrayInputStream(bytes));
  }

  @Test
  @DisplayName("A JSON submission on standard input is assessed as the file is")
  void jsonOnStdinIsAssessedAsTheFile() throws Exception {
    stdin(Files.readAllBytes(Path.of(scenario("icb-strong.json"))));
    var r = run("assess", "-", "-f", "json");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo(run("assess", scenario("icb-strong.json"), "-f", "json").out());
  }

  @Test
  @DisplayName("YAML on standard input is told from its content")
  void yamlOnStdinIsToldFromItsContent() throws Exception {
    byte[] yaml = CharterJson.yaml().writeValueAsBytes(CharterJson.json().readTree(Path.of(scenario("trust-strong.json")).toFile()));
    stdin(yaml);
    var r = run("validate", "-");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo("<stdin>: valid\n1 file: 1 valid, 0 invalid (0 problems)\n");
  }

  @Test
  @DisplayName("Problems on standard input are named <stdin>, with line and column")
  void problemsAreNamedStdin() {
    stdin("{\n  \"organisation\": 3\n}\n".getBytes(StandardCharsets.UTF_8));
    var r = run("assess", "-");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("  <stdin>:2:3: $.organisation: ");
  }

  @Test
  @DisplayName("Standard input is bounded like a file: more than 16 MiB is refused")
  void stdinIsBoundedLikeAFile() {
    byte[] big = new byte[16 * 1024 * 1024 + 1];
    Arrays.fill(big, (byte) ' ');
    stdin(big);
    var r = run("validate", "-");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).contains("<stdin>: $: is larger than 16777216 bytes (16 MiB), the largest submission accepted");
  }

  @Test
  @DisplayName("Standard input can be named once, beside files")
  void stdinOnceBesideFiles() throws Exception {
    stdin(Files.readAllBytes(Path.of(scenario("icb-strong.json"))));
    var r = run("assess", scenario("trust-strong.json"), "-", "-f", "csv");
    assertThat(r.exit()).isZero();
    assertThat(r.out().lines()).hasSize(3);
    assertThat(r.out()).contains(",<stdin>");
    var twice = run("validate", "-", "-");
    assertThat(twice.exit()).isEqualTo(2);
    assertThat(twice.err()).isEqualTo("charter: - (standard input) is named more than once; it can be read only once\n");
  }
}
