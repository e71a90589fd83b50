package io.charterassurance.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.charterassurance.model.evidence.Volunteering;
import io.charterassurance.model.submission.Submission;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input at the reading boundary: whatever a file holds, the reader answers in bounded time
 * and memory with violations a person can act on, and never lets through a value that later code
 * cannot handle. (Each kind of bad document also has an {@code invalid-*} fixture; these are the
 * cases that need special files, generated sizes, clocks or code-built submissions.)
 */
class HostileInputTests {
  private static final SubmissionReader READER = SubmissionReaderTests.READER;

  private static String minimalJson() {
    try {
      return Files.readString(Fixtures.file("valid-minimal-board.json"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String minimalYaml() {
    try {
      return Files.readString(Fixtures.file("valid-minimal-board.yaml"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Violation onlyViolation(ReadResult result) {
    assertThat(result.violations()).hasSize(1);
    return result.violations().get(0);
  }

  private static ReadResult read(String name, String document) {
    return READER.read(name, document.getBytes(StandardCharsets.UTF_8));
  }

  @Nested
  class SpecialFiles {
    @TempDir Path dir;

    @Test
    void aNamedPipeIsRefusedWithoutBeingOpened() throws Exception {
      Path pipe = dir.resolve("pipe.json");
      Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
      assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available here");
      ReadResult result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> READER.read(pipe));
      assertThat(onlyViolation(result).message())
          .isEqualTo("is a named pipe (FIFO), not a regular file; a submission is read only from a regular file");
    }

    @Test
    void aLinkToDevZeroIsRefusedWithoutReadingIt() throws IOException {
      Path zero = Path.of("/dev/zero");
      assumeTrue(Files.exists(zero), "no /dev/zero here");
      Path link = Files.createSymbolicLink(dir.resolve("zero.json"), zero);
      ReadResult result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> READER.read(link));
      assertThat(onlyViolation(result).message())
          .isEqualTo("is a link to /dev/zero, which is a device, not a regular file; a submission is read only from a regular file");
    }

    @Test
    void aDeviceIsRefused() {
      Path devNull = Path.of("/dev/null");
      assumeTrue(Files.exists(devNull), "no /dev/null here");
      assertThat(onlyViolation(READER.read(devNull)).message())
          .isEqualTo("is a device, not a regular file; a submission is read only from a regular file");
    }

    @Test
    void aLinkToADirectoryIsRefused() throws IOException {
      Path target = Files.createDirectory(dir.resolve("folder"));
      Path link = Files.createSymbolicLink(dir.resolve("folder.json"), target);
      assertThat(onlyViolation(READER.read(link)).message())
          .isEqualTo("is a link to " + target.toRealPath() + ", which is a directory, not a submission file");
    }

    @Test
    void aBrokenLinkSaysWhatIsMissing() throws IOException {
      Path link = Files.createSymbolicLink(dir.resolve("broken.json"), dir.resolve("gone.json"));
      assertThat(onlyViolation(READER.read(link)).message())
          .isEqualTo("is a link to " + dir.resolve("gone.json") + ", which does not exist");
    }

    @Test
    void aLinkToASubmissionIsReadAsTheSubmission() throws IOException {
      Path link = Files.createSymbolicLink(dir.resolve("link.json"), Fixtures.file("valid-minimal-board.json"));
      assertThat(READER.read(link).isValid()).isTrue();
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedWithoutBeingRead() throws IOException {
      Path big = dir.resolve("big.json");
      try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
        file.setLength(CharterJson.MAX_DOCUMENT_BYTES + 1); // sparse: no 16 MiB written
      }
      assertThat(onlyViolation(READER.read(big)).message())
          .isEqualTo("is 16777217 bytes; the largest submission accepted is 16777216 bytes (16 MiB)");
    }
  }

  @Nested
  class Encoding {
    @Test
    void aByteOrderMarkIsAccepted() {
      byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
      byte[] json = minimalJson().getBytes(StandardCharsets.UTF_8);
      byte[] both = new byte[bom.length + json.length];
      System.arraycopy(bom, 0, both, 0, bom.length);
      System.arraycopy(json, 0, both, bom.length, json.length);
      assertThat(READER.read("submission", both).isValid()).isTrue();
    }

    @Test
    void anInvalidByteIsLocatedByLineAndColumnToo() {
      Violation v = onlyViolation(READER.read(Fixtures.file("invalid-windows-1252.json")));
      assertThat(v.line()).isEqualTo(25);
      assertThat(v.column()).isEqualTo(36);
    }
  }

  @Nested
  class Yaml {
    @Test
    void aOneMegabyteValueOnOneLineIsRefusedBeforeParsing() {
      String yaml = minimalYaml().replace("title: Volunteering in Tower Hamlets 2025/26", "title: " + "x".repeat(1_000_000));
      Violation v = onlyViolation(read("long.yaml", yaml));
      assertThat(v.path()).isEqualTo("$");
      assertThat(v.line()).isEqualTo(12);
      assertThat(v.message()).isEqualTo("exceeds the input limits: this line of YAML has 1,000,013 characters, and a line"
          + " may have at most 120,000 (a text value at most 100,000); write long text over several lines");
    }

    @Test
    void aOneMegabyteValueOverManyLinesIsRefusedAtItsPath() {
      String yaml = minimalYaml().replace("title: Volunteering in Tower Hamlets 2025/26",
          "title: " + "xxxxxxxxx\n        ".repeat(100_000));
      Violation v = onlyViolation(read("folded.yaml", yaml));
      assertThat(v.path()).isEqualTo("$.evidence[0].provenance.title");
      assertThat(v.message()).isEqualTo("exceeds the input limits: a text value may have at most 100,000 characters");
    }

    @Test
    void aFifteenMegabytePlainValueIsRefusedQuickly() {
      String yaml = "title: " + "x".repeat(15_000_000);
      ReadResult result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> read("huge.yaml", yaml));
      assertThat(onlyViolation(result).message()).startsWith("exceeds the input limits: this line of YAML has 15,000,007");
    }

    @Test
    void anAliasIsRefusedAtTheAliasItself() {
      Violation v = onlyViolation(READER.read(Fixtures.file("invalid-yaml-alias.yaml")));
      assertThat(v.line()).as("the line of approvedBy: *t").isEqualTo(15);
      assertThat(v.column()).as("the column of *t").isEqualTo(19);
    }

    @Test
    void anAliasBombIsRefusedAtItsFirstAnchor() {
      StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
      for (int i = 1; i < 30; i++) {
        yaml.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a").append(i - 1)
            .append("]\n");
      }
      Violation v = onlyViolation(read("bomb.yaml", yaml.toString()));
      assertThat(v.path()).startsWith("$.a0");
      assertThat(v.message()).isEqualTo("has the YAML anchor &a0; YAML anchors and aliases are not accepted: write each"
          + " value out in full");
    }

    @Test
    void theJsonLimitsOnNamesNumbersAndNestingHoldForYamlToo() {
      assertThat(onlyViolation(read("name.yaml", minimalYaml().replace("volunteers: 2300", "v" + "x".repeat(300) + ": 2300"))))
          .satisfies(v -> assertThat(v.path()).isEqualTo("$.evidence[0]"))
          .satisfies(v -> assertThat(v.message()).isEqualTo("exceeds the input limits: a property name may have at most 200 characters"));
      assertThat(onlyViolation(read("number.yaml", minimalYaml().replace("volunteers: 2300", "volunteers: " + "9".repeat(60)))))
          .satisfies(v -> assertThat(v.path()).isEqualTo("$.evidence[0].volunteers"))
          .satisfies(v -> assertThat(v.message()).isEqualTo("exceeds the input limits: a number may have at most 50 digits"));
      assertThat(onlyViolation(read("deep.yaml", minimalYaml() + "deep: " + "[".repeat(100) + "]".repeat(100) + "\n")).message())
          .isEqualTo("exceeds the input limits: values may be nested at most 64 levels deep");
    }
  }

  @Nested
  class Lists {
    @Test
    void moreThanTenThousandEvidenceItemsAreRefusedWhileParsing() throws IOException {
      ObjectNode root = (ObjectNode) CharterJson.json().readTree(minimalJson());
      ArrayNode evidence = (ArrayNode) root.get("evidence");
      JsonNode item = evidence.get(0);
      for (int i = 1; i <= 10_000; i++) {
        evidence.add(((ObjectNode) item.deepCopy()).put("id", "volunteering-" + i));
      }
      Violation v = onlyViolation(READER.read("many.json", CharterJson.json().writeValueAsBytes(root)));
      assertThat(v.path()).isEqualTo("$.evidence[10000]");
      assertThat(v.message()).isEqualTo("exceeds the input limits: a submission may hold at most 10,000 evidence items");
    }

    @Test
    void anyOtherListOfMoreThanAThousandItemsIsRefusedWhileParsing() throws IOException {
      ObjectNode root = (ObjectNode) CharterJson.json().readTree(Fixtures.file("valid-every-kind.json").toFile());
      ArrayNode factors = (ArrayNode) root.get("evidence").get(1).get("assetsProfile").get("protectiveFactors");
      for (int i = 0; i < 1_000; i++) {
        factors.add("");
      }
      Violation v = onlyViolation(READER.read("factors.json", CharterJson.json().writeValueAsBytes(root)));
      assertThat(v.path()).isEqualTo("$.evidence[1].assetsProfile.protectiveFactors[1000]");
      assertThat(v.message()).isEqualTo("exceeds the input limits: a list may hold at most 1,000 items");
    }
  }

  @Nested
  class Numbers {
    @Test
    void aHugeExponentNeverReachesTheModelInYamlOrJson() {
      ReadResult json = READER.read(Fixtures.file("invalid-number-huge-exponent.json"));
      ReadResult yaml = READER.read(Fixtures.file("invalid-yaml-number-huge-exponent.yaml"));
      assertThat(json.submission()).isNull();
      assertThat(yaml.submission()).isNull();
      assertThat(onlyViolation(json).line()).isEqualTo(26);
    }

    @Test
    void everyNumberThatIsReadCanBeWrittenOutInFull() {
      Submission every = READER.read(Fixtures.file("valid-every-kind.json")).valid().orElseThrow();
      Volunteering v = every.evidence().stream().filter(Volunteering.class::isInstance).map(Volunteering.class::cast)
          .findFirst().orElseThrow();
      assertThat(v.hoursPerYear().toPlainString()).hasSizeLessThan(20);
    }
  }

  @Nested
  class Text {
    @Test
    void aViolationQuotingTheInputIsAlwaysOneSafeLine() {
      Violation v = onlyViolation(READER.read(Fixtures.file("invalid-control-characters-in-a-property-name.json")));
      assertThat(v.toString()).doesNotContain("\u001b", "\u0007").contains("<U+001B>]0;pwned<U+0007>volunteers");
    }
  }
}
