package io.charterassurance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.charterassurance.model.io.CharterJson;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged executable jar runs on its own, and two runs give the same bytes. */
class DistributionIT {
  private static final Path JAR = Path.of(System.getProperty("charter.jar", "target/charter.jar"));
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
  /** The checkout's launcher script, which runs the same jar. */
  private static final Path LAUNCHER = Path.of("..", "charter");

  @TempDir Path dir;

  /** A process started and not yet waited for; stdout and stderr go to files. */
  private record Started(Process process, Path out, Path err) {
    Finished finish() throws Exception {
      int exit = process.waitFor();
      return new Finished(exit, Files.readAllBytes(out), Files.readAllBytes(err));
    }
  }

  /** What a finished process wrote. */
  private record Finished(int exit, byte[] out, byte[] err) {
    String errText() {
      return new String(err, StandardCharsets.UTF_8);
    }
  }

  private static List<String> jar(String... args) {
    List<String> command = new ArrayList<>(List.of(JAVA, "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return command;
  }

  private Started start(List<String> command, Map<String, String> env, ProcessBuilder.Redirect out) throws IOException {
    Path outFile = Files.createTempFile(dir, "stdout", ".bin");
    Path errFile = Files.createTempFile(dir, "stderr", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectOutput(out == null ? ProcessBuilder.Redirect.to(outFile.toFile()) : out)
        .redirectError(errFile.toFile());
    builder.environment().putAll(env);
    return new Started(builder.start(), outFile, errFile);
  }

  private Started start(String... args) throws IOException {
    return start(jar(args), Map.of(), null);
  }

  @Test
  void theJarAssessesASubmissionIdenticallyInTwoSeparateProcesses() throws Exception {
    Started a = start("assess", Cli.scenario("icb-legacy-ccg.json"), "--format", "json");
    Started b = start("assess", Cli.scenario("icb-legacy-ccg.json"), "--format", "json");
    Finished first = a.finish();
    Finished second = b.finish();
    assertThat(first.exit()).isZero();
    assertThat(second.exit()).isZero();
    assertThat(first.errText()).isEmpty();
    assertThat(first.out()).isNotEmpty().isEqualTo(second.out());
  }

  /** The same command on the module path, as a named module, writes the same bytes as the jar. */
  @Test
  void theCommandRunsAsANamedModuleToo() throws Exception {
    String modulePath = System.getProperty("charter.module.path", "");
    assumeTrue(!modulePath.isEmpty(), "the build gives the module path");
    List<String> module = List.of(JAVA, "--module-path", modulePath,
        "--module", "io.charterassurance.cli/io.charterassurance.cli.Main",
        "assess", Cli.scenario("icb-legacy-ccg.json"), "--format", "json");
    Finished named = start(module, Map.of(), null).finish();
    Finished jar = start("assess", Cli.scenario("icb-legacy-ccg.json"), "--format", "json").finish();
    assertThat(named.exit()).as(named.errText()).isZero();
    assertThat(named.out()).isNotEmpty().isEqualTo(jar.out());
  }

  /**
   * At a terminal (util-linux {@code script} gives the jar one), a line on stderr says the rule
   * base is loading and is erased once it has loaded; elsewhere, as every other test here shows,
   * stderr stays empty.
   */
  @Test
  void atATerminalALineSaysTheRulesAreLoadingAndIsErasedOnceTheyAre() throws Exception {
    Path script = Path.of("/usr/bin/script");
    assumeTrue(Files.isExecutable(script), "util-linux script gives the command a terminal");
    String command = String.join(" ", jar("assess", Cli.scenario("icb-strong.json"), "-f", "csv").stream()
        .map(a -> "'" + a.replace("'", "'\\''") + "'").toList());
    ProcessBuilder builder = new ProcessBuilder(script.toString(), "-qec", command, "/dev/null").redirectErrorStream(true);
    builder.environment().remove("CI");
    Process process = builder.start();
    String terminal = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(terminal).isZero();
    String line = "charter: loading the rule base...";
    assertThat(terminal).startsWith(line + "\r" + " ".repeat(line.length()) + "\r").contains("code,name,kind");
  }

  @Test
  void theLauncherMapsTheClassDataArchiveTheBuildMadeAndSaysNothingAboutIt() throws Exception {
    assumeTrue(Files.isRegularFile(LAUNCHER), "no launcher script beside the module");
    assertThat(JAR.resolveSibling("charter.jsa")).as("the AppCDS archive the build makes beside the jar").isRegularFile();
    List<String> launcher = List.of("sh", LAUNCHER.toString(), "assess", Cli.scenario("icb-strong.json"), "-f", "json");
    // -Xshare:on after the launcher's -Xshare:auto: the JVM refuses to start unless it maps the archive.
    Finished shared = start(launcher, Map.of("CHARTER_JAVA_OPTS", "-Xshare:on"), null).finish();
    Finished plain = start("assess", Cli.scenario("icb-strong.json"), "-f", "json").finish();
    assertThat(shared.exit()).as(shared.errText()).isZero();
    assertThat(shared.errText()).isEmpty();
    assertThat(shared.out()).isEqualTo(plain.out());
  }

  /**
   * The launcher picks the JIT by the run's size: the quick compiler alone for a file or a few,
   * the full JIT for a directory, more than 50 files, or the service. A stand-in {@code java} on
   * the PATH shows the options it would get.
   */
  @Test
  void theLauncherUsesTheQuickCompilerForAFewFilesAndTheFullJitForABatch() throws Exception {
    assumeTrue(Files.isRegularFile(LAUNCHER), "no launcher script beside the module");
    Path bin = Files.createDirectory(dir.resolve("bin"));
    Path java = bin.resolve("java");
    Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$@\"\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    Map<String, String> path = Map.of("PATH", bin + File.pathSeparator + System.getenv("PATH"));
    Path batch = Files.createDirectory(dir.resolve("batch"));
    List<String> many = new ArrayList<>(List.of("sh", LAUNCHER.toString(), "assess"));
    for (int i = 0; i < 51; i++) {
      Path file = Files.writeString(batch.resolve("s" + i + ".json"), "{}");
      many.add(file.toString());
    }
    String quick = "-XX:TieredStopAtLevel=1";

    String one = new String(start(List.of("sh", LAUNCHER.toString(), "assess", Cli.scenario("icb-strong.json")), path, null)
        .finish().out(), StandardCharsets.UTF_8);
    String directory = new String(start(List.of("sh", LAUNCHER.toString(), "assess", batch.toString()), path, null)
        .finish().out(), StandardCharsets.UTF_8);
    String fiftyOne = new String(start(many, path, null).finish().out(), StandardCharsets.UTF_8);
    String serve = new String(start(List.of("sh", LAUNCHER.toString(), "serve"), path, null)
        .finish().out(), StandardCharsets.UTF_8);
    Map<String, String> tailored = new java.util.HashMap<>(path);
    tailored.put("CHARTER_JAVA_OPTS", "-Xmx64m");
    String own = new String(start(List.of("sh", LAUNCHER.toString(), "assess", Cli.scenario("icb-strong.json")), tailored, null)
        .finish().out(), StandardCharsets.UTF_8);

    assertThat(one.lines()).contains(quick, "-XX:+UseSerialGC", "-jar");
    assertThat(directory.lines()).doesNotContain(quick).contains("-XX:+UseSerialGC");
    assertThat(fiftyOne.lines()).doesNotContain(quick);
    assertThat(serve.lines()).doesNotContain(quick);
    assertThat(own.lines()).as("CHARTER_JAVA_OPTS replaces the choice").doesNotContain(quick, "-XX:+UseSerialGC").contains("-Xmx64m");
  }

  /** The quick compiler changes how fast, never what: the launcher's one-file run is the jar's bytes. */
  @Test
  void theLaunchersOneFileRunWritesWhatTheJarWrites() throws Exception {
    assumeTrue(Files.isRegularFile(LAUNCHER), "no launcher script beside the module");
    Finished launched = start(List.of("sh", LAUNCHER.toString(), "assess", Cli.scenario("icb-legacy-ccg.json"), "-f", "json"),
        Map.of(), null).finish();
    Finished plain = start("assess", Cli.scenario("icb-legacy-ccg.json"), "-f", "json").finish();
    assertThat(launched.exit()).as(launched.errText()).isZero();
    assertThat(launched.out()).isNotEmpty().isEqualTo(plain.out());
  }

  @Test
  void theJarExitsTwoForABadFile() throws Exception {
    Finished r = start("assess", "no-such-file.json").finish();
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errText()).contains("no-such-file.json: $: no such file");
  }

  @Nested
  class Stdout {
    @Test
    void aFullStdoutIsExitTwoWithTheReasonOnStderr() throws Exception {
      File full = new File("/dev/full");
      assumeTrue(full.exists(), "this system has no /dev/full");
      Finished r = start(jar("assess", Cli.scenario("icb-strong.json")), Map.of(), ProcessBuilder.Redirect.to(full)).finish();
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.errText())
          .isEqualTo("charter: cannot write to standard output: No space left on device; what was printed is incomplete\n");
    }
  }

  /**
   * A batch streams: 400 submissions, whose reports held together need far more than a 48 MB
   * heap (the whole-list CLI ran out of memory here), are assessed and written one at a time.
   */
  @Nested
  class Batch {
    private static final int COUNT = 400;

    private Path submissions() throws IOException {
      Path submissions = Files.createDirectory(dir.resolve("batch"));
      var base = (ObjectNode) CharterJson.json().readTree(Path.of(Cli.scenario("icb-strong.json")).toFile());
      var organisation = (ObjectNode) base.get("organisation");
      for (int i = 1; i <= COUNT; i++) {
        organisation.put("name", "NHS Batch Integrated Care Board " + i);
        Files.write(submissions.resolve(String.format(Locale.ROOT, "s%04d.json", i)),
            CharterJson.json().writeValueAsBytes(base));
      }
      return submissions;
    }

    @Test
    void aBatchLargerThanTheHeapIsWrittenOneReportAtATime() throws Exception {
      Path submissions = submissions();
      for (String format : List.of("csv", "html")) {
        Path out = dir.resolve("batch." + format);
        List<String> command = new ArrayList<>(List.of(JAVA, "-Xmx48m", "-XX:+ExitOnOutOfMemoryError", "-jar",
            JAR.toString(), "assess", submissions.toString(), "-f", format, "-o", out.toString()));
        Finished r = start(command, Map.of(), null).finish();
        assertThat(r.exit()).as(format + ": " + r.errText()).isZero();
        assertThat(r.errText()).isEqualTo("charter: wrote " + out + "\n");
        String report = Files.readString(out);
        if (format.equals("csv")) {
          assertThat(report.lines()).hasSize(1 + COUNT);
        } else {
          assertThat(report).contains("<title>Charter readiness reports for 400 organisations</title>")
              .contains("NHS Batch Integrated Care Board 400").endsWith("</html>\n");
        }
      }
    }
  }

  /**
   * Output is UTF-8 whatever the locale: under {@code LC_ALL=POSIX} (whose charset is ASCII) the
   * bytes on stdout and stderr are the bytes of a {@code C.UTF-8} run.
   */
  @Nested
  class Charset {
    private static final Map<String, String> ASCII = Map.of("LC_ALL", "POSIX", "LANG", "C");
    private static final Map<String, String> UTF8 = Map.of("LC_ALL", "C.UTF-8", "LANG", "C.UTF-8");

    private void assertSameBytes(List<String> command) throws Exception {
      Started ascii = start(command, ASCII, null);
      Started utf8 = start(command, UTF8, null);
      Finished a = ascii.finish();
      Finished u = utf8.finish();
      assertThat(a.exit()).as("exit").isEqualTo(u.exit());
      assertThat(new String(a.out(), StandardCharsets.UTF_8)).as("stdout").isEqualTo(new String(u.out(), StandardCharsets.UTF_8));
      assertThat(a.out()).as("stdout bytes").isEqualTo(u.out());
      assertThat(a.errText()).as("stderr").isEqualTo(u.errText());
      assertThat(a.err()).as("stderr bytes").isEqualTo(u.err());
    }

    /** The Tower Hamlets example's report has pounds ("£1,090,000") and curly quotes. */
    @Test
    void aTextReportIsTheSameBytes() throws Exception {
      assertSameBytes(jar("assess", Cli.example("hwb-tower-hamlets.json"), "-f", "text"));
    }

    @Test
    void aJsonReportIsTheSameBytes() throws Exception {
      assertSameBytes(jar("assess", Cli.example("hwb-tower-hamlets.json"), "-f", "json"));
    }

    @Test
    void problemsOnStderrAreTheSameBytes() throws Exception {
      String json = Files.readString(Path.of(Cli.scenario("icb-strong.json")));
      Path file = Files.writeString(dir.resolve("accents.json"), json.replaceFirst("\\{", "{\"coProduc\u00e9\u201d\": 1,"));
      assertSameBytes(jar("assess", file.toString(), "-f", "csv"));
    }

    /**
     * The launcher also runs the JVM with {@code file.encoding=UTF-8}, so text the rule engine
     * compiles (the "£" of a DRL string literal) is right too.
     */
    @Test
    void theLauncherGivesTheSameBytesForAReportWithPounds() throws Exception {
      assumeTrue(Files.isRegularFile(LAUNCHER), "no launcher script beside the module");
      List<String> command = List.of("sh", LAUNCHER.toString(), "assess", Cli.scenario("icb-strong.json"), "-f", "json");
      assertSameBytes(command);
      assertThat(new String(start(command, ASCII, null).finish().out(), StandardCharsets.UTF_8)).contains("per \u00a31");
    }
  }

  /**
   * A directory that cannot be listed and a file that cannot be read. Root reads everything, so
   * when the tests run as root the jar runs without root's power to override permissions:
   * {@code setpriv} drops CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH from its bounding set, and the
   * kernel itself refuses the listing (as another user, {@code chmod 000} is enough on its own).
   */
  @Nested
  class Unreadable {
    private List<String> withoutRootsOverride(List<String> command) throws Exception {
      if (!"root".equals(System.getProperty("user.name"))) {
        return command;
      }
      boolean setpriv;
      try {
        setpriv = new ProcessBuilder("setpriv", "--version").start().waitFor() == 0;
      } catch (IOException e) {
        setpriv = false;
      }
      assumeTrue(setpriv, "running as root without setpriv, so nothing can be made unreadable");
      List<String> prefixed = new ArrayList<>(List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search"));
      prefixed.addAll(command);
      return prefixed;
    }

    @Test
    void aDirectoryThatCannotBeListedIsAProblemOfTheBatchAndTheRestIsAssessed() throws Exception {
      Path top = Files.createDirectory(dir.resolve("evidence"));
      Files.copy(Path.of(Cli.scenario("icb-strong.json")), top.resolve("a.json"));
      Path locked = Files.copy(Path.of(Cli.scenario("trust-strong.json")), top.resolve("c.json"));
      Path secret = Files.createDirectory(top.resolve("secret"));
      Files.copy(Path.of(Cli.scenario("hwb-strong.json")), secret.resolve("b.json"));
      Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
      try {
        Finished r = start(withoutRootsOverride(jar("assess", top.toString(), "-f", "csv")), Map.of(), null).finish();
        assertThat(r.exit()).isEqualTo(2);
        String csv = new String(r.out(), StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).hasSize(3);
        assertThat(csv).contains("\nQMF,");
        assertThat(r.errText()).isEqualTo("charter: 1 of 2 submissions could not be assessed:\n"
            + "  " + locked + ": $: cannot be read: permission denied\n"
            + "charter: 1 path could not be searched for submissions:\n"
            + "  " + secret + ": $: this directory cannot be read (permission denied), so any submissions in it were skipped\n");
      } finally {
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rwx------"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
      }
    }
  }

  /** A new output file gets the permissions the process's umask gives any new file. */
  @Nested
  class Permissions {
    @Test
    void aNewOutputFileFollowsTheUmask() throws Exception {
      Map<String, String> expected = Map.of("027", "rw-r-----", "002", "rw-rw-r--", "077", "rw-------");
      Map<String, Started> runs = new java.util.TreeMap<>();
      for (String umask : expected.keySet()) {
        List<String> command = new ArrayList<>(List.of("sh", "-c", "umask " + umask + " && exec \"$@\"", "sh"));
        command.addAll(jar("assess", Cli.scenario("hwb-strong.json"), "-f", "csv", "-o", dir.resolve(umask + ".csv").toString()));
        runs.put(umask, start(command, Map.of(), null));
      }
      for (var run : runs.entrySet()) {
        Finished r = run.getValue().finish();
        assertThat(r.exit()).as(r.errText()).isZero();
        Path out = dir.resolve(run.getKey() + ".csv");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
            .as("umask " + run.getKey()).isEqualTo(expected.get(run.getKey()));
      }
    }
  }
}
