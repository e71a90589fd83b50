package io.charterassurance.cli;

import static io.charterassurance.cli.Cli.run;
import static io.charterassurance.cli.Cli.scenario;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code assess --output}: where the report goes, what it replaces and what it never touches. */
class OutputFileTests {
  @TempDir Path dir;

  private List<String> hidden() throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".")).sorted().toList();
    }
  }

  private static String mode(Path file) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS));
  }

  @Nested
  class Temporaries {
    /** A pid that is certainly not running: that of a process that has finished. */
    private long finishedPid() throws Exception {
      Process p = new ProcessBuilder("true").start();
      p.waitFor();
      return p.pid();
    }

    @Test
    void aStaleTemporaryOfAKilledRunIsRemovedByTheNextRun() throws Exception {
      Path out = dir.resolve("report.csv");
      Files.writeString(dir.resolve(".report.csv.charter-" + finishedPid() + "-k3x9.tmp"), "code,na");
      Files.writeString(dir.resolve(".other.html.charter-" + finishedPid() + "-z0.tmp"), "<!DOCTYPE");
      var r = run("assess", scenario("hwb-strong.json"), "-f", "csv", "-o", out.toString());
      assertThat(r.exit()).isZero();
      assertThat(hidden()).isEmpty();
      assertThat(Files.readString(out)).startsWith("code,name");
    }

    @Test
    void aTemporaryLeftByAnEarlierVersionBesideTheSameTargetIsRemoved() throws Exception {
      Files.writeString(dir.resolve(".report.csv8145713914066404571.tmp"), "code,na");
      var r = run("assess", scenario("hwb-strong.json"), "-f", "csv", "-o", dir.resolve("report.csv").toString());
      assertThat(r.exit()).isZero();
      assertThat(hidden()).isEmpty();
    }

    @Test
    void aTemporaryOfARunStillGoingIsLeftAlone() throws Exception {
      long running = ProcessHandle.current().parent().map(ProcessHandle::pid).orElseThrow();
      String busy = ".report.csv.charter-" + running + "-a1.tmp";
      Files.writeString(dir.resolve(busy), "code,na");
      var r = run("assess", scenario("hwb-strong.json"), "-f", "csv", "-o", dir.resolve("report.csv").toString());
      assertThat(r.exit()).isZero();
      assertThat(hidden()).containsExactly(busy);
    }

    @Test
    void aHiddenFileThatIsNotATemporaryIsLeftAlone() throws Exception {
      Files.writeString(dir.resolve(".report.csv.notes.tmp"), "mine");
      Files.writeString(dir.resolve(".report.csv.charter-12-a.txt"), "mine");
      run("assess", scenario("hwb-strong.json"), "-f", "csv", "-o", dir.resolve("report.csv").toString());
      assertThat(hidden()).containsExactly(".report.csv.charter-12-a.txt", ".report.csv.notes.tmp");
    }
  }

  @Nested
  class NeverAnInput {
    @Test
    void anOutputThatIsTheInputIsRefusedAndTheSubmissionIsUntouched() throws Exception {
      Path submission = Files.copy(Path.of(scenario("icb-strong.json")), dir.resolve("a.json"));
      byte[] before = Files.readAllBytes(submission);
      var r = run("assess", submission.toString(), "-f", "json", "-o", submission.toString());
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).isEqualTo("charter: cannot write " + submission + ": it is one of the inputs;"
          + " the report would replace it\n");
      assertThat(Files.readAllBytes(submission)).isEqualTo(before);
      assertThat(hidden()).isEmpty();
    }

    @Test
    void anOutputThatReachesAnInputThroughALinkOrDotsIsRefused() throws Exception {
      Path sub = Files.createDirectory(dir.resolve("evidence"));
      Path submission = Files.copy(Path.of(scenario("icb-strong.json")), sub.resolve("a.json"));
      Path link = Files.createSymbolicLink(dir.resolve("link.json"), submission);
      byte[] before = Files.readAllBytes(submission);
      var viaLink = run("assess", sub.toString(), "-f", "json", "-o", link.toString());
      assertThat(viaLink.exit()).isEqualTo(2);
      assertThat(viaLink.err()).isEqualTo("charter: cannot write " + link + ": it is the input " + submission
          + "; the report would replace it\n");
      Path dots = sub.resolve("..").resolve("evidence").resolve("a.json");
      var viaDots = run("assess", submission.toString(), "-f", "json", "-o", dots.toString());
      assertThat(viaDots.exit()).isEqualTo(2);
      assertThat(Files.readAllBytes(submission)).isEqualTo(before);
      assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void anOutputThatIsThePolicyFileIsRefused() throws Exception {
      String standard = new String(OutputFileTests.class.getResourceAsStream(
          "/io/charterassurance/rules/scoring-policy.yaml").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      Path policy = Files.writeString(dir.resolve("policy.yaml"), standard);
      var r = run("assess", scenario("icb-strong.json"), "--policy", policy.toString(), "-o", policy.toString());
      assertThat(r.exit()).isEqualTo(2);
      assertThat(Files.readString(policy)).isEqualTo(standard);
    }
  }

  @Nested
  class Links {
    @Test
    void aLinkIsFollowedAndStaysALink() throws Exception {
      Path real = Files.writeString(dir.resolve("real.csv"), "old\n");
      Path link = Files.createSymbolicLink(dir.resolve("link.csv"), Path.of("real.csv"));
      var r = run("assess", scenario("hwb-strong.json"), "-f", "csv", "-o", link.toString());
      assertThat(r.exit()).isZero();
      assertThat(Files.isSymbolicLink(link)).isTrue();
      assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("real.csv"));
      assertThat(Files.readString(real)).startsWith("code,name");
    }

    @Test
    void aDanglingLinkCreatesTheFileItPointsTo() throws Exception {
      Path sub = Files.createDirectory(dir.resolve("published"));
      Path link = Files.createSymbolicLink(dir.resolve("latest.csv"), sub.resolve("2026.csv"));
      var r = run("assess", scenario("hwb-strong.json"), "-f", "csv", "-o", link.toString());
      assertThat(r.exit()).isZero();
      assertThat(Files.isSymbolicLink(link)).isTrue();
      assertThat(Files.readString(sub.resolve("2026.csv"))).startsWith("code,name");
    }

    @Test
    void aLinkToACharacterDeviceIsWrittenThroughAndKept() throws Exception {
      assumeTrue(Files.exists(Path.of("/dev/null")), "this system has no /dev/null");
      Path link = Files.createSymbolicLink(dir.resolve("discard.csv"), Path.of("/dev/null"));
      var r = run("assess", scenario("hwb-strong.json"), "-f", "csv", "-o", link.toString());
      assertThat(r.exit()).isZero();
      assertThat(Files.isSymbolicLink(link)).isTrue();
      assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
      assertThat(hidden()).isEmpty();
    }

    @Test
    void aLoopOfLinksIsRefused() throws Exception {
      Path a = dir.resolve("a.csv");
      Files.createSymbolicLink(a, dir.resolve("b.csv"));
      Files.createSymbolicLink(dir.resolve("b.csv"), a);
      var r = run("assess", scenario("hwb-strong.json"), "-f", "csv", "-o", a.toString());
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).isEqualTo("charter: cannot write " + a
          + ": it is a chain of more than 40 symbolic links (a loop?)\n");
    }
  }

  /** New files get what the umask gives; replaced files keep their mode (see DistributionIT for other umasks). */
  @Nested
  class Permissions {
    @Test
    void aReplacedFileKeepsItsMode() throws Exception {
      for (String mode : List.of("rw-r--r--", "rw-r-----", "rw-------", "rw-rw-r--")) {
        Path out = Files.writeString(dir.resolve("report-" + mode + ".html"), "old");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString(mode));
        var r = run("assess", scenario("hwb-strong.json"), "-f", "html", "-o", out.toString());
        assertThat(r.exit()).isZero();
        assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>");
        assertThat(mode(out)).as("mode of a replaced file").isEqualTo(mode);
      }
    }

    @Test
    void aNewFileGetsTheModeTheUmaskGives() throws Exception {
      String umask = Files.readAllLines(Path.of("/proc/self/status")).stream()
          .filter(l -> l.startsWith("Umask:")).map(l -> l.substring(6).strip()).findFirst().orElse(null);
      assumeTrue(umask != null, "the umask cannot be read from /proc here");
      int expected = 0666 & ~Integer.parseInt(umask, 8);
      Path out = dir.resolve("readiness.csv");
      var r = run("assess", scenario("hwb-strong.json"), "-f", "csv", "-o", out.toString());
      assertThat(r.exit()).isZero();
      assertThat(mode(out)).isEqualTo(symbolic(expected));
    }

    private static String symbolic(int mode) {
      StringBuilder s = new StringBuilder();
      for (int shift = 6; shift >= 0; shift -= 3) {
        int bits = (mode >> shift) & 7;
        s.append((bits & 4) != 0 ? 'r' : '-').append((bits & 2) != 0 ? 'w' : '-').append((bits & 1) != 0 ? 'x' : '-');
      }
      return s.toString();
    }
  }

  @Nested
  class Reasons {
    @Test
    void aFileInProcSaysItsDirectoryIsNotWritableNotThatItIsMissing() {
      assumeTrue(Files.isRegularFile(Path.of("/proc/version")), "this system has no /proc/version");
      var r = run("assess", scenario("hwb-strong.json"), "-o", "/proc/version");
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).startsWith("charter: cannot write /proc/version: /proc is not writable")
          .doesNotContain("does not exist");
    }

    @Test
    void aMissingDirectoryIsNamedAsSuch() {
      Path out = dir.resolve("missing").resolve("report.csv");
      var r = run("assess", scenario("hwb-strong.json"), "-o", out.toString());
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).isEqualTo("charter: cannot write " + out + ": its directory does not exist\n");
    }
  }
}
