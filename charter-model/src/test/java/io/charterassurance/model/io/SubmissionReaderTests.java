package io.charterassurance.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.charterassurance.model.evidence.AssetMap;
import io.charterassurance.model.evidence.AssetsProfile;
import io.charterassurance.model.evidence.BudgetLine;
import io.charterassurance.model.evidence.CommunityDevelopmentStrategy;
import io.charterassurance.model.evidence.Evaluation;
import io.charterassurance.model.evidence.EvaluationMethod;
import io.charterassurance.model.evidence.Evidence;
import io.charterassurance.model.evidence.HealthwatchReport;
import io.charterassurance.model.evidence.InvolvementStatement;
import io.charterassurance.model.evidence.NeedsAssetsAssessment;
import io.charterassurance.model.evidence.NeighbourhoodPartnership;
import io.charterassurance.model.evidence.Provenance;
import io.charterassurance.model.evidence.QualityAccountSection;
import io.charterassurance.model.evidence.SocialValuePolicy;
import io.charterassurance.model.evidence.Timebank;
import io.charterassurance.model.evidence.Volunteering;
import io.charterassurance.model.organisation.Organisation;
import io.charterassurance.model.organisation.OrganisationKind;
import io.charterassurance.model.organisation.Predecessor;
import io.charterassurance.model.submission.AssurerKind;
import io.charterassurance.model.submission.Period;
import io.charterassurance.model.submission.Submission;
import io.charterassurance.model.submission.Waiver;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading submissions at the boundary: valid fixtures read cleanly, and each {@code invalid-*}
 * fixture is rejected with exactly the paths and messages its {@code .expected} file lists.
 */
class SubmissionReaderTests {
  /** Fixtures are dated up to 2026; "not in the future" is judged on 1 December 2026. */
  static final SubmissionReader READER =
      SubmissionReader.create(Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC));

  @TestFactory
  Stream<DynamicTest> everyValidFixtureReadsWithoutViolations() {
    return Fixtures.named("valid-").stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      ReadResult result = READER.read(file);
      assertThat(result.violations()).isEmpty();
      assertThat(result.isValid()).isTrue();
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyInvalidFixtureIsRejectedWithItsPathAndMessage() {
    List<Path> fixtures = Fixtures.named("invalid-");
    assertThat(fixtures).hasSizeGreaterThan(20);
    return fixtures.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      String name = file.getFileName().toString();
      Path expectedFile = file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected");
      List<String[]> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8).stream()
          .filter(line -> !line.isBlank())
          .map(line -> line.split(" :: ", 2))
          .toList();
      ReadResult result = READER.read(file);
      assertThat(result.isValid()).isFalse();
      assertThat(result.violations()).extracting(Violation::path)
          .as("paths of %s", result.violations())
          .containsExactlyElementsOf(expected.stream().map(e -> e[0]).toList());
      for (int i = 0; i < expected.size(); i++) {
        Violation v = result.violations().get(i);
        assertThat(v.message()).as("message at %s", v.path()).contains(expected.get(i)[1]);
        assertThat(v.source()).isEqualTo(file.toString());
        assertThat(v.toString()).startsWith(file.toString()).contains(v.path() + ": ");
      }
    }));
  }

  @Nested
  class Formats {
    @Test
    void yamlAndJsonOfTheSameSubmissionReadEqual() {
      ReadResult json = READER.read(Fixtures.file("valid-minimal-board.json"));
      ReadResult yaml = READER.read(Fixtures.file("valid-minimal-board.yaml"));
      assertThat(yaml.submission()).isEqualTo(json.submission());
      assertThat(json.submission().evidence()).singleElement().isInstanceOf(Volunteering.class);
    }

    @Test
    void aFileWithoutAnExtensionIsJudgedByItsFirstCharacter(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("submission");
      Files.copy(Fixtures.file("valid-minimal-board.yaml"), file);
      assertThat(READER.read(file).isValid()).isTrue();
    }

    @Test
    void aMisspeltPropertyIsReportedOnItsOwnLine() {
      Violation v = READER.read(Fixtures.file("invalid-misspelt-property.json")).violations().get(0);
      assertThat(v.line()).as("the line of coProduce").isEqualTo(23);
    }

    @Test
    void parseErrorsCarryTheLine() {
      Violation v = READER.read(Fixtures.file("invalid-not-well-formed.json")).violations().get(0);
      assertThat(v.line()).isEqualTo(1);
      assertThat(v.column()).isPositive();
    }

    @Test
    void yamlMappingErrorsCarryTheLine() {
      Violation v = READER.read(Fixtures.file("invalid-yaml-misspelt-property.yaml")).violations().get(0);
      assertThat(v.line()).as("the line of hoursPerYr").isEqualTo(17);
    }
  }

  @Nested
  class Files_ {
    @TempDir Path dir;

    @Test
    void aMissingFileIsAViolationNotAnException() {
      Path missing = dir.resolve("missing.json");
      assertThat(READER.read(missing).violations()).singleElement()
          .hasToString(missing + ": $: no such file");
    }

    @Test
    void aDirectoryIsAViolation() {
      assertThat(READER.read(dir).violations()).singleElement()
          .satisfies(v -> assertThat(v.message()).isEqualTo("is a directory, not a submission file"));
    }

    @Test
    void anEmptyFileIsAViolation() throws IOException {
      Path empty = Files.writeString(dir.resolve("empty.json"), "");
      assertThat(READER.read(empty).violations()).singleElement()
          .satisfies(v -> assertThat(v.message()).startsWith("is empty"));
    }

    @Test
    void aDocumentOverTheSizeLimitIsRefusedBeforeParsing() {
      byte[] big = new byte[(int) CharterJson.MAX_DOCUMENT_BYTES + 1];
      assertThat(READER.read("big.json", big).violations()).singleElement()
          .satisfies(v -> assertThat(v.message()).startsWith("is " + big.length + " bytes"));
    }

    @Test
    void anOverlongStringIsRefused() {
      String title = "x".repeat(200_000);
      String doc = "{\"organisation\": {\"code\": \"E09000030\", \"name\": \"" + title + "\"}}";
      assertThat(READER.read("long.json", doc.getBytes(StandardCharsets.UTF_8)).violations()).singleElement()
          .satisfies(v -> assertThat(v.message()).startsWith("exceeds the input limits"));
    }
  }

  @Nested
  class Validation {
    @Test
    void violationsOfASubmissionBuiltInCodeUseJsonPaths() {
      var valid = READER.read(Fixtures.file("valid-minimal-board.json")).submission();
      Volunteering v = (Volunteering) valid.evidence().get(0);
      var negative = new Volunteering(v.id(), v.provenance(), -5, v.hoursPerYear(), v.satisfactionPercent(),
          v.surveyRespondents(), v.measures());
      var submission = new io.charterassurance.model.submission.Submission(valid.organisation(), valid.asAt(),
          valid.period(), List.of(negative), List.of());
      assertThat(READER.validate(submission, "in code")).singleElement()
          .hasToString("in code: $.evidence[0].volunteers: must not be negative (found -5)");
    }
  }
  /**
   * A submission built in code can hold nulls the field constraints forbid; the cross-field checks
   * must report the field problems, never throw.
   */
  @Nested
  class MissingFields {
    private final Provenance empty = new Provenance(null, null, null, null, null, null, true, null, null);

    private List<Evidence> everyCheckedKindWithNulls() {
      return List.of(
          new Evaluation(null, null, null, null, null, true, null, null),
          new Evaluation("e", empty, EvaluationMethod.INTERNAL_REVIEW, "nowhere", null, true, null, null),
          new NeighbourhoodPartnership(null, null, null, null, 5, false, null, null, null, null),
          new NeighbourhoodPartnership("n", empty, null, 3, null, false, null, null, null, null),
          new Timebank(null, null, null, null, 9, null),
          new SocialValuePolicy(null, null, null, 4, null, null),
          new HealthwatchReport(null, null, null, 2, false, null),
          new Volunteering(null, null, null, null, BigDecimal.TEN, null, null),
          new Volunteering("v", empty, null, null, null, 12, null),
          new AssetMap(null, null, null, 7, false, null, null),
          new AssetMap("m", empty, null, null, false, LocalDate.parse("2026-01-01"), null),
          new NeedsAssetsAssessment(null, null, null, new AssetsProfile(null, null, null, null, null, null), false, null),
          new CommunityDevelopmentStrategy(null, null, null, null, false, null, LocalDate.parse("2026-01-01"), null),
          new CommunityDevelopmentStrategy("c", empty, null, null, false, null, null, null),
          new QualityAccountSection(null, null, null, null, false, false, null, null, null),
          new QualityAccountSection("q", empty, "2024/25", null, false, false, null, null, null),
          new InvolvementStatement(null, null, null, false, null, null),
          new BudgetLine(null, null, null, null, null, false, null, null),
          new BudgetLine("b", empty, null, null, "2030/31", false, null, null));
    }

    private List<Waiver> waiversWithNulls() {
      return List.of(
          new Waiver(null, null, null, null, null, null, null, null, null, null),
          new Waiver(null, null, null, null, null, null, "08v", AssurerKind.ICB, null, null));
    }

    @Test
    void anOrganisationAndPredecessorsWithMissingFieldsGiveOrdinaryViolations() {
      Organisation organisation = new Organisation(null, null, null, null, 3, List.of(
          new Predecessor(null, null, null, null, null),
          new Predecessor("08V", null, null, null, null),
          new Predecessor("A3A8R", null, OrganisationKind.CCG, LocalDate.parse("2023-01-01"), null)));
      Submission submission = new Submission(organisation, null, null, everyCheckedKindWithNulls(), waiversWithNulls());
      assertThatCode(() -> READER.validate(submission, "in code")).doesNotThrowAnyException();
      assertThat(READER.validate(submission, "in code")).extracting(Violation::path)
          .contains("$.organisation.code", "$.organisation.predecessors[0].code", "$.asAt", "$.evidence[0].id");
    }

    @Test
    void withACodeAndAnAsAtDateTheRegistryAndDateChecksAreNullSafeToo() {
      Organisation organisation = new Organisation("08V", "NHS Tower Hamlets CCG", null, null, null, List.of(
          new Predecessor(null, null, OrganisationKind.CCG, LocalDate.parse("2023-01-01"), null),
          new Predecessor("08W", null, null, null, null)));
      Submission submission = new Submission(organisation, LocalDate.parse("2026-03-31"),
          new Period(null, null), everyCheckedKindWithNulls(), waiversWithNulls());
      assertThatCode(() -> READER.validate(submission, "in code")).doesNotThrowAnyException();
      assertThat(READER.validate(submission, "in code")).extracting(Violation::path)
          .contains("$.organisation", "$.organisation.kind", "$.waivers[1].approverKind");
    }
  }

  @Nested
  class Scale {
    @Test
    void tenThousandEvaluationsOfUnknownItemsAreCheckedQuicklyWithAFewSuggestions() {
      var valid = READER.read(Fixtures.file("valid-minimal-board.json")).submission();
      Provenance provenance = valid.evidence().get(0).provenance();
      List<Evidence> evidence = new java.util.ArrayList<>();
      for (int i = 0; i < 10_000; i++) {
        evidence.add(new Evaluation("evaluation-" + i, provenance, EvaluationMethod.ACADEMIC_STUDY,
            "evaluation-" + i + "x", "A university", false, null, List.of()));
      }
      Submission large = new Submission(valid.organisation(), valid.asAt(), valid.period(), evidence, List.of());
      List<Violation> violations = assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
          () -> READER.validate(large, "large"));
      assertThat(violations).hasSize(10_000);
      assertThat(violations).filteredOn(v -> v.message().contains("did you mean")).hasSizeLessThanOrEqualTo(5);
    }
  }
}
