package io.charterassurance.rules;

import static io.charterassurance.model.report.CriterionStatus.MET;
import static io.charterassurance.model.report.CriterionStatus.NOT_APPLICABLE;
import static io.charterassurance.model.report.CriterionStatus.NOT_ASSESSED;
import static io.charterassurance.model.report.CriterionStatus.NOT_MET;
import static io.charterassurance.model.report.CriterionStatus.PARTIALLY_MET;
import static io.charterassurance.model.report.CriterionStatus.WAIVED;
import static org.assertj.core.api.Assertions.assertThat;

import io.charterassurance.model.report.CriterionStatus;
import io.charterassurance.model.report.Finding;
import io.charterassurance.model.report.Report;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Scenario fixtures per organisation kind, with the statuses, bands and sentences an assurance
 * team would expect.
 */
class ScenarioTests {
  private static final Assessor ASSESSOR = Assessor.standard();

  static Report assess(String fixture) {
    Report report = ASSESSOR.assess(Scenarios.load(fixture));
    assertThat(report.violations()).as("violations in fixture %s", fixture).isEmpty();
    return report;
  }

  static Finding finding(Report report, String criterion) {
    return report.findings().stream().filter(f -> f.criterion().equals(criterion)).findFirst().orElseThrow();
  }

  static Map<String, CriterionStatus> statuses(Report report) {
    return report.findings().stream().collect(Collectors.toMap(Finding::criterion, Finding::status));
  }

  @Nested
  @DisplayName("an Integrated Care Board")
  class Icb {
    @Test
    void withStrongCurrentEvidenceMeetsEveryCriterionAndLeads() {
      Report report = assess("icb-strong.json");
      assertThat(report.band().id()).isEqualTo("leading");
      assertThat(report.band().isCapped()).isFalse();
      assertThat(report.findings()).filteredOn(f -> f.status() != NOT_APPLICABLE)
          .allSatisfy(f -> assertThat(f.status()).as(f.criterion()).isEqualTo(MET));
      Finding strategy = finding(report, "N1-CD-STRATEGY");
      assertThat(strategy.evidence()).containsExactly("strategy-2025");
      assertThat(strategy.reason())
          .startsWith("An adopted community development strategy with an action plan owned by the Director of Population Health")
          .contains("approved by NHS North East London ICB Board (minute ICB/25/061)");
      assertThat(strategy.confidence()).isEqualTo(io.charterassurance.model.report.Confidence.HIGH);
      assertThat(strategy.confidenceReasons()).anySatisfy(r -> assertThat(r).endsWith("was co-produced with residents"));
      assertThat(strategy.missing()).isEmpty();
      assertThat(strategy.raiseConfidence()).isEmpty();
    }

    @Test
    void withoutAStrategyIsCappedAtEmergingWhateverElseItHas() {
      Report report = assess("icb-missing-strategy.json");
      Finding strategy = finding(report, "N1-CD-STRATEGY");
      assertThat(strategy.status()).isEqualTo(NOT_ASSESSED);
      assertThat(strategy.mandatory()).isTrue();
      assertThat(strategy.confidence()).isNull();
      assertThat(strategy.reason()).isEqualTo(
          "No evidence submitted can meet it: integrated-care-strategy was considered and does not count toward it.");
      assertThat(strategy.missing()).singleElement().asString().startsWith("A community development strategy (a community development or asset-based approach");
      assertThat(report.overall()).isGreaterThanOrEqualTo(new java.math.BigDecimal("60"));
      assertThat(report.band().uncapped()).isEqualTo("established");
      assertThat(report.band().id()).isEqualTo("emerging");
      assertThat(report.band().cappedBy()).containsExactly(
          "Community development strategy (N1-CD-STRATEGY) is mandatory and not assessed, so the band cannot be above Emerging");
      assertThat(report.findings().get(0).criterion()).as("most important finding first").isEqualTo("N1-CD-STRATEGY");
    }

    @Test
    void thatIsWeakIsEarlyOrEmergingWithMissingItemsSpelledOut() {
      Report report = assess("icb-weak.json");
      assertThat(report.band().id()).isIn("early", "emerging");
      Finding strategy = finding(report, "N1-CD-STRATEGY");
      assertThat(strategy.status()).as("an engagement plan is not a community development strategy").isEqualTo(NOT_MET);
      assertThat(strategy.reason()).startsWith(
          "“Draft community engagement and development strategy” (draft-strategy) is an engagement plan");
      assertThat(strategy.missing()).singleElement().asString().startsWith("a community development strategy: one that takes a community development or asset-based approach");
      assertThat(strategy.confidence()).isEqualTo(io.charterassurance.model.report.Confidence.LOW);
      assertThat(strategy.raiseConfidence()).anySatisfy(r -> assertThat(r).startsWith("adoption of"));
      assertThat(finding(report, "N2-JSNAA").status()).isEqualTo(NOT_MET);
      assertThat(finding(report, "N5-CONSTITUTION").status()).isEqualTo(NOT_ASSESSED);
    }

    @Test
    void countsLegacyCcgEvidenceForItsSuccessorAndSaysSo() {
      Report report = assess("icb-legacy-ccg.json");
      Finding strategy = finding(report, "N1-CD-STRATEGY");
      assertThat(strategy.status()).isEqualTo(MET);
      assertThat(strategy.evidence()).containsExactly("ccg-strategy-2022");
      assertThat(strategy.reason()).contains("legacy evidence of NHS North East London CCG (A3A8R)");
      Finding constitution = finding(report, "N5-CONSTITUTION");
      assertThat(constitution.status()).isEqualTo(PARTIALLY_MET);
      assertThat(constitution.evidence()).containsExactly("ccg-constitution");
      assertThat(report.subject().predecessors()).containsExactly("07T", "08V", "A3A8R");
    }

    @Test
    void cannotWaiveAMandatoryCriterionAndTheRefusalIsReported() {
      Report waived = assess("icb-waived.json");
      Finding constitution = finding(waived, "N5-CONSTITUTION");
      assertThat(constitution.status()).isEqualTo(NOT_ASSESSED);
      assertThat(constitution.score()).isEqualByComparingTo("0");
      assertThat(constitution.waiver().outcome()).isEqualTo(io.charterassurance.model.report.WaiverOutcome.REFUSED);
      assertThat(constitution.waiver().explanation()).startsWith("A mandatory criterion cannot be waived:");
      assertThat(waived.tally().waived()).isZero();
      assertThat(waived.band().id()).isEqualTo("emerging");
    }
  }

  @Nested
  @DisplayName("a Health and Wellbeing Board")
  class Board {
    @Test
    void withStrongEvidenceLeadsAndTheNationalOnlyCallsAreNotApplicable() {
      Report report = assess("hwb-strong.json");
      assertThat(report.band().id()).isEqualTo("leading");
      Finding guidance = finding(report, "N9-GUIDANCE");
      assertThat(guidance.status()).isEqualTo(NOT_APPLICABLE);
      assertThat(guidance.reason()).isEqualTo(
          "The Charter addresses this to national bodies, so it does not apply to a Health and Wellbeing Board.");
      assertThat(statuses(report)).containsEntry("N5-QUALITY-ACCOUNT", NOT_APPLICABLE);
    }

    @Test
    void withANeedsOnlyJsnaHasTheWrongKindOfEvidenceForNeedsAndAssets() {
      Report report = assess("hwb-needs-only-jsna.json");
      Finding jsnaa = finding(report, "N2-JSNAA");
      assertThat(jsnaa.status()).isEqualTo(NOT_MET);
      assertThat(jsnaa.score()).isEqualByComparingTo("0");
      assertThat(jsnaa.reason()).startsWith(
          "“Joint Strategic Needs Assessment 2025” (jsnaa-2025) is a needs-only assessment with no profile of community strengths");
      assertThat(jsnaa.missing()).containsExactly(
          "an assets profile: groups, organisations, partnerships and protective factors, by ward");
      assertThat(report.band().id()).isEqualTo("emerging");
      assertThat(report.band().cappedBy()).containsExactly(
          "Joint Strategic Needs and Assets Assessment (N2-JSNAA) is mandatory and not met, so the band cannot be above Emerging");
    }
  }

  @Nested
  @DisplayName("a Health and Wellbeing Board whose evidence is all over four years old")
  class StaleBoard {
    @Test
    void keepsWhatItsEvidenceShowsButWithLowConfidenceAndARefreshAskedFor() {
      Report report = assess("hwb-stale.json");
      Finding strategy = finding(report, "N1-CD-STRATEGY");
      assertThat(strategy.status()).as("staleness is not substance").isEqualTo(MET);
      assertThat(strategy.confidence()).isEqualTo(io.charterassurance.model.report.Confidence.LOW);
      assertThat(report.findings()).filteredOn(f -> f.confidence() != null)
          .allSatisfy(f -> {
            assertThat(f.confidence()).as(f.criterion()).isEqualTo(io.charterassurance.model.report.Confidence.LOW);
            assertThat(f.raiseConfidence()).as(f.criterion()).anySatisfy(r -> assertThat(r).startsWith("a current edition to replace"));
          });
      assertThat(report.band().id()).isIn("developing", "emerging");
      assertThat(report.overall()).isLessThan(assess("hwb-strong.json").overall());
    }
  }

  @Nested
  @DisplayName("an NHS Foundation Trust whose evidence is all in draft")
  class DraftOnlyTrust {
    @Test
    void hasLowConfidenceEverywhereAndIsToldToGetItAdopted() {
      Report report = assess("trust-draft-only.json");
      assertThat(report.findings()).filteredOn(f -> f.confidence() != null)
          .allSatisfy(f -> {
            assertThat(f.confidence()).as(f.criterion()).isEqualTo(io.charterassurance.model.report.Confidence.LOW);
            assertThat(f.raiseConfidence()).as(f.criterion()).anySatisfy(m -> assertThat(m).startsWith("adoption of"));
          });
      Finding qa = finding(report, "N5-QUALITY-ACCOUNT");
      assertThat(qa.status()).as("a draft Quality Account is not yet published").isEqualTo(PARTIALLY_MET);
      assertThat(qa.missing()).contains("publication: the Quality Account is a draft");
      assertThat(report.band().id()).isIn("developing", "emerging");
    }
  }

  @Nested
  @DisplayName("an NHS Foundation Trust")
  class Trust {
    @Test
    void thatShowsHowItUsedCommunityDevelopmentEvidenceInItsQualityAccountMeetsCallFive() {
      Report report = assess("trust-strong.json");
      Finding qa = finding(report, "N5-QUALITY-ACCOUNT");
      assertThat(qa.status()).isEqualTo(MET);
      assertThat(qa.mandatory()).isTrue();
      assertThat(report.band().id()).isIn("leading", "established");
      assertThat(statuses(report)).containsEntry("N1-CD-STRATEGY", NOT_APPLICABLE);
    }

    @Test
    void whoseQualityAccountIgnoresTheEvidenceIsNotMetAndCapped() {
      Report report = assess("trust-weak.json");
      Finding qa = finding(report, "N5-QUALITY-ACCOUNT");
      assertThat(qa.status()).isIn(NOT_MET, PARTIALLY_MET);
      assertThat(report.findings().get(0).criterion()).isEqualTo("N5-QUALITY-ACCOUNT");
      assertThat(report.band().id()).isIn("early", "emerging");
    }
  }

  @Nested
  @DisplayName("a local authority public health team")
  class LocalAuthority {
    @Test
    void thatCommissionsAndEvaluatesCommunityDevelopmentMeetsCallTen() {
      Report report = assess("la-strong.json");
      assertThat(finding(report, "N10-COMMISSIONED-CD").status()).isEqualTo(MET);
      assertThat(finding(report, "N2-JSNAA").status()).isEqualTo(MET);
      assertThat(report.band().id()).isEqualTo("leading");
    }
  }

  @Nested
  @DisplayName("a national body")
  class National {
    @Test
    void isAssessedOnTheCallsOnNationalBodiesAndNotOnLocalOnes() {
      Report report = assess("national-strong.json");
      assertThat(finding(report, "N9-GUIDANCE").status()).isEqualTo(MET);
      assertThat(finding(report, "N11-REGIONAL-PROMOTION").status()).isEqualTo(MET);
      assertThat(finding(report, "N1-CD-STRATEGY").status()).isEqualTo(NOT_APPLICABLE);
      assertThat(finding(report, "A4-NEIGHBOURHOOD-PARTNERSHIP").status()).isEqualTo(NOT_APPLICABLE);
    }
  }
}
