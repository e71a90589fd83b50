package io.charterassurance.examples;

import static io.charterassurance.model.report.CriterionStatus.MET;
import static io.charterassurance.model.report.CriterionStatus.NOT_ASSESSED;
import static io.charterassurance.model.report.CriterionStatus.NOT_MET;
import static io.charterassurance.model.report.CriterionStatus.PARTIALLY_MET;
import static org.assertj.core.api.Assertions.assertThat;

import io.charterassurance.model.evidence.CommunityDevelopmentStrategy;
import io.charterassurance.model.report.Finding;
import io.charterassurance.model.report.Report;
import io.charterassurance.model.submission.Submission;
import io.charterassurance.rules.Assessor;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each example assesses to the band an assurance reader would expect under the standard policy:
 * the four organisations with strong, current, approved evidence are Established (none Leading:
 * much of their evidence is approved rather than published, and written by officers rather than
 * co-produced); the weak Board is Early, with its missing strategy as the first finding.
 */
class ReadinessBandTests {

  static BigDecimal score(String value) {
    return new BigDecimal(value);
  }

  @Nested
  @DisplayName("NHS North East London ICB, with its CCGs' legacy evidence")
  class NorthEastLondonIcb {
    final Report report = Examples.report(Examples.ICB);

    @Test
    void isEstablishedAndUncapped() {
      assertThat(report.band().id()).isEqualTo("established");
      assertThat(report.band().isCapped()).isFalse();
      assertThat(report.overall()).isBetween(score("60"), score("80"));
      assertThat(report.overall()).isEqualByComparingTo("67.3");
    }

    @Test
    void meetsBothMandatoryCriteriaWithItsOwnCurrentEvidence() {
      assertThat(Examples.finding(report, "N1-CD-STRATEGY")).satisfies(f -> {
        assertThat(f.mandatory()).isTrue();
        assertThat(f.status()).isEqualTo(MET);
        assertThat(f.evidence()).containsExactly("nel-community-power-strategy");
      });
      assertThat(Examples.finding(report, "N5-CONSTITUTION")).satisfies(f -> {
        assertThat(f.status()).isEqualTo(MET);
        assertThat(f.evidence()).as("the Joint Forward Plan clause, not the constitution's involvement clause")
            .containsExactly("nel-jfp-community-evidence");
      });
    }

    @Test
    void citesLegacyEvidenceFromBothCcgsInItsFindings() {
      Finding incentive = Examples.finding(report, "N7-INCENTIVE");
      assertThat(incentive.evidence()).containsExactly("th-ccg-network-improvement-scheme-2020-21");
      assertThat(incentive.reason()).contains("legacy evidence of NHS Tower Hamlets CCG (08V)").contains("stale");
      assertThat(incentive.status()).isEqualTo(PARTIALLY_MET);

      Finding assurance = Examples.finding(report, "N6-ASSURANCE");
      assertThat(assurance.evidence()).containsExactly("ch-ccg-iaf-engagement-1819");
      assertThat(assurance.reason()).contains("legacy evidence of NHS City and Hackney CCG (07T)");

      Finding breadth = Examples.finding(report, "N4-DEVOLVED-BREADTH");
      assertThat(breadth.evidence()).containsExactlyInAnyOrder(
          "nel-pb-community-health-grants-2025", "th-ccg-patient-leaders-monitoring", "ch-ccg-neighbourhood-grants-panel");
      assertThat(breadth.reason()).contains("3 of the four areas");
      assertThat(breadth.status()).isEqualTo(MET);
    }

    @Test
    void listsItsLegacyEvidenceWithTheCcgThatProducedIt() {
      assertThat(report.subject().predecessors()).containsExactly("07T", "08V");
      assertThat(report.evidence()).filteredOn(e -> e.producedBy() != null)
          .extracting(e -> e.producedBy()).containsOnly("08V", "07T");
    }

    @Test
    void isOnlyPartlyThereOnNeedsAndAssetsBecauseItsSystemProfileHasNoWardBreakdown() {
      Finding jsnaa = Examples.finding(report, "N2-JSNAA");
      assertThat(jsnaa.status()).isEqualTo(PARTIALLY_MET);
      assertThat(jsnaa.missing()).contains("asset counts by ward or neighbourhood");
    }
  }

  @Nested
  @DisplayName("Tower Hamlets Health and Wellbeing Board")
  class TowerHamletsBoard {
    final Report report = Examples.report(Examples.HWB);

    @Test
    void isEstablishedAndTheStrongestOfTheExamples() {
      assertThat(report.band().id()).isEqualTo("established");
      assertThat(report.band().isCapped()).isFalse();
      assertThat(report.overall()).isEqualByComparingTo("73.2");
      for (String other : java.util.List.of(Examples.ICB, Examples.TRUST, Examples.LA, Examples.WEAK)) {
        assertThat(report.overall()).as("above %s", other).isGreaterThan(Examples.report(other).overall());
      }
    }

    @Test
    void meetsItsStrategyAndJsnaaWhichAreMandatoryForABoard() {
      assertThat(Examples.finding(report, "N1-CD-STRATEGY").status()).isEqualTo(MET);
      Finding jsnaa = Examples.finding(report, "N2-JSNAA");
      assertThat(jsnaa.status()).isEqualTo(MET);
      assertThat(jsnaa.reason()).contains("780 groups, 460 organisations and 26 partnerships across 20 wards");
    }

    @Test
    void creditsCommunitiesKeepingWellAsResidentsDeciding() {
      Finding devolved = Examples.finding(report, "N4-DEVOLVED-DECISIONS");
      assertThat(devolved.status()).isEqualTo(MET);
      assertThat(devolved.evidence()).containsExactly("communities-keeping-well-pb");
      assertThat(devolved.reason()).contains("participatory budgeting");
    }

    @Test
    void countsVolunteerHoursAndSatisfactionTheIndicatorsTheBoardTracks() {
      Finding service = Examples.finding(report, "A6B-SERVICE-TO-OTHERS");
      assertThat(service.status()).isEqualTo(MET);
      assertThat(service.evidence()).containsExactly("volunteering-2526");
      assertThat(service.reason()).contains("6850 volunteers gave 201500 hours; 85% satisfied");
    }

    @Test
    void acceptsTheNefNestaRsaEvaluationAsIndependent() {
      Finding evaluation = Examples.finding(report, "A3-EVIDENCE-BASED");
      assertThat(evaluation.status()).isEqualTo(MET);
      assertThat(evaluation.evidence()).containsExactly("cdc-social-movements-evaluation");
    }

    @Test
    void withoutItsStrategyWouldBeCappedAtDevelopingWhateverElseItShows() {
      Submission full = Examples.submission(Examples.HWB);
      Submission withoutStrategy = new Submission(full.organisation(), full.asAt(), full.period(),
          full.evidence().stream().filter(e -> !(e instanceof CommunityDevelopmentStrategy)).toList(), full.waivers());
      Report capped = Assessor.standard().assess(withoutStrategy);
      assertThat(capped.band().uncapped()).isEqualTo("established");
      assertThat(capped.band().id()).isEqualTo("developing");
      assertThat(capped.band().cappedBy()).containsExactly(
          "N1-CD-STRATEGY (Community development strategy) is mandatory and not met, so the band cannot be above Developing");
      assertThat(Examples.finding(capped, "N1-CD-STRATEGY").evidence())
          .as("the Joint Health and Wellbeing Strategy counts only as a token")
          .containsExactly("joint-health-wellbeing-strategy");
    }
  }

  @Nested
  @DisplayName("Homerton Healthcare NHS Foundation Trust")
  class HomertonTrust {
    final Report report = Examples.report(Examples.TRUST);

    @Test
    void isEstablishedAndUncapped() {
      assertThat(report.band().id()).isEqualTo("established");
      assertThat(report.band().isCapped()).isFalse();
      assertThat(report.overall()).isEqualByComparingTo("65.6");
    }

    @Test
    void showsInItsQualityAccountHowTheCommissionersEvidenceWasUsed() {
      Finding qa = Examples.finding(report, "N5-QUALITY-ACCOUNT");
      assertThat(qa.mandatory()).isTrue();
      assertThat(qa.status()).isEqualTo(MET);
      assertThat(qa.evidence()).as("this year's account, which reports what changed, not last year's")
          .containsExactly("quality-account-2526-communities");
      assertThat(qa.reason()).contains("2025/26 Quality Account").contains("3 changes to services");
    }

    @Test
    void isNotJudgedOnTheCallsThatOnlyCommissionersAndBoardsCanAnswer() {
      assertThat(report.findings()).filteredOn(f -> f.criterion().startsWith("N1-") || f.criterion().startsWith("N2-")
              || f.criterion().startsWith("N4-") || f.criterion().equals("N5-CONSTITUTION"))
          .allSatisfy(f -> assertThat(f.status().isCounted()).as(f.criterion()).isFalse());
    }
  }

  @Nested
  @DisplayName("London Borough of Hackney public health")
  class HackneyPublicHealth {
    final Report report = Examples.report(Examples.LA);

    @Test
    void isEstablishedAndUncapped() {
      assertThat(report.band().id()).isEqualTo("established");
      assertThat(report.band().isCapped()).isFalse();
      assertThat(report.overall()).isEqualByComparingTo("68.8");
    }

    @Test
    void commissionsAndIndependentlyEvaluatesCommunityDevelopment() {
      Finding commissioned = Examples.finding(report, "N10-COMMISSIONED-CD");
      assertThat(commissioned.mandatory()).isTrue();
      assertThat(commissioned.status()).isEqualTo(MET);
      assertThat(commissioned.evidence()).containsExactly("cd-programme-sroi-year1", "ph-community-development-2627");
    }

    @Test
    void hasAnAgeingButCompleteJsnaaAndPrefersItToTheOldNeedsOnlyJsna() {
      Finding jsnaa = Examples.finding(report, "N2-JSNAA");
      assertThat(jsnaa.status()).isEqualTo(MET);
      assertThat(jsnaa.evidence()).containsExactly("ch-jsnaa-community-assets-2024");
      assertThat(jsnaa.reason()).contains("31 months old");
    }
  }

  @Nested
  @DisplayName("the weak Board (fictional Wessex Vale)")
  class WeakBoard {
    final Report report = Examples.report(Examples.WEAK);

    @Test
    void isEarlyTheLowestBand() {
      assertThat(report.band().id()).isEqualTo("early");
      assertThat(report.overall()).isLessThan(score("20"));
    }

    @Test
    void putsItsMissingStrategyFirstAsAMandatoryCriterionNotAssessed() {
      Finding first = report.findings().get(0);
      assertThat(first.criterion()).isEqualTo("N1-CD-STRATEGY");
      assertThat(first.mandatory()).isTrue();
      assertThat(first.status()).isEqualTo(NOT_ASSESSED);
      assertThat(first.reason()).contains("jhws-2022-2026 was considered and does not count toward it");
    }

    @Test
    void hasNoCapRecordedBecauseItsScoreIsAlreadyBelowTheCap() {
      // The limiter (a mandatory criterion not met caps the band at Developing) only records a
      // cap that lowers the band; an Early score is already below it. The Tower Hamlets test
      // above shows the same limiter biting on strong evidence.
      assertThat(report.band().uncapped()).isEqualTo("early");
      assertThat(report.band().cappedBy()).isEmpty();
    }

    @Test
    void failsOnItsStaleNeedsOnlyJsnaDraftsAndConsultationWithoutFeedback() {
      assertThat(Examples.finding(report, "N2-JSNAA")).satisfies(f -> {
        assertThat(f.mandatory()).isTrue();
        assertThat(f.status()).isEqualTo(NOT_MET);
      });
      assertThat(Examples.finding(report, "A2-LISTEN")).satisfies(f -> {
        assertThat(f.status()).isEqualTo(NOT_MET);
        assertThat(f.missing()).contains("a published \"you said, we did\" response");
      });
      assertThat(Examples.finding(report, "N4-DEVOLVED-DECISIONS").reason())
          .contains("consultation rather than devolved power");
      assertThat(report.findings()).filteredOn(f -> f.status() == MET).isEmpty();
    }
  }
}
