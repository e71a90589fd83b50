package io.charterassurance.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.charterassurance.model.evidence.AssetsProfile;
import io.charterassurance.model.evidence.Evaluation;
import io.charterassurance.model.evidence.EvaluationMethod;
import io.charterassurance.model.evidence.Evidence;
import io.charterassurance.model.evidence.NeedsAssetsAssessment;
import io.charterassurance.model.evidence.AssessmentType;
import io.charterassurance.model.evidence.Provenance;
import io.charterassurance.model.evidence.Volunteering;
import io.charterassurance.model.submission.Submission;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Collectors;
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

  private static Submission minimal() {
    return READER.read(Fixtures.file("valid-minimal-board.json")).valid().orElseThrow().submission();
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
          .isEqualTo("is a named pipe, not a regular file; a submission is read only from a regular file");
    }

    @Test
    void aLinkToDevZeroIsRefusedWithoutReadingIt() throws IOException {
      Path zero = Path.of("/dev/zero");
      assumeTrue(Files.exists(zero), "no /dev/zero here");
      Path link = Files.createSymbolicLink(dir.resolve("zero.json"), zero);
      ReadResult result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> READER.read(link));
      assertThat(onlyViolation(result).message())
          .isEqualTo("is a link to /dev/zero, which is a character device, not a regular file; a submission is read only from a regular file");
    }

    @Test
    void aDeviceIsRefused() {
      Path devNull = Path.of("/dev/null");
      assumeTrue(Files.exists(devNull), "no /dev/null here");
      assertThat(onlyViolation(READER.read(devNull)).message())
          .isEqualTo("is a character device, not a regular file; a submission is read only from a regular file");
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
      Submission every = READER.read(Fixtures.file("valid-every-kind.json")).valid().orElseThrow().submission();
      Volunteering v = every.evidence().stream().filter(Volunteering.class::isInstance).map(Volunteering.class::cast)
          .findFirst().orElseThrow();
      assertThat(v.hoursPerYear().toPlainString()).hasSizeLessThan(20);
    }
  }

  @Nested
  class TimeZones {
    /** 23:30 on 30 June 2026 in UTC is 00:30 on 1 July in London (BST). */
    private final Instant lateOnTheThirtieth = Instant.parse("2026-06-30T23:30:00Z");

    private Submission asAt(LocalDate asAt) {
      Submission s = minimal();
      return new Submission(s.organisation(), asAt, s.period(), s.evidence(), s.waivers());
    }

    private List<String> asAtProblems(SubmissionReader reader, LocalDate asAt) {
      return reader.validate(asAt(asAt), "in code").stream()
          .filter(v -> v.path().equals("$.asAt")).map(Violation::message).toList();
    }

    @Test
    void todayIsDecidedInLondonWhateverTheClocksZone() {
      for (String zone : List.of("UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago", "America/Los_Angeles")) {
        SubmissionReader reader = SubmissionReader.create(Clock.fixed(lateOnTheThirtieth, ZoneId.of(zone)));
        assertThat(asAtProblems(reader, LocalDate.parse("2026-07-01"))).as("1 July, with a clock in %s", zone).isEmpty();
        assertThat(asAtProblems(reader, LocalDate.parse("2026-07-02"))).as("2 July, with a clock in %s", zone)
            .containsExactly("must not be in the future (found 2026-07-02; today is 2026-07-01 in the UK, on Europe/London time)");
      }
    }

    @Test
    void theMachinesDefaultTimeZoneDoesNotMatter() {
      TimeZone saved = TimeZone.getDefault();
      try {
        for (String zone : List.of("Pacific/Kiritimati", "Pacific/Pago_Pago")) {
          TimeZone.setDefault(TimeZone.getTimeZone(zone));
          SubmissionReader reader = SubmissionReader.create();
          LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
          assertThat(asAtProblems(reader, today)).as("today in London, on a machine in %s", zone).isEmpty();
          assertThat(asAtProblems(reader, today.plusDays(2))).as("the day after tomorrow, on a machine in %s", zone)
              .hasSize(1);
        }
      } finally {
        TimeZone.setDefault(saved);
      }
    }
  }

  @Nested
  class Scale {
    @Test
    void tenThousandItemsSharingOneIdGiveAHundredViolationsAndOneCount() {
      Submission s = minimal();
      Submission shared = new Submission(s.organisation(), s.asAt(), s.period(),
          Collections.nCopies(10_000, s.evidence().get(0)), List.of());
      List<Violation> violations = READER.validate(shared, "shared");
      assertThat(violations).filteredOn(v -> v.message().startsWith("duplicates the id")).hasSize(100);
      assertThat(violations).filteredOn(v -> v.path().equals("$.evidence")).singleElement()
          .satisfies(v -> assertThat(v.message()).isEqualTo("has 9999 items whose id repeats an earlier item's; the first 100"
              + " are listed, and the other 9899 must be given unique ids too"));
      assertThat(violations).hasSize(101);
    }

    @Test
    void tenThousandFaultyItemsAreEachReportedInLinearTime() {
      Provenance empty = new Provenance(" ", null, null, null, null, null, false, null, null);
      List<Evidence> faulty = new ArrayList<>();
      for (int i = 0; i < 10_000; i++) {
        faulty.add(new Volunteering(null, empty, null, null, null, null, null));
      }
      Submission s = minimal();
      Submission many = new Submission(s.organisation(), s.asAt(), s.period(), faulty, List.of());
      List<Violation> violations = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> READER.validate(many, "many"));
      assertThat(violations).filteredOn(v -> v.path().endsWith(".provenance.status")).hasSize(10_000);
      assertThat(violations).hasSize(10_000 * 7);
    }

    @Test
    void unknownIdsTooLongToBeIdsGetNoSuggestionSoTheyCannotMakeValidationSlow() {
      Submission s = minimal();
      Provenance provenance = s.evidence().get(0).provenance();
      String longId = "a".repeat(100_000);
      List<Evidence> evidence = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        evidence.add(new Evaluation(longId + i, provenance, EvaluationMethod.ACADEMIC_STUDY, longId + "x", "A university",
            false, null, List.of()));
      }
      Submission submission = new Submission(s.organisation(), s.asAt(), s.period(), evidence, List.of());
      List<Violation> violations = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> READER.validate(submission, "ids"));
      assertThat(violations).filteredOn(v -> v.message().startsWith("names no evidence item")).hasSize(200)
          .noneMatch(v -> v.message().contains("did you mean"))
          .allMatch(v -> v.message().contains("… (100,001 characters)"));
    }
  }

  @Nested
  class Text {
    private Submission withFactors(List<String> factors) {
      Submission s = minimal();
      Provenance provenance = s.evidence().get(0).provenance();
      List<Evidence> evidence = new ArrayList<>(s.evidence());
      evidence.add(new NeedsAssetsAssessment("jsnaa", provenance, AssessmentType.JSNAA,
          new AssetsProfile(1, 1, 1, factors, Map.of(), List.of()), false, List.of()));
      evidence.add(s.evidence().get(0));
      return new Submission(s.organisation(), s.asAt().plusYears(1), s.period(), evidence, List.of());
    }

    @Test
    void aSubmissionBuiltInCodeIsCheckedLikeOneRead() {
      List<Violation> violations = READER.validate(withFactors(List.of("green space", "parks\u001b[2J")), "in code");
      assertThat(violations).extracting(Violation::toString)
          .contains("in code: $.evidence[1].assetsProfile.protectiveFactors[1]: contains the control character U+001B"
              + " (escape) at character 6; remove it");
    }

    @Test
    void moreThanAHundredTextsWithRefusedCharactersAreCountedInOneLine() {
      List<String> factors = Collections.nCopies(150, "\u202egreen space");
      List<Violation> violations = READER.validate(withFactors(factors), "in code");
      assertThat(violations).filteredOn(v -> v.message().startsWith("contains the bidirectional")).hasSize(100);
      assertThat(violations).filteredOn(v -> v.path().equals("$")).singleElement()
          .satisfies(v -> assertThat(v.message()).isEqualTo("has 150 texts holding characters that are not accepted;"
              + " the first 100 are listed, and the other 50 must be corrected too"));
    }

    /** Bean Validation run directly (as a framework would) reports what the reader reports, at the same paths. */
    @Test
    void aPlainValidatorReportsTheSameProblemsAtTheSamePaths() {
      Submission submission = withFactors(List.of("green space", "parks\u0000"));
      Clock clock = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneId.of("UTC"));
      try (ValidatorFactory factory = Validation.byDefaultProvider().configure().clockProvider(() -> clock)
          .buildValidatorFactory()) {
        List<String> direct = factory.getValidator().validate(submission).stream()
            .map(v -> SubmissionReader.jsonPath(v.getPropertyPath()) + ": " + v.getMessage()).sorted().toList();
        List<String> read = READER.validate(submission, "in code").stream()
            .map(v -> v.path() + ": " + v.message()).sorted().toList();
        assertThat(direct).isEqualTo(read).anyMatch(line -> line.startsWith("$.evidence[1].assetsProfile.protectiveFactors[1]: "))
            .anyMatch(line -> line.startsWith("$.evidence[2].id: duplicates")).anyMatch(line -> line.startsWith("$.asAt: "));
      }
    }

    @Test
    void aViolationQuotingTheInputIsAlwaysOneSafeLine() {
      Violation v = onlyViolation(READER.read(Fixtures.file("invalid-control-characters-in-a-property-name.json")));
      assertThat(v.toString()).doesNotContain("\u001b", "\u0007").contains("<U+001B>]0;pwned<U+0007>volunteers");
    }
  }

  /**
   * Whatever field is missing, null, or a null in a list, anywhere in a submission of every kind,
   * reading gives ordinary violations: no validator meets a state it cannot handle.
   */
  @Nested
  class MissingAndNull {
    @Test
    void everyFieldMissingOrNullAndEveryListWithANullGiveViolationsNotExceptions() throws IOException {
      JsonNode every = CharterJson.json().readTree(Fixtures.file("valid-every-kind.json").toFile());
      List<String> failures = new ArrayList<>();
      int[] mutants = {0};
      mutate(every, every, "$", (mutant, description) -> {
        mutants[0]++;
        try {
          ReadResult result = READER.read("mutant.json", CharterJson.json().writeValueAsBytes(mutant));
          if (result.submission() != null) {
            READER.validate(result.submission(), "again");
          }
        } catch (RuntimeException | IOException e) {
          failures.add(description + ": " + e);
        }
      });
      assertThat(mutants[0]).isGreaterThan(500);
      assertThat(failures).isEmpty();
    }

    private interface Check {
      void accept(JsonNode mutant, String description) throws IOException;
    }

    /** Calls {@code check} with a copy of {@code root} for each field removed, each field set to null and each list given a null. */
    private void mutate(JsonNode root, JsonNode node, String path, Check check) throws IOException {
      if (node instanceof ObjectNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
          JsonNode saved = object.get(name);
          object.remove(name);
          check.accept(root.deepCopy(), path + "." + name + " missing");
          object.putNull(name);
          check.accept(root.deepCopy(), path + "." + name + " null");
          object.set(name, saved);
          mutate(root, saved, path + "." + name, check);
        }
        // remove(name) and set(name) keep the order of the other fields but move this one last: restore it.
        reorder(object, names);
      } else if (node instanceof ArrayNode array) {
        array.insertNull(0);
        check.accept(root.deepCopy(), path + " with a null first");
        array.remove(0);
        for (int i = 0; i < array.size(); i++) {
          mutate(root, array.get(i), path + "[" + i + "]", check);
        }
      }
    }

    private void reorder(ObjectNode object, List<String> names) {
      Map<String, JsonNode> fields = names.stream().collect(Collectors.toMap(n -> n, object::get, (a, b) -> a,
          java.util.LinkedHashMap::new));
      object.removeAll();
      fields.forEach(object::set);
    }
  }
}
