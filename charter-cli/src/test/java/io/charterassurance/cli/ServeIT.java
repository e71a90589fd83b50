package io.charterassurance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.charterassurance.model.io.CharterJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code charter serve} as a process: it says where it listens, serves, and stops gracefully on SIGTERM. */
@DisplayName("charter serve, as a process")
class ServeIT {
  private static final Path JAR = Path.of(System.getProperty("charter.jar", "target/charter.jar"));
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
  private static final Pattern SERVING = Pattern.compile("charter: serving on (http://\\S+/) ");
  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @TempDir Path dir;
  private Process process;
  private Path err;

  @AfterEach
  void kill() {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
    }
  }

  /** Starts {@code charter serve --port 0} and returns its base URI, read from its first line on stderr. */
  private URI serve(String... more) throws Exception {
    err = dir.resolve("stderr.txt");
    List<String> command = new java.util.ArrayList<>(List.of(JAVA, "-jar", JAR.toString(), "serve", "--port", "0"));
    command.addAll(List.of(more));
    process = new ProcessBuilder(command).redirectOutput(dir.resolve("stdout.txt").toFile())
        .redirectError(err.toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      Matcher m = SERVING.matcher(Files.readString(err, StandardCharsets.UTF_8));
      if (m.find()) {
        return URI.create(m.group(1));
      }
      assertThat(process.isAlive()).as("charter serve exited: " + Files.readString(err)).isTrue();
      Thread.sleep(100);
    }
    throw new AssertionError("charter serve did not say where it listens: " + Files.readString(err));
  }

  @Test
  @DisplayName("serves the same report charter assess writes, then stops on SIGTERM, saying so")
  void servesAndStops() throws Exception {
    URI base = serve();
    Path example = Path.of("..", "charter-examples", "evidence", "hwb-tower-hamlets.json");
    HttpResponse<String> health = CLIENT.send(HttpRequest.newBuilder(base.resolve("/health")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);
    HttpResponse<String> report = CLIENT.send(HttpRequest.newBuilder(base.resolve("/assessments?source=" + example))
        .header("Content-Type", "application/json").header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofFile(example)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(report.statusCode()).isEqualTo(200);
    Cli.Result assessed = Cli.run("assess", example.toString(), "--format", "json");
    JsonNode served = CharterJson.json().readTree(report.body());
    assertThat(served).isEqualTo(CharterJson.json().readTree(assessed.out()));

    process.destroy(); // SIGTERM
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as("killed by SIGTERM, after the shutdown hook ran").isEqualTo(143);
    assertThat(Files.readString(err)).contains("charter: stopping; requests in flight get up to 20 s to finish",
        "charter: stopped").doesNotContain("Exception");
  }
}
