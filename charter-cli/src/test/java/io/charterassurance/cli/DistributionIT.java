package io.charterassurance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The packaged executable jar runs on its own, and two runs give the same bytes. */
class DistributionIT {
  private static final Path JAR = Path.of(System.getProperty("charter.jar", "target/charter.jar"));

  private static Process start(Path out, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.PIPE).start();
  }

  @Test
  void theJarAssessesASubmissionIdenticallyInTwoSeparateProcesses() throws Exception {
    Path first = Files.createTempFile("charter-it", ".json");
    Path second = Files.createTempFile("charter-it", ".json");
    Process a = start(first, "assess", Cli.scenario("icb-legacy-ccg.json"), "--format", "json");
    Process b = start(second, "assess", Cli.scenario("icb-legacy-ccg.json"), "--format", "json");
    assertThat(a.waitFor()).isZero();
    assertThat(b.waitFor()).isZero();
    assertThat(new String(a.getErrorStream().readAllBytes())).isEmpty();
    assertThat(Files.readAllBytes(first)).isNotEmpty().isEqualTo(Files.readAllBytes(second));
  }

  @Test
  void theJarExitsTwoForABadFile() throws Exception {
    Path out = Files.createTempFile("charter-it", ".txt");
    Process p = start(out, "assess", "no-such-file.json");
    assertThat(p.waitFor()).isEqualTo(2);
    assertThat(new String(p.getErrorStream().readAllBytes())).contains("no-such-file.json: $: no such file");
  }
}
