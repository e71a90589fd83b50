package io.charterassurance.cli;

import static io.charterassurance.cli.Cli.run;
import static io.charterassurance.cli.Cli.scenario;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code assess} and {@code validate} read: regular files (and links to them) only; special
 * files are refused without being opened; reports beside the submissions are not submissions.
 * (A directory that cannot be listed needs a user without root's powers: see DistributionIT.)
 */
class InputFilesTests {
  @TempDir Path dir;

  private Path submission(String name) throws Exception {
    return Files.copy(Path.of(scenario("icb-strong.json")), dir.resolve(name));
  }

  private Path fifo(String name) throws Exception {
    Path pipe = dir.resolve(name);
    int exit;
    try {
      exit = new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start().waitFor();
    } catch (java.io.IOException e) {
      exit = -1;
    }
    assumeTrue(exit == 0, "mkfifo is not available here");
    return pipe;
  }

  @Nested
  class SpecialFiles {
    @Test
    void aNamedPipeGivenByNameIsRefusedWithoutOpeningIt() throws Exception {
      Path pipe = fifo("pipe.json");
      var r = run("assess", pipe.toString(), scenario("icb-strong.json"), "-f", "csv");
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).contains("  " + pipe + ": $: not a regular file (a named pipe); only regular files are read\n");
      assertThat(r.out().lines().toList()).hasSize(3);
    }

    @Test
    void aLinkToDevZeroGivenByNameIsRefusedWithoutReadingIt() throws Exception {
      Path zero = Files.createSymbolicLink(dir.resolve("zero.json"), Path.of("/dev/zero"));
      assumeTrue(Files.exists(zero), "this system has no /dev/zero");
      var r = run("validate", zero.toString());
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.out()).contains(zero + ": $: not a regular file (a symbolic link to /dev/zero, a character device);"
          + " only regular files are read\n");
    }

    @Test
    void specialFilesInADirectoryAreReportedAndTheRestIsAssessed() throws Exception {
      submission("a.json");
      Path pipe = fifo("pipe.json");
      Path nul = Files.createSymbolicLink(dir.resolve("null.yaml"), Path.of("/dev/null"));
      var r = run("assess", dir.toString(), "-f", "csv");
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).startsWith("charter: 2 of 3 submissions could not be assessed:\n")
          .contains("  " + nul + ": $: not a regular file (a symbolic link to /dev/null, a character device)")
          .contains("  " + pipe + ": $: not a regular file (a named pipe)");
      assertThat(r.out().lines().toList()).hasSize(4);
    }

    @Test
    void aNamedPipeAsThePolicyIsRefusedWithoutOpeningIt() throws Exception {
      Path pipe = fifo("policy.yaml");
      var r = run("assess", scenario("icb-strong.json"), "--policy", pipe.toString());
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).isEqualTo("charter: --policy " + pipe + ": not a regular file (a named pipe);"
          + " only regular files are read\n");
    }

    @Test
    void diffRefusesALinkToDevZeroWithoutReadingIt() throws Exception {
      Path zero = Files.createSymbolicLink(dir.resolve("old.json"), Path.of("/dev/zero"));
      assumeTrue(Files.exists(zero), "this system has no /dev/zero");
      var r = run("diff", zero.toString(), zero.toString());
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).startsWith("charter: " + zero + ": not a regular file (a symbolic link to /dev/zero,"
          + " a character device); only regular files are read\n");
    }

    @Test
    void aDanglingLinkInADirectoryIsReported() throws Exception {
      submission("a.json");
      Path link = Files.createSymbolicLink(dir.resolve("gone.json"), dir.resolve("nowhere.json"));
      var r = run("validate", dir.toString());
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.out()).contains(link + ": $: no such file: it is a symbolic link to " + dir.resolve("nowhere.json")
          + ", which does not exist\n");
    }

    @Test
    void aLinkToARegularFileIsReadThroughTheLink() throws Exception {
      Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
      Path real = Files.copy(Path.of(scenario("icb-strong.json")), elsewhere.resolve("real.txt"));
      Path submissions = Files.createDirectory(dir.resolve("submissions"));
      Path link = Files.createSymbolicLink(submissions.resolve("link.json"), real);
      var r = run("validate", submissions.toString());
      assertThat(r.exit()).isZero();
      assertThat(r.out()).isEqualTo(link + ": valid\n1 file: 1 valid, 0 invalid (0 problems)\n");
    }

    @Test
    void aDirectoryNamedByALinkIsSearched() throws Exception {
      Path real = Files.createDirectory(dir.resolve("real"));
      Files.copy(Path.of(scenario("icb-strong.json")), real.resolve("a.json"));
      Path link = Files.createSymbolicLink(dir.resolve("link"), real);
      var r = run("validate", link.toString());
      assertThat(r.exit()).isZero();
      assertThat(r.out()).startsWith(link.resolve("a.json") + ": valid\n");
    }

    @Test
    void linksToDirectoriesInsideADirectoryAreNotFollowed() throws Exception {
      Path top = Files.createDirectory(dir.resolve("top"));
      Files.copy(Path.of(scenario("icb-strong.json")), top.resolve("a.json"));
      Files.createSymbolicLink(top.resolve("loop"), top);
      var r = run("validate", top.toString());
      assertThat(r.exit()).isZero();
      assertThat(r.out()).endsWith("1 file: 1 valid, 0 invalid (0 problems)\n");
    }
  }

  @Nested
  class Reports {
    @Test
    void aJsonReportWrittenIntoTheInputDirectoryIsNotReadOnTheNextRun() throws Exception {
      submission("a.json");
      submission("b.json");
      var first = run("assess", dir.toString(), "-f", "json", "-o", dir.resolve("reports.json").toString());
      assertThat(first.exit()).isZero();
      var one = run("assess", dir.resolve("a.json").toString(), "-f", "json", "-o", dir.resolve("a-report.json").toString());
      assertThat(one.exit()).isZero();
      var second = run("assess", dir.toString(), "-f", "csv");
      assertThat(second.exit()).isZero();
      assertThat(second.err()).isEmpty();
      assertThat(second.out().lines().toList()).hasSize(3);
      var validate = run("validate", dir.toString());
      assertThat(validate.out()).endsWith("2 files: 2 valid, 0 invalid (0 problems)\n");
    }

    @Test
    void aReportNamedOnTheCommandLineIsRefusedAsNotASubmission() throws Exception {
      Path report = dir.resolve("report.json");
      assertThat(run("assess", scenario("icb-strong.json"), "-f", "json", "-o", report.toString()).exit()).isZero();
      var r = run("validate", report.toString());
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.out()).contains(report + ": $: is a report written by charter assess (charter-assurance-report/1),"
          + " not a submission; `charter diff` compares two reports\n");
    }

    @Test
    void aSubmissionThatOnlyMentionsTheFormatIsStillRead() throws Exception {
      String json = Files.readString(Path.of(scenario("icb-strong.json")));
      Path file = Files.writeString(dir.resolve("mentions.json"),
          json.replaceFirst("\\{", "{\"x\": \"\\\\\"format\\\\\": \\\\\"charter-assurance-report/1\\\\\"\","));
      var r = run("validate", dir.toString());
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.out()).contains(file + ":").contains("unknown property \"x\"");
    }
  }

  @Test
  void theBatchOrderIsPathOrderWithinEachDirectory() throws Exception {
    Path sub = Files.createDirectory(dir.resolve("m"));
    for (String name : List.of("z.json", "a.yaml", "m/b.json", "c.yml")) {
      Files.copy(Path.of(scenario("icb-strong.json")), dir.resolve(name));
    }
    var r = run("validate", dir.toString());
    assertThat(r.out().lines().limit(4).toList()).containsExactly(dir.resolve("a.yaml") + ": valid",
        dir.resolve("c.yml") + ": valid", sub.resolve("b.json") + ": valid", dir.resolve("z.json") + ": valid");
  }
}
