package io.charterassurance.examples;

import static io.charterassurance.model.report.Confidence.HIGH;
import static io.charterassurance.model.report.Confidence.LOW;
import static io.charterassurance.model.report.CriterionStatus.MET;
import static io.charterassurance.model.report.CriterionStatus.NOT_APPLICABLE;
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
 * Each example assesses to the band an assurance reader would expect under the standard policy,
 * for reasons a board would recognise: Tower Hamlets, Hackney and Homerton lead, each with the
 * gaps their own evidence shows; North East London is Established, held back by an annual
 * assessment silent on needs-and-assets work and a partnership residents do not yet lead; the
 * weak Board is Early, with its missing strategy as the first finding.
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
      assertThat(report.overall()).isEqualByComparingTo("75.0");
    }

    @Test
    void meetsBothMandatoryCriteriaWithItsOwnCurrentEvidence() {
      assertThat(Examples.finding(report, "N1-CD-STRATEGY")).satisfies(f -> {
        assertThat(f.mandatory()).isTrue();
        assertThat(f.status()).isEqualTo(MET);
        assertThat(f.confidence()).isEqualTo(HIGH);
        assertThat(f.evidence()).containsExactly("nel-community-power-strategy");
        assertThat(f.history()).as("the CCG's engagement strategy is history, not the verdict")
            .anySatisfy(h -> assertThat(h).contains("(ch-ccg-engagement-strategy-2019) is legacy evidence of 07T"));
      });
      assertThat(Examples.finding(report, "N5-CONSTITUTION")).satisfies(f -> {
        assertThat(f.status()).isEqualTo(MET);
        assertThat(f.evidence()).as("the Joint Forward Plan clause, not the constitution's involvement clause")
            .containsExactly("nel-jfp-community-evidence");
      });
    }

    @Test
    void judgesAssuranceOnTheCurrentAnnualAssessmentAndCitesTheCcgIndicatorAsHistory() {
      Finding assurance = Examples.finding(report, "N6-ASSURANCE");
      assertThat(assurance.status()).isEqualTo(NOT_MET);
      assertThat(assurance.evidence()).containsExactly("nhse-annual-assessment-2425");
      assertThat(assurance.reason()).startsWith("The assurance by NHS England London region does not mention needs-and-assets-based work");
      assertThat(assurance.history()).singleElement().asString()
          .contains("(ch-ccg-iaf-engagement-1819) is legacy evidence of 07T, superseded by");
    }

    @Test
    void treatsTheEndedCcgIncentiveSchemeAsHistoryNotAsAnIncentiveToday() {
      Finding incentive = Examples.finding(report, "N7-INCENTIVE");
      assertThat(incentive.status()).isEqualTo(NOT_APPLICABLE);
      assertThat(incentive.reason()).startsWith("The CCG Quality Premium ended with CCGs on 30 June 2022");
      assertThat(incentive.history()).singleElement().asString()
          .contains("was a scheme of NHS Tower Hamlets CCG (08V), which ended when NHS Tower Hamlets CCG (08V) ceased");
    }

    @Test
    void countsDistinctResidentDecisionsAcrossThreeAreas() {
      Finding breadth = Examples.finding(report, "N4-DEVOLVED-BREADTH");
      assertThat(breadth.status()).isEqualTo(MET);
      assertThat(breadth.reason()).contains("3 decisions across 3 of the four areas");
      Finding decisions = Examples.finding(report, "N4-DEVOLVED-DECISIONS");
      assertThat(decisions.status()).isEqualTo(PARTIALLY_MET);
      assertThat(decisions.missing()).containsExactly("residents deciding at least 1% of the relevant budget (now 0.9%)");
    }

    @Test
    void saysItsPartnershipIsNotCommunityLedDespiteAResidentCoChair() {
      Finding partnership = Examples.finding(report, "A4-NEIGHBOURHOOD-PARTNERSHIP");
      assertThat(partnership.status()).isEqualTo(PARTIALLY_MET);
      assertThat(partnership.missing()).singleElement().asString()
          .startsWith("community leadership: residents holding more than 50% of the seats (now 9 of 22, 40.9%)");
    }

    @Test
    void listsItsLegacyEvidenceWithTheCcgThatProducedIt() {
      assertThat(report.subject().predecessors()).containsExactly("07T", "08V", "A3A8R");
      assertThat(report.evidence()).filteredOn(e -> e.producedBy() != null)
          .extracting(e -> e.producedBy()).containsOnly("08V", "07T");
    }

    @Test
    void isOnlyPartlyThereOnNeedsAndAssetsBecauseItsSystemProfileHasNoWardBreakdown() {
      Finding jsnaa = Examples.finding(report, "N2-JSNAA");
      assertThat(jsnaa.status()).isEqualTo(PARTIALLY_MET);
      assertThat(jsnaa.missing()).containsExactly("assets counted in at least 80% of the area's 173 wards (now 0, 0%)");
    }
  }

  @Nested
  @DisplayName("Tower Hamlets Health and Wellbeing Board")
  class TowerHamletsBoard {
    final Report report = Examples.report(Examples.HWB);

    @Test
    void leadsAndIsTheStrongestOfTheExamples() {
      assertThat(report.band().id()).isEqualTo("leading");
      assertThat(report.band().isCapped()).isFalse();
      assertThat(report.overall()).isEqualByComparingTo("92.4");
      for (String other : java.util.List.of(Examples.ICB, Examples.TRUST, Examples.LA, Examples.WEAK)) {
        assertThat(report.overall()).as("above %s", other).isGreaterThan(Examples.report(other).overall());
      }
    }

    @Test
    void meetsItsStrategyAndJsnaaWhichAreMandatoryForABoard() {
      assertThat(Examples.finding(report, "N1-CD-STRATEGY").status()).isEqualTo(MET);
      Finding jsnaa = Examples.finding(report, "N2-JSNAA");
      assertThat(jsnaa.status()).isEqualTo(MET);
      assertThat(jsnaa.confidence()).isEqualTo(HIGH);
      assertThat(jsnaa.reason()).contains("780 groups, 460 organisations and 26 partnerships in 20 wards of 20");
    }

    @Test
    void asksForTheShareOfBudgetItsParticipatoryBudgetDecided() {
      Finding devolved = Examples.finding(report, "N4-DEVOLVED-DECISIONS");
      assertThat(devolved.status()).isEqualTo(PARTIALLY_MET);
      assertThat(devolved.missing()).isNotEmpty();
    }

    @Test
    void countsTimebankHoursWithActiveMembers() {
      Finding service = Examples.finding(report, "A6B-SERVICE-TO-OTHERS");
      assertThat(service.status()).isEqualTo(MET);
      assertThat(service.reason()).contains("A timebank of 420 members (140 active) exchanged 3,900 hours");
    }

    @Test
    void acceptsTheNefNestaRsaEvaluationOfItsProgrammeAsIndependent() {
      Finding evaluation = Examples.finding(report, "A3-EVIDENCE-BASED");
      assertThat(evaluation.status()).isEqualTo(MET);
      assertThat(evaluation.evidence()).containsExactly("cdc-social-movements-evaluation");
      assertThat(evaluation.reason()).contains("of \u201cCommunities Driving Change programme budget 2026/27\u201d");
    }

    @Test
    void withoutItsStrategyWouldBeCappedAtEmergingWhateverElseItShows() {
      Submission full = Examples.submission(Examples.HWB);
      Submission withoutStrategy = new Submission(full.organisation(), full.asAt(), full.period(),
          full.evidence().stream().filter(e -> !(e instanceof CommunityDevelopmentStrategy)).toList(), full.waivers());
      Report capped = Assessor.standard().assess(withoutStrategy);
      assertThat(capped.band().uncapped()).isEqualTo("established");
      assertThat(capped.band().id()).isEqualTo("emerging");
      assertThat(capped.band().cappedBy()).containsExactly(
          "Community development strategy (N1-CD-STRATEGY) is mandatory and not met, so the band cannot be above Emerging");
      assertThat(Examples.finding(capped, "N1-CD-STRATEGY").evidence())
          .as("the Joint Health and Wellbeing Strategy is not a community development strategy")
          .containsExactly("joint-health-wellbeing-strategy");
    }
  }

  @Nested
  @DisplayName("Homerton Healthcare NHS Foundation Trust")
  class HomertonTrust {
    final Report report = Examples.report(Examples.TRUST);

    @Test
    void leadsNarrowlyAndUncapped() {
      assertThat(report.band().id()).isEqualTo("leading");
      assertThat(report.band().isCapped()).isFalse();
      assertThat(report.overall()).isEqualByComparingTo("81.3");
    }

    @Test
    void showsInThisYearsQualityAccountHowTheCommissionersEvidenceWasUsed() {
      Finding qa = Examples.finding(report, "N5-QUALITY-ACCOUNT");
      assertThat(qa.mandatory()).isTrue();
      assertThat(qa.status()).isEqualTo(MET);
      assertThat(qa.evidence()).as("this year's account, not last year's")
          .containsExactly("quality-account-2526-communities");
      assertThat(qa.reason()).contains("2025/26 Quality Account").contains("3 changes to services");
      assertThat(qa.history()).singleElement().asString().contains("(quality-account-2425-communities) (2024/25) is superseded");
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
    void leadsAndUncapped() {
      assertThat(report.band().id()).isEqualTo("leading");
      assertThat(report.band().isCapped()).isFalse();
      assertThat(report.overall()).isEqualByComparingTo("87.9");
    }

    @Test
    void commissionsCommunityDevelopmentPerResidentAndEvaluatesItIndependently() {
      Finding commissioned = Examples.finding(report, "N10-COMMISSIONED-CD");
      assertThat(commissioned.mandatory()).isTrue();
      assertThat(commissioned.status()).isEqualTo(MET);
      assertThat(commissioned.evidence()).containsExactly("cd-programme-sroi-year1", "ph-community-development-2627");
      assertThat(commissioned.reason()).contains("£1,150,000 in 2026/27, £4.44 per resident");
    }

    @Test
    void judgesItsCurrentJsnaaAndCitesTheOldNeedsOnlyJsnaAsHistory() {
      Finding jsnaa = Examples.finding(report, "N2-JSNAA");
      assertThat(jsnaa.status()).isEqualTo(MET);
      assertThat(jsnaa.evidence()).containsExactly("ch-jsnaa-community-assets-2024");
      assertThat(jsnaa.history()).anySatisfy(h -> assertThat(h).contains("(ch-jsna-2019-health-needs)"));
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
      assertThat(first.reason()).contains("jhws-2022-2026 were considered and do not count toward it");
    }

    @Test
    void hasNoCapRecordedBecauseItsScoreIsAlreadyBelowTheCap() {
      // The limiter (a mandatory criterion not met caps the band at Emerging) only records a cap
      // that lowers the band; an Early score is already below it. The Tower Hamlets test above
      // shows the same limiter biting on strong evidence.
      assertThat(report.band().uncapped()).isEqualTo("early");
      assertThat(report.band().cappedBy()).isEmpty();
    }

    @Test
    void failsOnItsStaleNeedsOnlyJsnaConsultationWithoutFeedbackAndAnEvaluationOfSomethingElse() {
      assertThat(Examples.finding(report, "N2-JSNAA")).satisfies(f -> {
        assertThat(f.mandatory()).isTrue();
        assertThat(f.status()).isEqualTo(NOT_MET);
        assertThat(f.confidence()).isEqualTo(LOW);
        assertThat(f.history()).singleElement().asString().contains("is a draft of a newer edition, not yet in force");
      });
      assertThat(Examples.finding(report, "A2-LISTEN")).satisfies(f -> {
        assertThat(f.status()).isEqualTo(NOT_MET);
        assertThat(f.missing()).contains("a published \"you said, we did\" response");
      });
      assertThat(Examples.finding(report, "N4-DEVOLVED-DECISIONS").reason())
          .contains("consultation rather than devolved power");
      assertThat(Examples.finding(report, "A3-EVIDENCE-BASED").reason())
          .contains("which is not a community development intervention");
    }
  }
}
