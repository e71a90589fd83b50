package io.charterassurance.dist;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterassurance.dist.Processes.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/charter.cmd, as far as Linux can check it: there is no cmd.exe here, so these read the
 * script as shipped in the zip and check what a Windows run depends on, then run the java
 * command line it builds, expanded as cmd.exe expands it and split into arguments as the
 * Microsoft C runtime splits a command line. What they cannot show (cmd.exe's own parsing, the
 * code page of a console, the cache under %LOCALAPPDATA%) is listed in docs/distribution.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WindowsLauncherIT {
  private static final Path ZIP = Path.of(System.getProperty("dist.zip", "target/charter.zip"));
  private static final String NAME = System.getProperty("dist.name", "charter");
  /** Variables that hold paths: every expansion of them must be quoted. */
  private static final Pattern PATH_VARIABLE = Pattern.compile(
      "%(~dp0|(CHARTER_JAR|CHARTER_JAVA|CHARTER_ARCHIVE|CHARTER_RECORD|CHARTER_CACHE|JAVA_HOME|LOCALAPPDATA)%)");

  @TempDir static Path dir;
  private Path home;
  private String script;
  private List<String> lines;

  @BeforeAll
  void unpack() throws Exception {
    Path into = Files.createDirectories(dir.resolve("Program Files (x86)"));
    assertThat(Processes.run(into, Map.of(), List.of("unzip", "-q", ZIP.toAbsolutePath().toString())).exit()).isZero();
    home = into.resolve(NAME);
    script = Files.readString(home.resolve("bin/charter.cmd"), StandardCharsets.UTF_8);
    lines = script.lines().filter(l -> !l.isBlank() && !l.regionMatches(true, 0, "rem", 0, 3)).toList();
  }

  private String javaLine() {
    List<String> java = lines.stream().filter(l -> l.startsWith("\"%CHARTER_JAVA%\"")).toList();
    assertThat(java).as("one line runs java").hasSize(1);
    return java.get(0);
  }

  @Test
  @DisplayName("It finds the jar from its own folder (%~dp0), never from the current folder")
  void itFindsTheJarFromItsOwnFolder() {
    assertThat(lines).contains("set \"CHARTER_JAR=%~dp0..\\lib\\charter.jar\"");
    assertThat(javaLine()).contains("-jar \"%CHARTER_JAR%\"");
  }

  @Test
  @DisplayName("It passes every argument on as given (%*), once, after the jar")
  void itForwardsTheArgumentsOnceAfterTheJar() {
    assertThat(javaLine()).endsWith(" -jar \"%CHARTER_JAR%\" %*");
    assertThat(lines.stream().filter(l -> l.contains("%*"))).hasSize(1);
    assertThat(script).as("no shift, which would drop arguments").doesNotContainIgnoringCase("shift");
  }

  @Test
  @DisplayName("Every path is quoted, so a folder with spaces or parentheses works")
  void everyPathIsQuoted() {
    for (String line : lines) {
      Matcher m = PATH_VARIABLE.matcher(line);
      while (m.find()) {
        long quotesBefore = line.substring(0, m.start()).chars().filter(c -> c == '"').count();
        assertThat(quotesBefore % 2).as("%s is inside quotes in: %s", m.group(), line).isEqualTo(1);
      }
    }
  }

  @Test
  @DisplayName("No delayed expansion (it would eat the '!' of an argument) and nothing leaks: setlocal")
  void noDelayedExpansionAndSetlocal() {
    assertThat(script).doesNotContainIgnoringCase("enabledelayedexpansion");
    assertThat(lines.get(0)).isEqualToIgnoringCase("@echo off");
    assertThat(lines).contains("setlocal");
  }

  @Test
  @DisplayName("It passes the same JVM options as bin/charter and ./charter")
  void itPassesTheSameJvmOptions() throws Exception {
    String sh = Files.readString(home.resolve("bin/charter"), StandardCharsets.UTF_8);
    assertThat(javaLine()).startsWith("\"%CHARTER_JAVA%\" -Dfile.encoding=UTF-8 %CHARTER_CDS_OPTS% %CHARTER_OPTS% -jar");
    assertThat(lines).contains("set \"CHARTER_OPTS=-XX:+UseSerialGC -Xms16m\"",
        "if defined CHARTER_JAVA_OPTS set \"CHARTER_OPTS=%CHARTER_JAVA_OPTS%\"");
    // bin/charter adds the quick compiler for a few files (docs/distribution.md); the .cmd does not.
    assertThat(sh).contains("-Dfile.encoding=UTF-8", "${CHARTER_JAVA_OPTS--XX:+UseSerialGC -Xms16m $jit}", "jit=\"-XX:TieredStopAtLevel=1\"");
    for (String option : List.of("-XX:SharedArchiveFile=", "-XX:ArchiveClassesAtExit=", "-Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off")) {
      assertThat(script).contains(option);
      assertThat(sh).contains(option);
    }
  }

  @Test
  @DisplayName("It exits with the command's own exit code")
  void itExitsWithTheCommandsExitCode() {
    int java = lines.indexOf(javaLine());
    assertThat(lines.get(java + 1)).isEqualTo("set \"CHARTER_STATUS=%ERRORLEVEL%\"");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("exit /b %CHARTER_STATUS%");
  }

  /**
   * The java line, expanded as cmd.exe would expand it for a run without the cache (no
   * CHARTER_JAVA_OPTS, CHARTER_CDS=off) from a distribution under "Program Files (x86)", with
   * arguments as typed at a prompt, then split as the C runtime splits them: the report is what
   * bin/charter prints.
   */
  @Test
  @DisplayName("The java command line it builds, expanded and split as on Windows, gives bin/charter's report")
  void theCommandLineItBuildsRuns() throws Exception {
    String dp0 = home.resolve("bin") + "/";
    Path example = home.resolve("examples/hwb-tower-hamlets.json");
    String typed = "assess \"" + example + "\" --format json";
    String expanded = javaLine()
        .replace("%CHARTER_JAVA%", Processes.JAVA)
        .replace("%CHARTER_CDS_OPTS%", "")
        .replace("%CHARTER_OPTS%", "-XX:+UseSerialGC -Xms16m")
        .replace("%CHARTER_JAR%", "%~dp0..\\lib\\charter.jar")
        .replace("%~dp0", dp0)
        .replace("%*", typed)
        .replace('\\', '/');
    Run windows = Processes.run(dir, Map.of(), splitAsTheCRuntimeDoes(expanded));
    Run posix = Processes.run(dir, Map.of("CHARTER_CDS", "off"),
        List.of(home.resolve("bin/charter").toString(), "assess", example.toString(), "--format", "json"));
    assertThat(windows.exit()).as(windows.err()).isZero();
    assertThat(windows.err()).isEmpty();
    assertThat(windows.out()).isNotEmpty().isEqualTo(posix.out());
  }

  /**
   * Splits a command line into arguments as the Microsoft C runtime does for the simple cases a
   * launcher produces: whitespace outside double quotes separates arguments, and the quotes
   * themselves are removed (a quote may open or close in the middle of an argument).
   */
  private static List<String> splitAsTheCRuntimeDoes(String line) {
    List<String> args = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    boolean inArgument = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
        inArgument = true;
      } else if ((c == ' ' || c == '\t') && !quoted) {
        if (inArgument) {
          args.add(current.toString());
          current.setLength(0);
          inArgument = false;
        }
      } else {
        current.append(c);
        inArgument = true;
      }
    }
    assertThat(quoted).as("balanced quotes in: %s", line).isFalse();
    if (inArgument) {
      args.add(current.toString());
    }
    return args;
  }
}
