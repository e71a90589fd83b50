package io.charterassurance.rules;

import static io.charterassurance.model.report.Confidence.HIGH;
import static io.charterassurance.model.report.Confidence.LOW;
import static io.charterassurance.model.report.Confidence.MEDIUM;
import static io.charterassurance.model.report.CriterionStatus.MET;
import static io.charterassurance.model.report.CriterionStatus.NOT_APPLICABLE;
import static io.charterassurance.model.report.CriterionStatus.NOT_MET;
import static io.charterassurance.model.report.CriterionStatus.PARTIALLY_MET;
import static io.charterassurance.rules.Variation.provenance;
import static org.assertj.core.api.Assertions.assertThat;

import io.charterassurance.model.report.Finding;
import io.charterassurance.model.report.Report;
import io.charterassurance.model.report.WaiverOutcome;
import io.charterassurance.model.submission.Submission;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The verdicts an NHS assurance lead would sign: each probe an experienced lead tried against the
 * 2026.11 rules (issue "Verdicts an assurance lead would sign"), built from the scenario fixtures,
 * with the verdict and the sentence the board reads.
 */
class VerdictTests {
  private static final Assessor ASSESSOR = Assessor.standard();

  static Report assess(Variation v) {
    Report report = ASSESSOR.assess(v.build());
    assertThat(report.violations()).as("violations").isEmpty();
    return report;
  }

  static Finding finding(Report report, String criterion) {
    return report.findings().stream().filter(f -> f.criterion().equals(criterion)).findFirst().orElseThrow();
  }

  @Nested
  @DisplayName("met means the requirement is met")
  class MetIsMet {
    @Test
    void aStrategyNamingOnlyTheNhsWithNoActionPlanIsPartiallyMetAndNamesEachMissingPart() {
      Report report = assess(Variation.of("icb-strong.json").item("strategy-2025", s -> {
        s.putArray("partners").add("nhs");
        s.put("actionPlan", false);
        ((com.fasterxml.jackson.databind.node.ObjectNode) s.get("measures").get(0)).put("latest", 1200);
      }));
      Finding strategy = finding(report, "N1-CD-STRATEGY");
      assertThat(strategy.status()).isEqualTo(PARTIALLY_MET);
      assertThat(strategy.missing()).containsExactly(
          "an action plan with owners and dates",
          "the local authority named as a partner",
          "the police named as a partner (the Charter asks the strategy to link with police engagement)",
          "community sector (VCSE) organisations named as partners");
      assertThat(strategy.confidence()).as("a measure moving the wrong way lowers confidence").isEqualTo(MEDIUM);
      assertThat(strategy.confidenceReasons()).anySatisfy(r -> assertThat(r)
          .startsWith("the measure \u201cResidents reached by community development\u201d moved away from its target"));
      assertThat(report.band().id()).as("a mandatory criterion partially met keeps the band below the top two")
          .isEqualTo("developing");
    }

    @Test
    void anOfficerLedMapOfNoAssetsInNoWardsIsNotMet() {
      Report report = assess(Variation.of("icb-strong.json").item("asset-map", m -> {
        m.put("assets", 0);
        m.put("wardsCovered", 0);
        m.put("communityLed", false);
        provenance(m).put("coProduced", false);
      }));
      Finding map = finding(report, "N2-ASSET-MAP");
      assertThat(map.status()).isEqualTo(NOT_MET);
      assertThat(map.reason()).startsWith("\u201cCommunity asset map\u201d (asset-map) lists 0 assets in 0 wards");
    }

    @Test
    void aQualityAccountThatDoesNotSayWhatChangedIsPartiallyMet() {
      Report report = assess(Variation.of("trust-strong.json").item("qa-2024-25", q -> {
        q.put("reportsOutcomes", false);
        q.putArray("changesMade");
      }));
      Finding qa = finding(report, "N5-QUALITY-ACCOUNT");
      assertThat(qa.status()).isEqualTo(PARTIALLY_MET);
      assertThat(qa.missing()).containsExactly(
          "the outcomes and the changes to services that followed from the evidence (no change is reported)");
    }

    @Test
    void aCommunityLedPartnershipANeighbourhoodBoardNotedIsMetWhateverItsPaperwork() {
      Report report = assess(Variation.of("icb-strong.json").item("np-bethnal-green", p -> {
        provenance(p).put("status", "noted");
        provenance(p).put("approvedBy", "Aberfeldy Big Local sub-committee");
        provenance(p).remove("minuteReference");
        p.put("neighbourhood", "Aberfeldy Big Local");
      }));
      Finding partnership = finding(report, "A4-NEIGHBOURHOOD-PARTNERSHIP");
      assertThat(partnership.status()).isEqualTo(MET);
      assertThat(partnership.confidence()).as("reports of activity are noted as a matter of course").isEqualTo(HIGH);
      assertThat(partnership.reason()).startsWith(
          "The Aberfeldy Big Local partnership is community led: 10 of its 18 members are residents (55.6%)");
    }
  }

  @Nested
  @DisplayName("current evidence comes first")
  class CurrentFirst {
    @Test
    void aStaleCcgAssessmentIsHistoryNotTheVerdictWhenTheCurrentAssessmentIsSilent() {
      Report report = assess(Variation.of("icb-strong.json")
          .item("assurance", a -> a.put("highlightsNeedsAssetsWork", false))
          .copy("assurance", "ccg-iaf-2019", a -> {
            a.put("highlightsNeedsAssetsWork", true);
            a.put("assessmentType", "ccg-assurance");
            a.put("assessor", "NHS England (CCG Improvement and Assessment Framework)");
            provenance(a).put("title", "CCG IAF 2018/19 patient and community engagement indicator");
            provenance(a).put("date", "2019-01-31");
            provenance(a).put("producedBy", "08V");
            provenance(a).put("approvedBy", "NHS England");
          }));
      Finding assurance = finding(report, "N6-ASSURANCE");
      assertThat(assurance.evidence()).doesNotContain("ccg-iaf-2019");
      assertThat(assurance.status()).isIn(PARTIALLY_MET, NOT_MET);
      assertThat(assurance.history()).singleElement().asString()
          .startsWith("\u201cCCG IAF 2018/19 patient and community engagement indicator\u201d (ccg-iaf-2019) is legacy evidence of 08V");
    }

    @Test
    void anOldQualityAccountRedatedToday_IsJudgedByItsReportingYearAndTheCurrentOneWins() {
      Report report = assess(Variation.of("trust-strong.json")
          .copy("qa-2024-25", "qa-2021-22", q -> {
            q.put("reportingYear", "2021/22");
            provenance(q).put("date", "2026-03-01");
            provenance(q).put("title", "Quality Account 2021/22 (republished)");
          })
          .item("qa-2024-25", q -> q.put("reportsOutcomes", false)));
      Finding qa = finding(report, "N5-QUALITY-ACCOUNT");
      assertThat(qa.evidence()).containsExactly("qa-2024-25");
      assertThat(qa.status()).isEqualTo(PARTIALLY_MET);
      assertThat(qa.history()).singleElement().asString().contains("(2021/22) is superseded by the newer edition");
    }

    @Test
    void aCurrentNeedsOnlyJsnaSupersedesA2018AssetsAssessmentAndTheBandStaysCapped() {
      Report report = assess(Variation.of("hwb-needs-only-jsna.json")
          .copy("jsnaa-2025", "jsnaa-2018", j -> {
            j.put("assessmentType", "jsnaa");
            provenance(j).put("date", "2018-05-01");
            provenance(j).put("title", "Joint Strategic Needs and Assets Assessment 2018");
            j.putObject("assetsProfile").put("groups", 1).put("organisations", 1).put("partnerships", 1)
                .putArray("wards").addObject().put("wardName", "Poplar").put("assets", 1);
          }));
      Finding jsnaa = finding(report, "N2-JSNAA");
      assertThat(jsnaa.status()).isEqualTo(NOT_MET);
      assertThat(jsnaa.evidence()).containsExactly("jsnaa-2025");
      assertThat(report.band().id()).isEqualTo("emerging");
    }

    @Test
    void aJsnaaRefreshedFourteenMonthsAgoIsCurrentOnTheThreeYearCycle() {
      Report report = assess(Variation.of("hwb-strong.json").submission(s -> s.put("asAt", "2026-08-01"))
          .item("jsnaa-2025", j -> provenance(j).put("minuteReference", "HWB/25/031")));
      Finding jsnaa = finding(report, "N2-JSNAA");
      assertThat(jsnaa.status()).isEqualTo(MET);
      assertThat(jsnaa.confidenceReasons()).anySatisfy(r -> assertThat(r).contains("current within 36 months"));
      assertThat(jsnaa.confidence()).isEqualTo(HIGH);
    }
  }

  @Nested
  @DisplayName("token evidence does not meet a criterion")
  class NotGameable {
    @Test
    void aResidentCoChairDoesNotMakeAPartnershipOfOneResidentInThirtyCommunityLed() {
      Report report = assess(Variation.of("icb-strong.json").item("np-bethnal-green", p -> {
        p.put("members", 30);
        p.put("residentMembers", 1);
        p.put("residentCoChair", true);
      }));
      Finding partnership = finding(report, "A4-NEIGHBOURHOOD-PARTNERSHIP");
      assertThat(partnership.status()).isEqualTo(PARTIALLY_MET);
      assertThat(partnership.missing()).containsExactly("community leadership: residents holding more than 50% of the seats"
          + " (now 1 of 30, 3.3%); a resident co-chair alone does not make the partnership community led");
    }

    @Test
    void aCommunicationsAndEngagementPlanIsNotACommunityDevelopmentStrategy() {
      Report report = assess(Variation.of("icb-strong.json").item("strategy-2025", s -> {
        s.put("approach", "communications");
        provenance(s).put("title", "Communications and engagement plan 2020-22: how we will consult residents");
      }));
      Finding strategy = finding(report, "N1-CD-STRATEGY");
      assertThat(strategy.status()).isEqualTo(NOT_MET);
      assertThat(strategy.reason()).startsWith("\u201cCommunications and engagement plan 2020-22: how we will consult residents\u201d"
          + " (strategy-2025) is a communications plan");
      assertThat(report.band().id()).isEqualTo("emerging");
    }

    @Test
    void aFiftyPoundBudgetDecidedByThreePeopleIsOnlyPartlyDevolvedPower() {
      Report report = assess(Variation.of("icb-strong.json").without("community-commissioning").item("pb-2025", d -> {
        d.put("amountGbp", 50);
        d.put("participants", 3);
        d.remove("shareOfBudgetPercent");
      }));
      Finding decisions = finding(report, "N4-DEVOLVED-DECISIONS");
      assertThat(decisions.status()).isEqualTo(PARTIALLY_MET);
      assertThat(decisions.missing()).containsExactly(
          "the share of the relevant budget residents decided (at least 1%)",
          "at least 100 residents voting (3 took part)");
      assertThat(decisions.reason()).contains("participatory budgeting (£50), with 3 residents deciding");
      assertThat(finding(report, "N4-DEVOLVED-BREADTH").status()).as("one round is not breadth").isEqualTo(NOT_MET);
    }

    @Test
    void onePoundOfRecurrentBudgetIsFarShortOfInvestmentPerResident() {
      Report report = assess(Variation.of("icb-strong.json").item("cd-budget", b -> b.put("amountGbp", 1)));
      Finding investment = finding(report, "N3-CD-INVESTMENT");
      assertThat(investment.status()).isEqualTo(PARTIALLY_MET);
      assertThat(investment.missing()).containsExactly("recurrent investment of at least £1.00 per resident a year"
          + " (£2,000,000 for 2,000,000 residents); it is £0.00");
    }

    @Test
    void aOnePoundOneOffLineAndAnInternalReviewOfAnUnrelatedAppDoNotMeetCallTen() {
      Report report = assess(Variation.of("la-strong.json")
          .item("cd-budget", b -> {
            b.put("amountGbp", 1);
            b.put("recurrent", false);
          })
          .add("""
              {"kind": "budget-line", "id": "app", "provenance": {"title": "Healthy living app", "date": "2025-04-01",
                "status": "approved", "approvedBy": "Cabinet", "minuteReference": "CAB/25/1", "source": "organisation"},
               "purpose": "other", "amountGbp": 20000, "financialYear": "2025/26", "recurrent": false}""")
          .item("evaluation", e -> {
            e.put("evaluates", "app");
            e.put("independent", false);
            e.put("method", "internal-review");
            provenance(e).put("source", "organisation");
          }));
      Finding commissioned = finding(report, "N10-COMMISSIONED-CD");
      assertThat(commissioned.status()).isEqualTo(PARTIALLY_MET);
      assertThat(commissioned.missing()).contains("recurrent commissioning rather than a one-off grant",
          "an independent evaluation of the commissioned community development (NICE NG44, SROI, an academic study)");
      Finding evidenceBased = finding(report, "A3-EVIDENCE-BASED");
      assertThat(evidenceBased.status()).isEqualTo(NOT_MET);
      assertThat(evidenceBased.reason()).contains("\u201cHealthy living app\u201d (app), which is not a community development intervention");
    }

    @Test
    void oneParticipatoryBudgetCarriesDevolvedPowerButNotBreadthNorTheOwnLivesCommitmentInFull() {
      Report report = assess(Variation.of("hwb-strong.json").without("community-commissioning", "champions"));
      assertThat(finding(report, "N4-DEVOLVED-DECISIONS").status()).isEqualTo(MET);
      assertThat(finding(report, "A6A-OWN-LIVES").status()).isEqualTo(PARTIALLY_MET);
      assertThat(finding(report, "A6A-OWN-LIVES").missing()).containsExactly(
          "residents leading on their own health and wellbeing, such as a community champions programme");
    }

    @Test
    void aFivePercentSocialValueWeightingAndAnIncentiveForElectiveActivityEarnNothing() {
      Report report = assess(Variation.of("icb-strong.json")
          .item("social-value", v -> v.put("weightingPercent", 5))
          .item("incentive", i -> {
            i.put("rewardsNeedsAssetsWork", false);
            i.put("metric", "elective activity above plan");
          }));
      Finding socialValue = finding(report, "N3-SOCIAL-VALUE");
      assertThat(socialValue.status()).isEqualTo(NOT_MET);
      assertThat(socialValue.score()).isEqualByComparingTo("0");
      assertThat(socialValue.reason()).startsWith("A social value weighting of 5%, below the 10% minimum");
      Finding incentive = finding(report, "N7-INCENTIVE");
      assertThat(incentive.status()).isEqualTo(NOT_MET);
      assertThat(incentive.reason()).startsWith("The incentive scheme rewards elective activity above plan, not needs-and-assets-based approaches");
    }

    @Test
    void aDraftPublishedByNobodyIsRefusedAtTheBoundary() {
      Submission draft = Variation.of("icb-strong.json").item("strategy-2025", s -> {
        provenance(s).put("status", "published");
        provenance(s).remove("approvedBy");
        provenance(s).remove("minuteReference");
        provenance(s).put("url", "https://example.org/draft");
        provenance(s).put("title", "DRAFT for consultation: community development strategy");
      }).build();
      assertThat(ASSESSOR.assess(draft).violations()).singleElement().satisfies(v -> {
        assertThat(v.path()).isEqualTo("$.evidence[0].provenance.approvedBy");
        assertThat(v.message()).contains("published means approved and then published");
      });
    }

    @Test
    void aMinuteDeferringTheStrategyIsEvidenceOfAbsenceSoNotMet() {
      Report report = assess(Variation.of("icb-strong.json").without("strategy-2025").add("""
          {"kind": "board-decision", "id": "board-defers-strategy", "provenance": {"title": "Board minutes, 12 June 2025, item 9",
            "date": "2025-06-12", "status": "approved", "approvedBy": "NEL ICB Board", "minuteReference": "ICB/25/045",
            "source": "organisation"},
           "body": "NEL ICB Board", "meetingDate": "2025-06-12", "topic": "community-development-strategy",
           "outcome": "deferred", "decision": "The Board deferred the community development strategy to 2026/27."}"""));
      Finding strategy = finding(report, "N1-CD-STRATEGY");
      assertThat(strategy.status()).isEqualTo(NOT_MET);
      assertThat(strategy.reason()).startsWith("NEL ICB Board deferred the community development strategy on 12 June 2025");
    }
  }

  @Nested
  @DisplayName("waivers mean something")
  class Waivers {
    private static final String SELF_WAIVER = """
        {"criterion": "N1-CD-STRATEGY", "reason": "Strategy to follow the merger", "requestedBy": "Head of Strategy",
         "approvedBy": "Jo Smith", "approverRole": "Director of Strategy", "approvingOrganisation": "NHS North East London ICB",
         "approvingOrganisationCode": "QMF", "approverKind": "own-organisation",
         "approvedOn": "2026-01-10", "expires": "2026-06-30"}""";

    @Test
    void anOrganisationCannotWaiveItsOwnMandatoryStrategyAndTheBandDoesNotRise() {
      Variation without = Variation.of("icb-missing-strategy.json");
      Report before = assess(without);
      Report after = assess(Variation.of("icb-missing-strategy.json").waiver(SELF_WAIVER));
      Finding strategy = finding(after, "N1-CD-STRATEGY");
      assertThat(strategy.waiver().outcome()).isEqualTo(WaiverOutcome.REFUSED);
      assertThat(strategy.waiver().explanation()).startsWith("A mandatory criterion cannot be waived");
      assertThat(after.overall()).isEqualTo(before.overall());
      assertThat(after.band()).isEqualTo(before.band());
    }

    @Test
    void anExpiredWaiverIsReportedAndTheCriterionAssessedNormally() {
      Report report = assess(Variation.of("icb-strong.json").waiver("""
              {"criterion": "N7-INCENTIVE", "reason": "Scheme under review", "requestedBy": "Director of Finance",
               "approvedBy": "A Regional Director", "approverRole": "Regional Director",
               "approvingOrganisation": "NHS England London region", "approverKind": "nhs-england-region",
               "approvedOn": "2025-01-10", "expires": "2025-12-31"}"""));
      Finding incentive = finding(report, "N7-INCENTIVE");
      assertThat(incentive.status()).isEqualTo(MET);
      assertThat(incentive.waiver().outcome()).isEqualTo(WaiverOutcome.EXPIRED);
      assertThat(incentive.waiver().explanation()).isEqualTo(
          "The waiver expired on 31 December 2025, before the as-at date, so the criterion is assessed normally.");
    }

    @Test
    void aWaiverFromTheRightAssurerForANonMandatoryCriterionApplies() {
      Report report = assess(Variation.of("icb-strong.json").without("incentive").waiver("""
              {"criterion": "N6-ASSURANCE", "reason": "Annual assessment delayed by the merger", "requestedBy": "Director of Corporate Affairs",
               "approvedBy": "A Regional Director", "approverRole": "Regional Director",
               "approvingOrganisation": "NHS England London region", "approverKind": "nhs-england-region",
               "approvedOn": "2026-01-10", "expires": "2026-12-31"}"""));
      assertThat(finding(report, "N6-ASSURANCE").status().name()).isEqualTo("WAIVED");
      assertThat(finding(report, "N7-INCENTIVE").status()).as("no local scheme: informational for an ICB")
          .isEqualTo(NOT_APPLICABLE);
    }
  }

  @Nested
  @DisplayName("organisations as they stood on the as-at date")
  class Abolished {
    @Test
    void aCcgSubmissionAfterJuly2022IsRefusedNamingTheIcbThatAnswers() {
      Submission ccg = Variation.of("icb-legacy-ccg.json").submission(s -> {
        var org = (com.fasterxml.jackson.databind.node.ObjectNode) s.get("organisation");
        org.put("code", "A3A8R");
        org.put("name", "NHS North East London CCG");
        org.put("kind", "ccg");
        org.remove("predecessors");
        s.put("asAt", "2023-06-01");
        s.putArray("evidence");
        ((com.fasterxml.jackson.databind.node.ObjectNode) s.get("period")).put("start", "2022-04-01").put("end", "2023-03-31");
      }).build();
      assertThat(ASSESSOR.assess(ccg).violations()).anySatisfy(v -> {
        assertThat(v.path()).isEqualTo("$.organisation");
        assertThat(v.message()).contains("NHS North East London Integrated Care Board (QMF) answers");
      });
    }
  }

  @Nested
  @DisplayName("confidence is judged apart from the requirement")
  class Confidence {
    @Test
    void aMetCriterionWithLessThanHighConfidenceSaysWhatWouldRaiseIt() {
      Report report = assess(Variation.of("icb-strong.json").item("strategy-2025", s -> {
        provenance(s).remove("minuteReference");
        provenance(s).put("coProduced", false);
      }));
      Finding strategy = finding(report, "N1-CD-STRATEGY");
      assertThat(strategy.status()).isEqualTo(MET);
      assertThat(strategy.confidence()).isEqualTo(MEDIUM);
      assertThat(strategy.raiseConfidence()).containsExactly(
          "the minute reference that records the approval of \u201cBuilding stronger communities: community development strategy 2025-2028\u201d (strategy-2025)",
          "co-production with residents, or corroboration by the community or an independent assessor");
    }

    @Test
    void aDraftStrategyIsPartiallyMetAtMostBecauseAdoptionIsTheSubstance() {
      Report report = assess(Variation.of("icb-strong.json").item("strategy-2025", s -> {
        provenance(s).put("status", "draft");
        provenance(s).remove("approvedBy");
        provenance(s).remove("minuteReference");
      }));
      Finding strategy = finding(report, "N1-CD-STRATEGY");
      assertThat(strategy.status()).isEqualTo(PARTIALLY_MET);
      assertThat(strategy.missing()).containsExactly("adoption by the board: the strategy is a draft");
      assertThat(strategy.confidence()).isEqualTo(LOW);
    }
  }
}
