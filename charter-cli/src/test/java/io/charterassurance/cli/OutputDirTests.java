package io.charterassurance.cli;

import static io.charterassurance.cli.Cli.run;
import static io.charterassurance.cli.Cli.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import io.charterassurance.report.ReportFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code charter assess --format a,b,c --output-dir DIR}: several formats from one run, one file each. */
class OutputDirTests {
  @TempDir Path dir;

  /** The files in a directory, hidden ones included, by name. */
  static List<String> names(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Nested
  class OneSubmission {
    @Test
    @DisplayName("Three formats give three files named after the organisation's code, each the bytes a run of its own gives")
    void threeFormatsGiveThreeFilesEachAsARunOfItsOwn() throws IOException {
      Path out = dir.resolve("out");
      var r = run("assess", scenario("icb-strong.json"), "--format", "json,html,csv", "--output-dir", out.toString());
      assertThat(r.exit()).isZero();
      assertThat(r.out()).isEmpty();
      assertThat(names(out)).containsExactly("QMF.csv", "QMF.html", "QMF.json");
      for (String format : List.of("json", "html", "csv")) {
        String alone = run("assess", scenario("icb-strong.json"), "--format", format).out();
        assertThat(Files.readString(out.resolve("QMF." + format), StandardCharsets.UTF_8)).as(format).isEqualTo(alone);
      }
      assertThat(r.err()).isEqualTo("charter: wrote " + out.resolve("QMF.json") + ", " + out.resolve("QMF.html") + ", "
          + out.resolve("QMF.csv") + "\n");
    }

    @Test
    @DisplayName("Every format has its usual extension, and a format named twice is written once")
    void everyFormatHasItsExtension() throws IOException {
      var r = run("assess", scenario("trust-strong.json"), "-f", "text,json,html,csv,junit,sarif,JSON", "--output-dir",
          dir.toString());
      assertThat(r.exit()).isZero();
      assertThat(names(dir)).containsExactly("RQX.csv", "RQX.html", "RQX.json", "RQX.sarif", "RQX.txt", "RQX.xml");
      assertThat(ReportFormat.values()).hasSize(6);
    }
  }

  @Nested
  class SeveralSubmissions {
    @Test
    @DisplayName("Each organisation gets its files; a second report of one organisation is -2; an invalid one is named after its file")
    void namesAreTheCodesThenNumberedThenTheInvalidFile() throws IOException {
      Path broken = Files.writeString(dir.resolve("broken.json"), "{\"organisation\": ");
      Path out = dir.resolve("reports");
      var r = run("assess", scenario("icb-strong.json"), scenario("trust-strong.json"), scenario("icb-weak.json"),
          scenario("icb-waived.json"), broken.toString(), "--format", "json,csv", "--output-dir", out.toString());
      assertThat(r.exit()).as(r.err()).isEqualTo(2);
      assertThat(names(out)).containsExactly("Q99.csv", "Q99.json", "QMF-2.csv", "QMF-2.json", "QMF.csv", "QMF.json",
          "RQX.csv", "RQX.json", "broken-invalid.csv", "broken-invalid.json");
      assertThat(Files.readString(out.resolve("QMF-2.json"))).contains("\"code\" : \"QMF\"");
      assertThat(Files.readString(out.resolve("broken-invalid.csv"))).contains(",no,");
      assertThat(r.err()).startsWith("charter: wrote " + out.resolve("QMF.json") + ", ")
          .contains("charter: 1 of 5 submissions could not be assessed:");
    }

    @Test
    @DisplayName("The same run gives the same names and bytes")
    void theSameRunGivesTheSameFiles() throws IOException {
      Path a = dir.resolve("a");
      Path b = dir.resolve("b");
      run("assess", scenario("icb-strong.json"), scenario("icb-waived.json"), "-f", "html", "--output-dir", a.toString());
      run("assess", scenario("icb-strong.json"), scenario("icb-waived.json"), "-f", "html", "--output-dir", b.toString());
      assertThat(names(a)).containsExactly("QMF-2.html", "QMF.html").isEqualTo(names(b));
      assertThat(Files.readAllBytes(a.resolve("QMF-2.html"))).isEqualTo(Files.readAllBytes(b.resolve("QMF-2.html")));
    }

    @Test
    @DisplayName("A report never replaces an input: a name that would is numbered instead")
    void aNameThatWouldReplaceAnInputIsNumbered() throws IOException {
      Path input = Files.copy(Path.of(scenario("icb-strong.json")), dir.resolve("QMF.json"));
      var r = run("assess", input.toString(), "-f", "json", "--output-dir", dir.toString());
      assertThat(r.exit()).isZero();
      assertThat(names(dir)).containsExactly("QMF-2.json", "QMF.json");
      assertThat(Files.readString(input)).doesNotContain("charter-assurance-report");
    }
  }

  @Nested
  class Refusals {
    @Test
    @DisplayName("--output with several formats is a usage error that says to use --output-dir, and writes nothing")
    void outputWithSeveralFormatsIsAUsageError() throws IOException {
      var r = run("assess", scenario("icb-strong.json"), "--format", "json,html", "--output", dir.resolve("r.json").toString());
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).isEqualTo("charter: --output writes one file, but --format json,html names 2 formats;"
          + " use --output-dir DIR to write one file per format\nSee 'charter assess --help'.\n");
      assertThat(names(dir)).isEmpty();
    }

    @Test
    @DisplayName("Several formats to standard output are a usage error")
    void severalFormatsToStdoutAreAUsageError() {
      var r = run("assess", scenario("icb-strong.json"), "--format", "json,html");
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).contains("use --output-dir DIR to write one file per format");
    }

    @Test
    @DisplayName("A file given as the directory is refused before anything is assessed")
    void aFileIsNotADirectory() throws IOException {
      Path file = Files.writeString(dir.resolve("file"), "x");
      var r = run("assess", scenario("icb-strong.json"), "-f", "json,csv", "--output-dir", file.toString());
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).isEqualTo("charter: cannot write into " + file + ": it is not a directory\n");
    }

    @Test
    @DisplayName("A directory whose parent does not exist is refused; one that does not exist is created")
    void aMissingParentIsRefused() throws IOException {
      var r = run("assess", scenario("icb-strong.json"), "--output-dir", dir.resolve("no/such").toString());
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).contains("its parent directory does not exist");
      assertThat(run("assess", scenario("icb-strong.json"), "--output-dir", dir.resolve("new").toString()).exit()).isZero();
      assertThat(names(dir.resolve("new"))).containsExactly("QMF.txt");
    }

    @Test
    @DisplayName("When one file cannot be written, none is put in place and no temporary remains")
    void aFailureLeavesNoFiles() throws IOException {
      Files.createDirectory(dir.resolve("RQX.html")); // the second submission's HTML cannot replace a directory
      var r = run("assess", scenario("icb-strong.json"), scenario("trust-strong.json"), "-f", "json,html",
          "--output-dir", dir.toString());
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).startsWith("charter: cannot write " + dir.resolve("RQX.html") + ": it is a directory");
      assertThat(names(dir)).containsExactly("RQX.html");
      assertThat(names(dir.resolve("RQX.html"))).isEmpty();
    }
  }
}
