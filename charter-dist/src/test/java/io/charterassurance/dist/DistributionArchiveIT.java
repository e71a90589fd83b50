package io.charterassurance.dist;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterassurance.dist.Processes.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The release archives, black-box: unpacked with the system's own tar and unzip into a folder
 * whose name has spaces, and run through bin/charter as a user would, with only a Java runtime.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DistributionArchiveIT {
  private static final String NAME = System.getProperty("dist.name", "charter");
  private static final Path TAR = Path.of(System.getProperty("dist.tar", "target/charter.tar.gz"));
  private static final Path ZIP = Path.of(System.getProperty("dist.zip", "target/charter.zip"));
  /** The jar ./charter runs in the checkout. */
  private static final Path CHECKOUT_JAR = Path.of("..", "charter-cli", "target", "charter.jar").toAbsolutePath().normalize();
  private static final Path SCENARIOS = Path.of("..", "charter-rules", "src", "test", "resources", "scenarios").toAbsolutePath().normalize();
  private static final Path GOLDEN = Path.of("..", "charter-rules", "src", "test", "resources", "golden").toAbsolutePath().normalize();
  private static final String EXAMPLE = "examples/hwb-tower-hamlets.json";

  @TempDir static Path dir;
  private Path fromTar;
  private Path fromZip;
  private Path cache;

  @BeforeAll
  void unpackBoth() throws Exception {
    Path tarInto = Files.createDirectories(dir.resolve("unpacked from tar"));
    Path zipInto = Files.createDirectories(dir.resolve("unpacked from zip"));
    assertThat(Processes.run(tarInto, Map.of(), List.of("tar", "-xzf", TAR.toAbsolutePath().toString())).exit()).isZero();
    assertThat(Processes.run(zipInto, Map.of(), List.of("unzip", "-q", ZIP.toAbsolutePath().toString())).exit()).isZero();
    fromTar = tarInto.resolve(NAME);
    fromZip = zipInto.resolve(NAME);
    cache = Files.createDirectories(dir.resolve("cache"));
  }

  private Path home(String archive) {
    return archive.equals("tar") ? fromTar : fromZip;
  }

  /** The environment of a user: a cache folder of the test's own, no options of their own. */
  private Map<String, String> env(String... pairs) {
    Map<String, String> env = new HashMap<>();
    env.put("XDG_CACHE_HOME", cache.toString());
    env.put("HOME", dir.toString());
    env.put("CHARTER_JAVA_OPTS", null);
    env.put("CHARTER_CDS", null);
    env.put("JAVA_HOME", System.getProperty("java.home"));
    for (int i = 0; i < pairs.length; i += 2) {
      env.put(pairs[i], pairs[i + 1]);
    }
    return env;
  }

  private Run charter(Path home, Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(home.resolve("bin").resolve("charter").toString()));
    command.addAll(List.of(args));
    return Processes.run(home, env, command);
  }

  /** The checkout's jar run as ./charter runs it, in the same folder with the same arguments. */
  private Run checkout(Path cwd, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Processes.JAVA, "-Dfile.encoding=UTF-8", "-jar", CHECKOUT_JAR.toString()));
    command.addAll(List.of(args));
    return Processes.run(cwd, Map.of(), command);
  }

  private static List<String> tree(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class Contents {
    @Test
    @DisplayName("Both archives unpack to the same files: launchers, the jar, README, LICENSE, examples, schema and docs")
    void bothArchivesHoldTheSameTree() throws IOException {
      List<String> tar = tree(fromTar);
      assertThat(tar).isEqualTo(tree(fromZip));
      assertThat(tar).contains("bin/charter", "bin/charter.cmd", "lib/charter.jar", "README.md", "LICENSE",
          EXAMPLE, "examples/weak-organisation.json", "policies/stricter.yaml",
          "schema/submission.schema.json", "docs/cli.md", "docs/distribution.md");
      assertThat(fromTar.resolve("lib/charter.jar")).hasSameBinaryContentAs(CHECKOUT_JAR);
      assertThat(fromTar.resolve("LICENSE")).content().contains("Apache License", "Version 2.0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tar", "zip"})
    @DisplayName("The POSIX launcher is executable with LF line ends; the Windows one has CRLF throughout")
    void launchersKeepTheirModesAndLineEnds(String archive) throws IOException {
      Path bin = home(archive).resolve("bin");
      assertThat(Files.isExecutable(bin.resolve("charter"))).as("bin/charter is executable").isTrue();
      String sh = Files.readString(bin.resolve("charter"), StandardCharsets.UTF_8);
      assertThat(sh).startsWith("#!/bin/sh\n").doesNotContain("\r");
      String cmd = Files.readString(bin.resolve("charter.cmd"), StandardCharsets.UTF_8);
      assertThat(cmd.replace("\r\n", "")).as("every line of charter.cmd ends in CRLF").doesNotContain("\n");
      assertThat(cmd).endsWith("\r\n");
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class Running {
    @ParameterizedTest
    @ValueSource(strings = {"tar", "zip"})
    @DisplayName("bin/charter assesses a bundled example: the same report, byte for byte, as ./charter, and nothing on stderr")
    void theLauncherPrintsWhatTheCheckoutPrints(String archive) throws Exception {
      Path home = home(archive);
      Run dist = charter(home, env(), "assess", EXAMPLE);
      Run repo = checkout(home, "assess", EXAMPLE);
      assertThat(dist.exit()).as(dist.err()).isZero();
      assertThat(dist.err()).as("stderr: no SLF4J notice, no Hibernate Validator line, no JVM warning").isEmpty();
      assertThat(dist.out()).isNotEmpty().isEqualTo(repo.out());
      assertThat(dist.outText()).contains("Tower Hamlets Health and Wellbeing Board").contains("\u00a3");
    }

    /**
     * The golden file is written from the scenario as the rule set's tests load it, whose digest is
     * of the submission they build from it; the command's is of the file it reads. Every other
     * byte is the same.
     */
    @Test
    @DisplayName("A JSON report from the distribution is the golden report of the rule set's tests")
    void aJsonReportIsTheGoldenFile() throws Exception {
      Run run = charter(fromTar, env(), "assess", SCENARIOS.resolve("icb-legacy-ccg.json").toString(), "--format", "json");
      assertThat(run.exit()).as(run.err()).isZero();
      String version = System.getProperty("charter.version", "unknown");
      String digest = "(\"submissionDigest\" : )\"[0-9a-f]{64}\"";
      assertThat(run.outText().replace(version, "LIBRARY-VERSION").replaceAll(digest, "$1\"DIGEST\""))
          .isEqualTo(Files.readString(GOLDEN.resolve("icb-legacy-ccg.report.json"), StandardCharsets.UTF_8)
              .replaceAll(digest, "$1\"DIGEST\""));
    }

    @Test
    @DisplayName("The README's second command: the whole examples folder to one HTML page, exit 0")
    void theWholeExamplesFolderAssesses() throws Exception {
      Run run = charter(fromZip, env(), "assess", "examples/", "--format", "html", "--output", dir.resolve("readiness.html").toString());
      assertThat(run.exit()).as(run.err()).isZero();
      assertThat(dir.resolve("readiness.html")).content(StandardCharsets.UTF_8)
          .contains("<html", "Tower Hamlets Health and Wellbeing Board", "NHS North East London Integrated Care Board");
    }

    @Test
    @DisplayName("Exit codes: 1 below --fail-below, 2 for a missing file or bad usage")
    void exitCodesAreThoseOfTheCommand() throws Exception {
      assertThat(charter(fromTar, env(), "assess", "examples/weak-organisation.json", "--fail-below", "established").exit())
          .isEqualTo(1);
      Run missing = charter(fromTar, env(), "assess", "no-such-file.json");
      assertThat(missing.exit()).isEqualTo(2);
      assertThat(missing.err()).contains("no-such-file.json: $: no such file");
      assertThat(charter(fromTar, env(), "assess", "--format", "no-such-format", EXAMPLE).exit()).isEqualTo(2);
    }

    @Test
    @DisplayName("Arguments reach the command unchanged: a file name with spaces, quotes and a dollar sign")
    void argumentsPassThroughUnchanged() throws Exception {
      Path odd = Files.copy(fromTar.resolve(EXAMPLE), dir.resolve("it's a \"$HOME\" file.json"));
      Run dist = charter(fromTar, env(), "assess", odd.toString(), "--format", "json");
      assertThat(dist.exit()).as(dist.err()).isZero();
      assertThat(dist.out()).isEqualTo(checkout(fromTar, "assess", odd.toString(), "--format", "json").out());
    }

    @Test
    @DisplayName("It runs from any folder and through a symbolic link to the launcher")
    void itRunsThroughASymbolicLinkFromAnotherFolder() throws Exception {
      Path elsewhere = Files.createDirectories(dir.resolve("elsewhere/bin"));
      Path link = Files.createSymbolicLink(elsewhere.resolve("charter"), fromZip.resolve("bin/charter"));
      Run run = Processes.run(elsewhere, env(), List.of(link.toString(), "assess", fromZip.resolve(EXAMPLE).toString()));
      assertThat(run.exit()).as(run.err()).isZero();
      assertThat(run.out()).isEqualTo(checkout(elsewhere, "assess", fromZip.resolve(EXAMPLE).toString()).out());
    }

    @Test
    @DisplayName("Without a Java runtime it says where to get one and exits 3")
    void withoutJavaItSaysWhereToGetOne() throws Exception {
      Path bin = Files.createDirectories(dir.resolve("tools-without-java"));
      for (String tool : List.of("dirname", "readlink", "uname", "cksum", "cut", "mkdir", "mv", "rm")) {
        for (String where : List.of("/usr/bin/", "/bin/")) {
          Path real = Path.of(where + tool);
          if (Files.isExecutable(real) && !Files.exists(bin.resolve(tool))) {
            Files.createSymbolicLink(bin.resolve(tool), real);
          }
        }
      }
      Run run = Processes.run(fromTar, env("PATH", bin.toString(), "JAVA_HOME", null),
          List.of("/bin/sh", fromTar.resolve("bin/charter").toString(), "--version"));
      assertThat(run.exit()).isEqualTo(3);
      assertThat(run.err()).contains("no Java runtime found").contains("https://adoptium.net");
    }
  }

  /**
   * Class-data sharing: the first run records an archive in the user's cache, later runs map it
   * (forced with -Xshare:on, which refuses to start unless the archive maps) and print the same.
   */
  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class ClassDataSharing {
    @Test
    @DisplayName("The first run records an archive in the cache; the next maps it and prints the same bytes")
    void theFirstRunRecordsAndTheNextMaps() throws Exception {
      Path own = Files.createDirectories(dir.resolve("cds-cache"));
      Map<String, String> env = env("XDG_CACHE_HOME", own.toString());
      Run first = charter(fromTar, env, "assess", EXAMPLE, "--format", "json");
      assertThat(first.exit()).as(first.err()).isZero();
      assertThat(first.err()).isEmpty();
      try (Stream<Path> files = Files.list(own.resolve("charter"))) {
        assertThat(files.map(p -> p.getFileName().toString()).toList())
            .as("one archive and no temporary left").singleElement().asString().matches("charter-[0-9]+\\.jsa");
      }
      Map<String, String> mapped = new HashMap<>(env);
      mapped.put("CHARTER_JAVA_OPTS", "-Xshare:on");
      Run second = charter(fromTar, mapped, "assess", EXAMPLE, "--format", "json");
      assertThat(second.exit()).as(second.err()).isZero();
      assertThat(second.err()).isEmpty();
      assertThat(second.out()).isEqualTo(first.out());
    }

    @Test
    @DisplayName("CHARTER_CDS=off records nothing")
    void offRecordsNothing() throws Exception {
      Path own = Files.createDirectories(dir.resolve("cds-off"));
      Run run = charter(fromTar, env("XDG_CACHE_HOME", own.toString(), "CHARTER_CDS", "off"), "assess", EXAMPLE);
      assertThat(run.exit()).as(run.err()).isZero();
      assertThat(own.resolve("charter")).doesNotExist();
    }

    @Test
    @DisplayName("An unwritable cache is no error: the run goes on without an archive")
    void anUnwritableCacheIsNoError() throws Exception {
      Path file = Files.writeString(dir.resolve("not-a-folder"), "");
      Run run = charter(fromTar, env("XDG_CACHE_HOME", file.toString()), "assess", EXAMPLE);
      assertThat(run.exit()).as(run.err()).isZero();
      assertThat(run.err()).isEmpty();
    }
  }
}
