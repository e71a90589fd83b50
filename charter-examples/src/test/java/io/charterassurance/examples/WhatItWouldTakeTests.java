package io.charterassurance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.charterassurance.model.charter.Charter;
import io.charterassurance.model.evidence.Evidence;
import io.charterassurance.model.io.CharterJson;
import io.charterassurance.model.io.ReadResult;
import io.charterassurance.model.io.SubmissionReader;
import io.charterassurance.model.io.ValidatedSubmission;
import io.charterassurance.model.report.BandPath;
import io.charterassurance.model.report.Confidence;
import io.charterassurance.model.report.CriterionStatus;
import io.charterassurance.model.report.NextStep;
import io.charterassurance.model.report.Report;
import io.charterassurance.model.report.ScoreInterval;
import io.charterassurance.model.report.Timeline;
import io.charterassurance.model.report.TimelinePoint;
import io.charterassurance.model.submission.Submission;
import io.charterassurance.report.ReportFormat;
import io.charterassurance.report.ReportWriter;
import io.charterassurance.rules.Assessor;
import io.charterassurance.rules.Prospect;
import io.charterassurance.rules.Redated;
import io.charterassurance.rules.catalogue.ScoringPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The path to the next band, the interval for what is unknown and the ageing of evidence, as
 * properties that hold for the five examples and for variants generated from them with a seeded
 * {@link Random} (the seed is printed; rerun one with {@code -Dforesight.seed=N}).
 */
class WhatItWouldTakeTests {
  private static final Assessor ASSESSOR = Assessor.standard();
  private static final SubmissionReader READER = SubmissionReader.create();
  private static final long BASE_SEED = Long.getLong("foresight.seed", 20261203L);

  static List<String> examples() {
    return Examples.ALL;
  }

  static ValidatedSubmission validated(String name) {
    ReadResult read = READER.read(Examples.file(name));
    return read.valid().orElseThrow(() -> new AssertionError(read.violations().toString()));
  }

  /** The band ranks of the standard policy, 0 for the top band. */
  static int rank(String band) {
    List<ScoringPolicy.Band> bands = ASSESSOR.policy().bands().stream()
        .sorted(Comparator.comparing(ScoringPolicy.Band::minimum).reversed()).toList();
    for (int i = 0; i < bands.size(); i++) {
      if (bands.get(i).id().equals(band)) {
        return i;
      }
    }
    throw new AssertionError("no band " + band);
  }

  /**
   * A variant of an example: evidence items dropped, made drafts, stripped of their minute or of
   * co-production, or dated years earlier, each with some probability; null when the variant is
   * not a valid submission (a change that breaks a cross-field rule).
   */
  static ValidatedSubmission variant(long seed) {
    Random random = new Random(seed);
    String name = Examples.ALL.get(random.nextInt(Examples.ALL.size()));
    try {
      ObjectNode root = (ObjectNode) CharterJson.json().readTree(Files.readAllBytes(Examples.file(name)));
      ArrayNode evidence = (ArrayNode) root.path("evidence");
      for (int i = evidence.size() - 1; i >= 0; i--) {
        ObjectNode item = (ObjectNode) evidence.get(i);
        ObjectNode provenance = (ObjectNode) item.path("provenance");
        switch (random.nextInt(8)) {
          case 0 -> evidence.remove(i);
          case 1 -> {
            provenance.put("status", "draft");
            provenance.remove("minuteReference");
          }
          case 2 -> provenance.remove("minuteReference");
          case 3 -> provenance.put("coProduced", false);
          case 4 -> {
            int years = 1 + random.nextInt(4);
            provenance.put("date", LocalDate.parse(provenance.path("date").asText()).minusYears(years).toString());
            if (item.has("lastUpdated")) {
              item.put("lastUpdated", LocalDate.parse(item.path("lastUpdated").asText()).minusYears(years).toString());
            }
            if (item.has("reviewBy")) {
              item.put("reviewBy", LocalDate.parse(item.path("reviewBy").asText()).minusYears(years).toString());
            }
          }
          default -> {
            // kept as it is
          }
        }
      }
      ReadResult read = READER.read(name + " variant " + seed, CharterJson.json().writeValueAsBytes(root));
      return read.valid().orElse(null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A variant that is valid, trying successive seeds from this one; the seed used is printed. */
  static ValidatedSubmission validVariant(RepetitionInfo repetition) {
    for (long seed = BASE_SEED + 1000L * repetition.getCurrentRepetition(); ; seed++) {
      ValidatedSubmission v = variant(seed);
      if (v != null) {
        System.out.println("WhatItWouldTakeTests variant seed = " + seed + " (" + v.source() + ")");
        return v;
      }
    }
  }

  // --- the properties -------------------------------------------------------------------------

  /** Applying each path's steps and re-assessing (with validation) gives the band the path promises. */
  static void nextStepsReachThePromisedBand(ValidatedSubmission v) {
    Report report = ASSESSOR.assess(v);
    Prospect prospect = ASSESSOR.nextSteps(v).orElseThrow();
    int now = rank(report.band().id());
    assertThat(prospect.nextSteps().band()).isEqualTo(report.band().id());
    assertThat(prospect.nextSteps().paths()).hasSize(now == 0 ? 0 : now == 1 ? 1 : 2);
    Map<String, String> before = json(v.submission());
    for (int i = 0; i < prospect.nextSteps().paths().size(); i++) {
      BandPath path = prospect.nextSteps().paths().get(i);
      Submission changed = prospect.changed().get(i);
      Report again = ASSESSOR.assess(changed);
      assertThat(again.violations()).as("the changed submission is valid").isEmpty();
      assertThat(again.band().id()).as("re-assessed band of the path to %s", path.band()).isEqualTo(path.reachedBand());
      assertThat(again.overall()).isEqualByComparingTo(path.score());
      assertThat(rank(path.band())).isLessThan(now);
      if (path.reached()) {
        assertThat(rank(again.band().id())).as("promised %s", path.band()).isLessThanOrEqualTo(rank(path.band()));
      } else {
        assertThat(rank(again.band().id())).isGreaterThan(rank(path.band()));
      }
      if (!path.steps().isEmpty()) {
        NextStep last = path.steps().get(path.steps().size() - 1);
        assertThat(last.bandAfter()).isEqualTo(again.band().id());
        assertThat(last.scoreAfter()).isEqualByComparingTo(again.overall());
      }
      assertThat(path.paperwork() + path.practice()).isEqualTo(path.steps().size());
      for (NextStep step : path.steps()) {
        assertThat(step.clauses()).as("the clauses %s serves", step.criterion()).isNotEmpty()
            .allSatisfy(c -> assertThat(Charter.standard().find(c)).isPresent());
        assertThat(step.scoreAdded().signum() > 0 || !step.bandAfter().equals(report.band().id())
            || step.statusAfter() != step.statusBefore() || step.confidenceAfter() != step.confidenceBefore())
            .as("step %s changes something", step.change()).isTrue();
      }
      // Every item the changed submission differs in is one a step names (or a new item a step added).
      Set<String> named = path.steps().stream().map(NextStep::evidence).collect(Collectors.toSet());
      json(changed).forEach((id, text) -> {
        if (!text.equals(before.get(id))) {
          assertThat(named.stream().anyMatch(id::startsWith)).as("item %s changed by a named step", id).isTrue();
        }
      });
    }
  }

  private static Map<String, String> json(Submission s) {
    Map<String, String> out = new HashMap<>();
    for (Evidence e : s.evidence()) {
      try {
        out.put(e.id(), CharterJson.json().writeValueAsString(e));
      } catch (IOException x) {
        throw new UncheckedIOException(x);
      }
    }
    return out;
  }

  /** The interval holds the score and band, and is a point when nothing is unknown. */
  static void intervalContainsTheScore(Report report) {
    ScoreInterval i = report.interval();
    assertThat(i).isNotNull();
    assertThat(i.lowest()).isLessThanOrEqualTo(report.overall());
    assertThat(i.highest()).isGreaterThanOrEqualTo(report.overall());
    int band = rank(report.band().id());
    assertThat(rank(i.lowestBand())).isGreaterThanOrEqualTo(band);
    assertThat(rank(i.highestBand())).isLessThanOrEqualTo(band);
    assertThat(i.bandCertain()).isEqualTo(i.lowestBand().equals(i.highestBand()));
    boolean unknown = report.findings().stream().anyMatch(f -> f.status() == CriterionStatus.NOT_ASSESSED
        || (f.status().isCounted() && f.status() != CriterionStatus.NOT_MET && f.confidence() == Confidence.LOW));
    if (!unknown) {
      assertThat(i.isPoint()).as("every criterion assessed, none on low confidence").isTrue();
      assertThat(i.lowest()).isEqualByComparingTo(report.overall());
      assertThat(i.lowestBand()).isEqualTo(report.band().id());
      assertThat(i.unknowns()).isEmpty();
    } else {
      assertThat(i.unknowns()).isNotEmpty();
    }
  }

  /** Month by month, the score and band never rise; the first month is the report itself. */
  static void timelineNeverRises(ValidatedSubmission v, int months) {
    Report report = ASSESSOR.assess(v);
    Timeline t = ASSESSOR.timeline(v, months).orElseThrow();
    assertThat(t.points()).hasSize(months + 1);
    assertThat(t.points().get(0).score()).isEqualByComparingTo(report.overall());
    assertThat(t.points().get(0).band()).isEqualTo(report.band().id());
    for (int k = 1; k < t.points().size(); k++) {
      TimelinePoint was = t.points().get(k - 1);
      TimelinePoint now = t.points().get(k);
      assertThat(now.date()).isEqualTo(v.submission().asAt().plusMonths(k));
      assertThat(now.score()).as("score on %s", now.date()).isLessThanOrEqualTo(was.score());
      assertThat(rank(now.band())).as("band on %s", now.date()).isGreaterThanOrEqualTo(rank(was.band()));
    }
    for (var a : t.ageing()) {
      if (a.dueFrom() != null && a.staleFrom() != null) {
        assertThat(a.dueFrom()).as("%s falls due before it goes stale", a.evidence()).isBeforeOrEqualTo(a.staleFrom());
      }
    }
  }

  // --- the examples ---------------------------------------------------------------------------

  @Nested
  @DisplayName("For each of the five examples")
  class ForTheExamples {
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.charterassurance.examples.WhatItWouldTakeTests#examples")
    @DisplayName("applying the next steps and re-assessing reaches the promised band, and every path is reached")
    void nextSteps(String name) {
      ValidatedSubmission v = validated(name);
      nextStepsReachThePromisedBand(v);
      assertThat(ASSESSOR.nextSteps(v).orElseThrow().nextSteps().paths()).allSatisfy(p -> assertThat(p.reached()).isTrue());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.charterassurance.examples.WhatItWouldTakeTests#examples")
    @DisplayName("the interval contains the score and band")
    void interval(String name) {
      intervalContainsTheScore(ASSESSOR.assess(validated(name)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.charterassurance.examples.WhatItWouldTakeTests#examples")
    @DisplayName("the timeline never rises over ten years")
    void timeline(String name) {
      timelineNeverRises(validated(name), 120);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.charterassurance.examples.WhatItWouldTakeTests#examples")
    @DisplayName("the text, HTML and JSON reports show the interval, the next steps and the timeline")
    void reportsShowAllThree(String name) throws IOException {
      ValidatedSubmission v = validated(name);
      Report report = ASSESSOR.assess(v).withNextSteps(ASSESSOR.nextSteps(v).orElseThrow().nextSteps())
          .withTimeline(ASSESSOR.timeline(v, 12).orElseThrow());
      String text = ReportWriter.of(ReportFormat.TEXT).render(report);
      assertThat(text).contains("Interval: ").contains("Next steps (from ").contains("Timeline if nothing is refreshed (12 months)");
      String html = ReportWriter.of(ReportFormat.HTML).render(report);
      assertThat(html).contains("The interval the unknowns allow").contains("<h4>Next steps</h4>").contains("<h4>Evidence ageing</h4>");
      JsonNode json = CharterJson.json().readTree(ReportWriter.of(ReportFormat.JSON).render(report));
      assertThat(json.path("interval").path("lowest").isNumber()).isTrue();
      assertThat(json.path("nextSteps").path("band").asText()).isEqualTo(report.band().id());
      assertThat(json.path("timeline").path("points")).hasSize(13);
      String csv = ReportWriter.of(ReportFormat.CSV).render(report);
      assertThat(csv.lines().findFirst().orElseThrow()).contains("overall_lowest,overall_highest,band_lowest,band_highest,band_certain");
    }
  }

  // --- generated variants ---------------------------------------------------------------------

  @Nested
  @DisplayName("For variants generated from the examples with a seeded Random")
  class ForGeneratedVariants {
    @RepeatedTest(value = 12, name = "variant {currentRepetition} of {totalRepetitions}")
    @DisplayName("applying the next steps and re-assessing reaches the promised band")
    void nextSteps(RepetitionInfo repetition) {
      nextStepsReachThePromisedBand(validVariant(repetition));
    }

    @RepeatedTest(value = 25, name = "variant {currentRepetition} of {totalRepetitions}")
    @DisplayName("the interval contains the score and band, and is a point when nothing is unknown")
    void interval(RepetitionInfo repetition) {
      intervalContainsTheScore(ASSESSOR.assess(validVariant(repetition)));
    }

    @RepeatedTest(value = 12, name = "variant {currentRepetition} of {totalRepetitions}")
    @DisplayName("the timeline never rises over three years")
    void timeline(RepetitionInfo repetition) {
      timelineNeverRises(validVariant(repetition), 36);
    }
  }

  // --- the interval for the weak Board ------------------------------------------------------

  @Test
  @DisplayName("the weak Board, with criteria not assessed, has an interval wider than a point and a band not certain")
  void theWeakBoardIsUncertain() {
    Report weak = ASSESSOR.assess(validated(Examples.WEAK));
    assertThat(weak.findings()).anyMatch(f -> f.status() == CriterionStatus.NOT_ASSESSED);
    assertThat(weak.interval().isPoint()).isFalse();
    assertThat(weak.interval().bandCertain()).isFalse();
    assertThat(weak.interval().lowestBand()).isEqualTo(weak.band().id());
  }

  // --- as-at ----------------------------------------------------------------------------------

  @Test
  @DisplayName("re-assessed at an earlier date, evidence dated after it is ignored with a notice naming it")
  void redatingIgnoresLaterEvidence() {
    ValidatedSubmission v = validated(Examples.ICB);
    LocalDate earlier = v.submission().asAt().minusYears(1);
    Redated redated = ASSESSOR.redate(v, earlier);
    assertThat(redated.read().violations()).isEmpty();
    List<String> later = new ArrayList<>();
    v.submission().evidence().stream().filter(e -> e.provenance().date().isAfter(earlier)).forEach(e -> later.add(e.id()));
    assertThat(later).as("the example has evidence dated in its last year").isNotEmpty();
    Submission moved = redated.read().valid().orElseThrow().submission();
    assertThat(moved.asAt()).isEqualTo(earlier);
    assertThat(moved.evidence()).noneMatch(e -> later.contains(e.id()));
    for (String id : later) {
      assertThat(redated.notices()).anySatisfy(n -> assertThat(n).contains("Evidence " + id + " "));
    }
    Report report = ASSESSOR.assess(redated.read()).withNotices(redated.notices());
    assertThat(report.isAssessed()).isTrue();
    assertThat(report.provenance().asAt()).isEqualTo(earlier);
  }
}
