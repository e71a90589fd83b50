package io.charterassurance.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a command as a user would, with stdout and stderr kept apart. */
final class Processes {
  static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  private Processes() {}

  /** What a finished command wrote and returned. */
  record Run(int exit, byte[] out, String err) {
    String outText() {
      return new String(out, StandardCharsets.UTF_8);
    }
  }

  /**
   * Runs {@code command} in {@code cwd} with the environment changed by {@code env} (a null
   * value removes a variable).
   */
  static Run run(Path cwd, Map<String, String> env, List<String> command) throws IOException, InterruptedException {
    Path out = Files.createTempFile("dist", ".out");
    Path err = Files.createTempFile("dist", ".err");
    try {
      ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
      env.forEach((k, v) -> {
        if (v == null) {
          builder.environment().remove(k);
        } else {
          builder.environment().put(k, v);
        }
      });
      Process p = builder.start();
      assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("%s finished within 180 s", command).isTrue();
      return new Run(p.exitValue(), Files.readAllBytes(out), Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
