package io.charterassurance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterassurance.model.report.Finding;
import io.charterassurance.model.report.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The words the rules write do not depend on the platform charset: the rule files are compiled as
 * UTF-8 whatever {@code file.encoding} is, so "£1" stays "£1" under a POSIX or ISO-8859-1 locale.
 */
class PlatformCharsetTests {

  /** Run in a separate JVM: assesses a scenario and writes every finding's reason as UTF-8. */
  public static void main(String[] args) throws IOException {
    Report report = Assessor.standard().assess(Scenarios.load("icb-strong.json"));
    Files.writeString(Path.of(args[0]),
        String.join("\n", report.findings().stream().map(Finding::reason).toList()), StandardCharsets.UTF_8);
  }

  @Test
  void findingsAreTheSameUnderAnIso88591DefaultCharset(@TempDir Path dir) throws Exception {
    String latin1 = run(dir.resolve("latin1.txt"), "ISO-8859-1");
    String utf8 = run(dir.resolve("utf8.txt"), "UTF-8");
    assertThat(latin1).isEqualTo(utf8).contains("of social value per £1").doesNotContain("\uFFFD");
  }

  private static String run(Path out, String encoding) throws Exception {
    Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dfile.encoding=" + encoding, "-cp", classPath(),
        PlatformCharsetTests.class.getName(), out.toString()))
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the JVM finished").isTrue();
    assertThat(p.exitValue()).isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  /**
   * This JVM's class path, with its module path in front when the tests run on the module path:
   * the other JVM runs everything on the class path.
   */
  private static String classPath() {
    String modules = System.getProperty("jdk.module.path");
    String classes = System.getProperty("java.class.path");
    return modules == null || modules.isEmpty() ? classes : modules + java.io.File.pathSeparator + classes;
  }
}
