package io.charterassurance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.charterassurance.model.io.ReadResult;
import io.charterassurance.model.io.SubmissionReader;
import io.charterassurance.model.io.ValidatedSubmission;
import io.charterassurance.model.report.Confidence;
import io.charterassurance.model.report.CriterionStatus;
import io.charterassurance.model.report.EvidenceAgeing;
import io.charterassurance.model.report.Report;
import io.charterassurance.model.report.ScoreInterval;
import io.charterassurance.model.report.Timeline;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The interval, the timeline and re-dating, on the scenario fixtures, with the arithmetic worked by hand. */
class ForesightTests {
  private static final Assessor ASSESSOR = Assessor.standard();

  static ValidatedSubmission validated(String fixture) {
    ReadResult read = SubmissionReader.create().check(Scenarios.load(fixture), fixture);
    return read.valid().orElseThrow(() -> new AssertionError(read.violations().toString()));
  }

  @Nested
  @DisplayName("The interval")
  class Interval {
    @ParameterizedTest
    @ValueSource(strings = {"icb-strong.json", "hwb-strong.json", "la-strong.json", "trust-strong.json"})
    @DisplayName("is the score itself when every counted criterion is assessed on evidence above low confidence")
    void isAPointWhenNothingIsUnknown(String fixture) {
      Report report = ASSESSOR.assess(validated(fixture));
      assertThat(report.findings()).as("the fixture has nothing unknown")
          .noneMatch(f -> f.status() == CriterionStatus.NOT_ASSESSED || f.status().isCounted() && f.status() != CriterionStatus.NOT_MET && f.confidence() == Confidence.LOW);
      ScoreInterval i = report.interval();
      assertThat(i.isPoint()).isTrue();
      assertThat(i.lowest()).isEqualByComparingTo(report.overall());
      assertThat(i.lowestBand()).isEqualTo(report.band().id());
      assertThat(i.bandCertain()).isTrue();
      assertThat(i.unknowns()).isEmpty();
    }

    @Test
    @DisplayName("moves a criterion not assessed to met with high confidence at best, and keeps it at 0 at worst")
    void aCriterionNotAssessedWidensItByItsWeight() {
      Report report = ASSESSOR.assess(validated("icb-missing-strategy.json"));
      ScoreInterval i = report.interval();
      var missing = report.findings().stream().filter(f -> f.status() == CriterionStatus.NOT_ASSESSED).toList();
      assertThat(missing).isNotEmpty();
      // Worked by hand from the findings: Σ w·s / Σ w with each unknown at its best.
      BigDecimal weights = BigDecimal.ZERO;
      BigDecimal best = BigDecimal.ZERO;
      BigDecimal worst = BigDecimal.ZERO;
      for (var f : report.findings()) {
        if (!f.status().isCounted()) {
          continue;
        }
        weights = weights.add(f.weight());
        boolean low = f.confidence() == Confidence.LOW;
        BigDecimal points = f.status() == CriterionStatus.MET ? BigDecimal.valueOf(100)
            : f.status() == CriterionStatus.PARTIALLY_MET ? BigDecimal.valueOf(50) : BigDecimal.ZERO;
        best = best.add(f.weight().multiply(f.status() == CriterionStatus.NOT_ASSESSED ? BigDecimal.valueOf(100)
            : low ? points : f.score()));
        worst = worst.add(f.weight().multiply(low ? BigDecimal.ZERO : f.score()));
      }
      assertThat(i.highest()).isEqualByComparingTo(best.divide(weights, 1, java.math.RoundingMode.HALF_UP));
      assertThat(i.lowest()).isEqualByComparingTo(worst.divide(weights, 1, java.math.RoundingMode.HALF_UP));
      assertThat(i.unknowns()).anySatisfy(u -> assertThat(u).startsWith(missing.get(0).criterion() + " is not assessed"));
    }
  }

  @Nested
  @DisplayName("The timeline")
  class TimelineOfEvidence {
    @Test
    @DisplayName("gives the first day each item is due and stale, by the policy's window for its kind")
    void firstDaysFollowTheWindows() {
      ValidatedSubmission v = validated("icb-strong.json");
      Timeline t = ASSESSOR.timeline(v, 36).orElseThrow();
      // The JSNAA of 1 June 2025 is current for 36 months and stale after 48: due once 37 whole
      // months have passed, stale once 49 have.
      EvidenceAgeing jsnaa = t.ageing().stream().filter(a -> a.evidence().equals("jsnaa-2025")).findFirst().orElseThrow();
      assertThat(jsnaa.dueFrom()).isEqualTo(LocalDate.of(2028, 7, 1));
      assertThat(jsnaa.staleFrom()).isEqualTo(LocalDate.of(2029, 7, 1));
      assertThat(t.ageing()).isSortedAccordingTo(java.util.Comparator.comparing(EvidenceAgeing::staleFrom,
          java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())).thenComparing(EvidenceAgeing::dueFrom,
          java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())).thenComparing(EvidenceAgeing::evidence));
    }

    @Test
    @DisplayName("falls as evidence ages and never rises")
    void falls() {
      Timeline t = ASSESSOR.timeline(validated("hwb-strong.json"), 72).orElseThrow();
      for (int k = 1; k < t.points().size(); k++) {
        assertThat(t.points().get(k).score()).isLessThanOrEqualTo(t.points().get(k - 1).score());
      }
      assertThat(t.points().get(72).score()).as("six years on, nothing is current").isLessThan(t.points().get(0).score());
    }

    @Test
    @DisplayName("refuses a number of months outside 1 to 120")
    void refusesBadMonths() {
      assertThatThrownBy(() -> ASSESSOR.timeline(validated("hwb-strong.json"), 0))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("months must be 1 to 120, not 0");
    }
  }

  @Nested
  @DisplayName("Re-dating")
  class Redating {
    @Test
    @DisplayName("to a date in the future is a violation of the as-at date, not a notice")
    void aFutureDateIsAViolation() {
      Redated r = ASSESSOR.redate(validated("hwb-strong.json"), LocalDate.of(2999, 1, 1));
      assertThat(r.read().isValid()).isFalse();
      assertThat(r.read().violations()).anySatisfy(v -> assertThat(v.path()).isEqualTo("$.asAt"));
    }

    @Test
    @DisplayName("to an earlier date sets aside each later item with a notice, and assesses the rest")
    void anEarlierDateSetsAsideLaterItems() {
      ValidatedSubmission v = validated("hwb-strong.json");
      Redated r = ASSESSOR.redate(v, LocalDate.of(2025, 10, 1));
      assertThat(r.read().violations()).isEmpty();
      List<String> later = v.submission().evidence().stream()
          .filter(e -> e.provenance().date().isAfter(LocalDate.of(2025, 10, 1))).map(e -> e.id()).toList();
      assertThat(later).isNotEmpty();
      for (String id : later) {
        assertThat(r.notices()).anySatisfy(n -> assertThat(n).startsWith("Evidence " + id + " ").endsWith("is ignored."));
      }
      assertThat(r.notices().get(0)).contains("sha256:" + v.digest());
      assertThat(ASSESSOR.assess(r.read()).band()).isNotNull();
    }
  }
}
