package io.charterassurance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.charterassurance.model.io.CharterJson;
import io.charterassurance.model.io.ReadResult;
import io.charterassurance.model.io.SubmissionReader;
import io.charterassurance.model.io.ValidatedSubmission;
import io.charterassurance.model.io.Violation;
import io.charterassurance.model.report.BandThreshold;
import io.charterassurance.model.report.CriterionStatus;
import io.charterassurance.model.report.Finding;
import io.charterassurance.model.report.Report;
import io.charterassurance.model.submission.Submission;
import io.charterassurance.model.submission.Waiver;
import io.charterassurance.rules.catalogue.Criterion;
import io.charterassurance.rules.catalogue.ScoringPolicy;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The public front door: assess, check, determinism, provenance and thread safety. */
class AssessorTests {
  private static final Assessor ASSESSOR = Assessor.standard();

  @Test
  void theSameSubmissionGivesAByteIdenticalReportFromAnyAssessor() throws Exception {
    Submission submission = Scenarios.load("icb-strong.json");
    byte[] first = CharterJson.json().writeValueAsBytes(ASSESSOR.assess(submission));
    byte[] second = CharterJson.json().writeValueAsBytes(Assessor.builder().build().assess(submission));
    assertThat(second).isEqualTo(first);
  }

  @Test
  void aReportCarriesTheBandsOfItsScoringPolicyWithTheirThresholdsHighestFirst() {
    Report report = ASSESSOR.assess(Scenarios.load("icb-strong.json"));
    assertThat(report.band().bands())
        .extracting(BandThreshold::id, BandThreshold::label, t -> t.minimum().intValueExact())
        .containsExactly(tuple("leading", "Leading", 80), tuple("established", "Established", 60),
            tuple("developing", "Developing", 40), tuple("emerging", "Emerging", 20), tuple("early", "Early", 0));
    assertThat(report.band().bands()).extracting(BandThreshold::id).contains(report.band().id());

    // A policy of its own: two bands, given lowest first, with thresholds of its own.
    ScoringPolicy p = ScoringPolicy.standard();
    ScoringPolicy twoBands = new ScoringPolicy("two-bands", p.title(), p.requirement(), p.confidence(), p.freshness(),
        p.waivers(), p.parameters(), p.weights(),
        List.of(new ScoringPolicy.Band("not-yet", "Not yet", BigDecimal.ZERO),
            new ScoringPolicy.Band("ready", "Ready", new BigDecimal("55.5"))),
        List.of(new ScoringPolicy.Limiter(CriterionStatus.NOT_MET, null, "not-yet")), p.principles());
    Report tailored = Assessor.builder().scoringPolicy(twoBands).build().assess(Scenarios.load("icb-strong.json"));
    assertThat(tailored.band().bands())
        .extracting(BandThreshold::id, BandThreshold::label, BandThreshold::minimum)
        .containsExactly(tuple("ready", "Ready", new BigDecimal("55.5")), tuple("not-yet", "Not yet", BigDecimal.ZERO));
  }

  @Test
  void aReportReadFromJsonWrittenBeforeReportsCarriedTheBandsHasNone() throws Exception {
    Report report = ASSESSOR.assess(Scenarios.load("icb-strong.json"));
    com.fasterxml.jackson.databind.node.ObjectNode tree = CharterJson.json().valueToTree(report);
    ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("band")).remove("bands");
    Report old = CharterJson.json().treeToValue(tree, Report.class);
    assertThat(old.band().bands()).isEmpty();
    assertThat(old.band().id()).isEqualTo(report.band().id());
  }

  @Nested
  class ValidatedOnce {
    private final SubmissionReader reader = SubmissionReader.create();

    private ReadResult read(String scenario) {
      return reader.read(Path.of("src/test/resources/scenarios").resolve(scenario));
    }

    @Test
    void aValidatedSubmissionCanOnlyComeFromTheReader() {
      assertThat(ValidatedSubmission.class.getConstructors()).isEmpty();
      assertThat(java.util.Arrays.stream(ValidatedSubmission.class.getMethods())
          .filter(m -> java.lang.reflect.Modifier.isStatic(m.getModifiers()))
          .filter(m -> m.getReturnType() == ValidatedSubmission.class)).isEmpty();
    }

    @Test
    void theReportOfWhatWasReadIsTheReportOfTheSubmissionAndCarriesTheDigestTheReaderTook() throws Exception {
      ReadResult read = read("icb-strong.json");
      Report viaRead = ASSESSOR.assess(read);
      Report viaSubmission = ASSESSOR.assess(read.submission());
      assertThat(viaRead.provenance().submissionDigest()).isEqualTo(read.valid().orElseThrow().digest());
      assertThat(viaRead.findings()).isEqualTo(viaSubmission.findings());
      assertThat(viaRead.overall()).isEqualTo(viaSubmission.overall());
    }

    @Test
    void anInvalidReadGivesAReportWithTheReadersViolationsAsTheyAreWithFileLineAndColumn() {
      ReadResult read = reader.read("broken.json",
          "{\"organisation\": {\"code\": \"QMF\", \"name\": \"NEL\", \"kind\": \"icb\"},\n \"asAt\": 7}"
              .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      Report report = ASSESSOR.assess(read);
      assertThat(report.isAssessed()).isFalse();
      assertThat(report.violations()).isEqualTo(read.violations()).isNotEmpty();
      assertThat(report.violations().get(0).source()).isEqualTo("broken.json");
      assertThat(report.violations().get(0).line()).isEqualTo(2);
    }

    @Test
    void everyInvalidFixtureOfTheModelGivesAReportOfItsViolationsNeverAnException() throws Exception {
      Path fixtures = Path.of("../charter-model/src/test/resources/submissions");
      List<Path> invalid;
      try (var files = java.nio.file.Files.list(fixtures)) {
        invalid = files.filter(f -> f.getFileName().toString().startsWith("invalid-")).sorted().toList();
      }
      assertThat(invalid).hasSizeGreaterThan(50);
      for (Path file : invalid) {
        Report report = ASSESSOR.assess(reader.read(file));
        assertThat(report.isAssessed()).as(file.toString()).isFalse();
        assertThat(report.violations()).as(file.toString()).isNotEmpty();
      }
    }

    @Test
    void aPlainSubmissionFromAnEmbeddingProgramIsStillValidated() {
      Submission valid = Scenarios.load("hwb-strong.json");
      Submission nameless = new Submission(new io.charterassurance.model.organisation.Organisation(
          valid.organisation().code(), "", valid.organisation().kind(), valid.organisation().population(),
          valid.organisation().wards(), valid.organisation().predecessors()),
          valid.asAt(), valid.period(), valid.evidence(), valid.waivers());
      Report report = ASSESSOR.assess(nameless);
      assertThat(report.isAssessed()).isFalse();
      assertThat(report.violations()).extracting(Violation::path).contains("$.organisation.name");
    }
  }

  @Test
  void everyReportCarriesItsProvenance() {
    Report report = ASSESSOR.assess(Scenarios.load("hwb-strong.json"));
    var p = report.provenance();
    assertThat(p.charterVersion()).isEqualTo("2014");
    assertThat(p.charterHash()).matches("[0-9a-f]{64}");
    assertThat(p.ruleSetVersion()).isEqualTo("2026.12");
    assertThat(p.ruleSetHash()).matches("[0-9a-f]{64}").isEqualTo(ASSESSOR.ruleSetHash());
    assertThat(p.scoringPolicy()).isEqualTo("charter-standard-2026.12");
    assertThat(p.scoringPolicyHash()).matches("[0-9a-f]{64}");
    assertThat(p.submissionDigest()).matches("[0-9a-f]{64}");
    assertThat(p.libraryVersion()).isNotBlank().isNotEqualTo("unknown");
    assertThat(p.asAt()).isEqualTo(LocalDate.parse("2026-03-31"));
  }

  @Test
  void anInvalidSubmissionGivesAReportOfViolationsNotAnException() {
    Submission valid = Scenarios.load("icb-strong.json");
    Waiver selfApproved = new Waiver("N5-CONSTITUTION", "Merger", "Chief Executive", "Chief Executive", "Chief Executive",
        "NHS North East London ICB", "QMF", io.charterassurance.model.submission.AssurerKind.OWN_ORGANISATION, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-06-30"));
    Report report = ASSESSOR.assess(new Submission(valid.organisation(), valid.asAt(), valid.period(),
        valid.evidence(), List.of(selfApproved)));
    assertThat(report.isAssessed()).isFalse();
    assertThat(report.violations()).anySatisfy(v -> assertThat(v.path()).startsWith("$.waivers[0]"));
    assertThat(report.findings()).isEmpty();
    assertThat(report.band()).isNull();
    assertThat(report.overall()).isNull();
    assertThat(report.subject().code()).isEqualTo("QMF");
  }

  @Test
  void aWaiverForACriterionTheRuleSetDoesNotHaveIsAViolation() {
    Submission valid = Scenarios.load("icb-strong.json");
    Waiver unknown = new Waiver("N99-NOTHING", "Typo", "Director", "Jane Doe", "Regional Director",
        "NHS England London region", null, io.charterassurance.model.submission.AssurerKind.NHS_ENGLAND_REGION, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-06-30"));
    Report report = ASSESSOR.assess(new Submission(valid.organisation(), valid.asAt(), valid.period(),
        valid.evidence(), List.of(unknown)));
    assertThat(report.violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("$.waivers[0].criterion");
      assertThat(v.message()).startsWith("\"N99-NOTHING\" is not a criterion of rule set 2026.12");
    });
  }

  @Test
  void checkDecidesEveryCriterionWithoutScoring() {
    Submission submission = Scenarios.load("icb-missing-strategy.json");
    CheckResult check = ASSESSOR.check(submission);
    Report report = ASSESSOR.assess(submission);
    assertThat(check.isValid()).isTrue();
    assertThat(check.findings()).extracting(Finding::score).containsOnlyNulls();
    assertThat(check.findings()).extracting(Finding::criterion, Finding::status)
        .isEqualTo(report.findings().stream().map(f -> org.assertj.core.groups.Tuple.tuple(f.criterion(), f.status())).toList());
  }

  @Test
  void everyCatalogueCriterionHasAFindingWhateverTheKind() {
    for (String fixture : List.of("icb-strong.json", "hwb-strong.json", "trust-strong.json", "la-strong.json",
        "national-strong.json")) {
      Report report = ASSESSOR.assess(Scenarios.load(fixture));
      assertThat(report.findings()).extracting(Finding::criterion)
          .containsExactlyInAnyOrderElementsOf(ASSESSOR.catalogue().criteria().stream().map(Criterion::id).toList());
    }
  }

  @Test
  void scoresRollUpAsDocumented() {
    Report report = ASSESSOR.assess(Scenarios.load("icb-weak.json"));
    var counted = report.findings().stream().filter(f -> f.status().isCounted()).toList();
    var weighted = counted.stream().map(f -> f.weight().multiply(f.score())).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    var weights = counted.stream().map(Finding::weight).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    assertThat(report.overall()).isEqualByComparingTo(weighted.divide(weights, 1, java.math.RoundingMode.HALF_UP));
    assertThat(report.tally().notApplicable())
        .isEqualTo((int) report.findings().stream().filter(f -> f.status() == CriterionStatus.NOT_APPLICABLE).count());
    assertThat(report.principles()).extracting(l -> l.id()).containsExactly("P1", "P2", "P3", "P4", "P5", "P6");
  }

  @Test
  void oneAssessorServesManyThreadsWithTheSameAnswers() throws Exception {
    List<String> fixtures = List.of("icb-strong.json", "icb-weak.json", "hwb-strong.json", "trust-strong.json");
    List<byte[]> expected = fixtures.stream().map(f -> json(ASSESSOR.assess(Scenarios.load(f)))).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> results = IntStream.range(0, 200)
          .mapToObj(i -> pool.submit(() -> json(ASSESSOR.assess(Scenarios.load(fixtures.get(i % fixtures.size()))))))
          .toList();
      for (int i = 0; i < results.size(); i++) {
        assertThat(results.get(i).get()).isEqualTo(expected.get(i % fixtures.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static byte[] json(Report report) {
    try {
      return CharterJson.json().writeValueAsBytes(report);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
