package org.example.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  /** The project's runtime class path: what the README's two dependencies bring. */
  private static String runtimeClassPath() throws Exception {
    return Files.readString(Path.of(System.getProperty("runtime.classpath.file"))).strip();
  }

  private static Run run(String mainClass, String... args) throws Exception {
    String classPath = System.getProperty("program.classpath") + File.pathSeparator
        + System.getProperty("test.classes") + File.pathSeparator + runtimeClassPath();
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

  @Test
  @DisplayName("Neither the rule compiler nor the schema generator is on the class path the library brings")
  void whatOnlyTheBuildNeedsIsNotThere() throws Exception {
    List<String> jars = java.util.Arrays.stream(runtimeClassPath().split(File.pathSeparator))
        .map(p -> Path.of(p).getFileName().toString()).toList();
    assertTrue(jars.stream().anyMatch(j -> j.startsWith("drools-model-compiler-")), String.join(" ", jars));
    for (String buildOnly : List.of("drools-mvel-", "drools-ecj-", "ecj-", "mvel2-", "drools-drl-parser-", "antlr4-runtime-",
        "javaparser-core-", "drools-model-codegen-", "jsonschema-generator-")) {
      assertTrue(jars.stream().noneMatch(j -> j.startsWith(buildOnly)), buildOnly + " is on the class path: " + jars);
    }
  }

  @Test
  @DisplayName("A rule file of one's own without the rule compiler: a message that names what to add")
  void addedRulesWithoutTheCompilerSayWhatToAdd() throws Exception {
    Path rules = Files.createTempFile("local", ".drl");
    Files.writeString(rules, "package local;\n");
    Run run = run(AddedRules.class.getName(), rules.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("refused: Compiling rule files needs the Drools rule compiler, which is not on the class path: add "
        + "org.drools:drools-drl-parser:"), run.out());
    assertTrue(run.out().contains("org.drools:drools-ecj:"), run.out());
    assertTrue(run.out().contains("org.drools:drools-mvel:"), run.out());
  }
}
