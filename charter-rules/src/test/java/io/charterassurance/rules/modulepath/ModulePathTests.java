package io.charterassurance.rules.modulepath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.charterassurance.model.io.CharterJson;
import io.charterassurance.model.io.SubmissionReader;
import io.charterassurance.rules.Assessor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library as a named module, in a JVM of its own where nothing opens or exports more than
 * module-info.java does (the test JVM cannot show this: the test runner opens the packages that
 * hold tests to everyone). Runs only when the tests themselves run on the module path, whose
 * layout it reuses.
 */
class ModulePathTests {
  private static final Path SUBMISSION = Path.of("src", "test", "resources", "scenarios", "icb-strong.json");
  private static final String INTERNAL = "io.charterassurance.rules/io.charterassurance.rules.internal";

  @TempDir static Path dir;
  private static Path criteria;
  private static Path rules;
  /** What the program printed with no launch option; one run serves every test that needs none. */
  private static List<String> plain;

  @BeforeAll
  static void aCatalogueAndARuleFileOfOnesOwn() throws IOException {
    criteria = Files.writeString(dir.resolve("criteria.yaml"), """
        version: "local-1"
        criteria:
          - id: X1-LOCAL-EVENTS
            title: Local health events
            area: local
            clauses: [A6d]
            kinds: [icb]
            weight: 1
            evidenceKinds: [public-events]
            meets: At least one public event a year.
        """);
    rules = Files.writeString(dir.resolve("local.drl"), """
        package io.charterassurance.rules.local;

        import io.charterassurance.model.evidence.*;
        import io.charterassurance.rules.internal.Judge;
        import io.charterassurance.rules.internal.Level;
        import java.util.List;

        rule "X1-LOCAL-EVENTS"
        when
          $j : Judge( open("X1-LOCAL-EVENTS") )
          $e : PublicEvents( events >= 1 )
        then
          $j.offer("X1-LOCAL-EVENTS", $e, Level.FULL, "public events", List.of());
        end
        """);
  }

  @Test
  void theBundledRulesAssessOnTheModulePathAsOnTheClassPath() throws Exception {
    List<String> out = plain();
    assertThat(out).contains("module io.charterassurance.rules");
    String expected = CharterJson.json().writeValueAsString(
        Assessor.standard().assess(SubmissionReader.create().read(SUBMISSION)));
    assertThat(out).contains("report " + ModulePathProgram.fingerprint(expected));
    assertThat(out).anySatisfy(line -> assertThat(line).startsWith("catalogue ")
        .endsWith(" policy " + io.charterassurance.rules.catalogue.ScoringPolicy.standard().hash()));
  }

  @Test
  void ruleFilesCompiledAtRunTimeNeedTheInternalsExportedToThem() throws Exception {
    assertThat(plain()).contains("refused Rule files compiled at run time call io.charterassurance.rules.internal, "
        + "which module io.charterassurance.rules does not export; on the module path, start Java with "
        + "--add-exports " + INTERNAL + "=ALL-UNNAMED");
    assertThat(run("--add-exports", INTERNAL + "=ALL-UNNAMED")).contains("compiled MET");
  }

  private static synchronized List<String> plain() throws Exception {
    if (plain == null) {
      plain = run();
    }
    return plain;
  }

  /**
   * Runs {@link ModulePathProgram} as the test runner lays out the library and its dependencies:
   * the modules the library requires on the module path, the rest of Drools and this class on
   * the class path. Its standard output, by line.
   */
  private static List<String> run(String... options) throws Exception {
    String modulePath = System.getProperty("jdk.module.path");
    assumeTrue(modulePath != null && !modulePath.isEmpty(), "the tests run on the module path");
    Path log = Files.createTempFile(dir, "out", ".txt");
    Path errors = Files.createTempFile(dir, "err", ".txt");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(List.of(options));
    command.addAll(List.of("--module-path", modulePath, "--add-modules", "io.charterassurance.rules",
        "-cp", System.getProperty("java.class.path"), ModulePathProgram.class.getName(),
        SUBMISSION.toString(), criteria.toString(), rules.toString()));
    Process p = new ProcessBuilder(command)
        .redirectOutput(log.toFile()).redirectError(errors.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the JVM finished").isTrue();
    List<String> out = Files.readAllLines(log, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as("exit status; output %s, errors %s", out, Files.readString(errors)).isZero();
    return out;
  }
}
