package org.example.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Runs the program in a JVM of its own, on the project's runtime class path (what the two
 * dependencies of the README bring, and nothing of the test's), as an application would run.
 */
class ReadinessTests {
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  private record Run(int exit, String out, String err) {}

  private static Run run(String mainClass, String... args) throws Exception {
    String classPath = System.getProperty("program.classpath") + File.pathSeparator
        + Files.readString(Path.of(System.getProperty("runtime.classpath.file"))).strip();
    Path out = Files.createTempFile("readiness", ".out");
    Path err = Files.createTempFile("readiness", ".err");
    List<String> command = new java.util.ArrayList<>(List.of(JAVA, "-cp", classPath, mainClass));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("the program did not finish in 120 s");
    }
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName("The README's code assesses a bundled example and prints its band, and nothing on standard error")
  void printsTheBandAndNothingElse() throws Exception {
    Path example = Path.of(System.getProperty("example.evidence"), "hwb-tower-hamlets.json");
    Run run = run(Readiness.class.getName(), example.toString());
    assertEquals("", run.err(), "standard error (no SLF4J notice, no Hibernate Validator INFO line)");
    assertEquals("Tower Hamlets Health and Wellbeing Board: Leading (92.4 of 100)\n", run.out());
    assertEquals(0, run.exit());
  }
}
