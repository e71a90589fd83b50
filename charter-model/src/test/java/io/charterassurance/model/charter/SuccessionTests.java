package io.charterassurance.model.charter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.charterassurance.model.organisation.Organisation;
import io.charterassurance.model.organisation.OrganisationKind;
import io.charterassurance.model.organisation.Predecessor;
import io.charterassurance.model.organisation.SourceConfidence;
import io.charterassurance.model.organisation.SuccessionKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Who answers for the Charter's 2014 bodies on a given date. */
class SuccessionTests {
  private static final Charter CHARTER = Charter.standard();

  private static List<String> answering(String institution, String date) {
    return CHARTER.resolve(institution, LocalDate.parse(date)).stream().map(r -> r.institution().id()).toList();
  }

  private static List<SourceConfidence> successionsOf(String institution) {
    return CHARTER.institution(institution).orElseThrow().successors().stream().map(Succession::confidence).toList();
  }

  @Nested
  class Resolve {
    @Test
    void aCcgAnswersForItselfUntilThirtiethJune2022AndItsIcbFromFirstJuly() {
      assertThat(answering("ccg", "2022-06-30")).containsExactly("ccg");
      assertThat(answering("ccg", "2022-07-01")).containsExactly("icb");
      Resolution r = CHARTER.resolve("ccg", LocalDate.parse("2026-12-01")).get(0);
      assertThat(r.via()).containsExactly("ccg", "icb");
      assertThat(r.since()).isEqualTo(LocalDate.parse("2022-07-01"));
      assertThat(r.planned()).isFalse();
    }

    @Test
    void publicHealthEnglandSplitIntoOhidAndUkhsaOnFirstOctober2021() {
      assertThat(answering("public-health-england", "2021-09-30")).containsExactly("public-health-england");
      List<Resolution> after = CHARTER.resolve("public-health-england", LocalDate.parse("2021-10-01"));
      assertThat(after).extracting(r -> r.institution().id(), Resolution::functions)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("ohid", "health improvement"),
              org.assertj.core.groups.Tuple.tuple("ukhsa", "health protection"));
    }

    @Test
    void healthEducationEnglandIsNowNhsEnglandsWorkforceDirectorate() {
      assertThat(answering("health-education-england", "2023-03-31")).containsExactly("health-education-england");
      assertThat(answering("health-education-england", "2023-04-01")).containsExactly("nhs-england-workforce");
      assertThat(answering("local-area-team", "2026-12-01")).containsExactly("nhs-england-regions");
    }

    @Test
    void letbsWereHeesCommitteesUntilTheHealthAndCareAct2022AndTheirWorkWentWithHeeToNhsEngland() {
      assertThat(answering("letb", "2022-06-30")).containsExactly("letb");
      assertThat(answering("letb", "2022-07-01")).containsExactly("health-education-england");
      Resolution r = CHARTER.resolve("letb", LocalDate.parse("2026-12-01")).get(0);
      assertThat(r.via()).containsExactly("letb", "health-education-england", "nhs-england-workforce");
      assertThat(r.since()).isEqualTo(LocalDate.parse("2023-04-01"));
      assertThat(CHARTER.institution("letb").orElseThrow().note()).contains("committees of Health Education England");
    }

    @Test
    void dclgBecameMhclgThenDluhcThenMhclgAgain() {
      assertThat(answering("dclg", "2018-01-07")).containsExactly("dclg");
      assertThat(answering("dclg", "2018-01-08")).containsExactly("mhclg-2018");
      assertThat(answering("dclg", "2021-09-18")).containsExactly("mhclg-2018");
      assertThat(answering("dclg", "2021-09-19")).containsExactly("dluhc");
      assertThat(answering("dclg", "2024-07-07")).containsExactly("dluhc");
      Resolution today = CHARTER.resolve("dclg", LocalDate.parse("2024-07-08")).get(0);
      assertThat(today.via()).containsExactly("dclg", "mhclg-2018", "dluhc", "mhclg");
      assertThat(today.institution().name()).isEqualTo("Ministry of Housing, Communities and Local Government");
    }

    @Test
    void onlyTheReturnToMhclgIsVerifiedToTheDay() {
      assertThat(successionsOf("dclg")).containsExactly(SourceConfidence.REPORTED);
      assertThat(successionsOf("mhclg-2018")).containsExactly(SourceConfidence.REPORTED);
      assertThat(successionsOf("dluhc")).containsExactly(SourceConfidence.VERIFIED);
    }

    @Test
    void theDepartmentOfHealthBecameDhscOnEighthJanuary2018() {
      assertThat(answering("department-of-health", "2018-01-07")).containsExactly("department-of-health");
      assertThat(answering("department-of-health", "2018-01-08")).containsExactly("dhsc");
    }

    @Test
    void theAnnualQualityReportGaveWayToTheQualityAccountIn2019() {
      assertThat(answering("ft-annual-quality-report", "2018-06-30")).containsExactly("ft-annual-quality-report");
      assertThat(answering("ft-annual-quality-report", "2019-06-30")).containsExactly("quality-account");
    }

    @Test
    void ccgAssuranceLeadsThroughTheIafToTheOversightFramework() {
      Resolution r = CHARTER.resolve("ccg-assurance", LocalDate.parse("2026-12-01")).get(0);
      assertThat(r.via()).containsExactly("ccg-assurance", "ccg-iaf", "nhs-oversight-framework");
      assertThat(answering("ccg-assurance", "2017-06-01")).containsExactly("ccg-iaf");
    }

    @Test
    void theQualityPremiumEndedWithNoSuccessor() {
      assertThat(answering("ccg-quality-premium", "2020-01-01")).containsExactly("ccg-quality-premium");
      assertThat(answering("ccg-quality-premium", "2023-01-01")).isEmpty();
    }

    @Test
    void nhsEnglandAndHealthwatchAreStillHereInDecember2026AndThePlannedAbolitionIsFlagged() {
      assertThat(answering("nhs-england", "2026-12-01")).containsExactly("nhs-england");
      assertThat(answering("healthwatch", "2026-12-01")).containsExactly("healthwatch");
      List<Resolution> after = CHARTER.resolve("healthwatch", LocalDate.parse("2027-04-01"));
      assertThat(after).extracting(r -> r.institution().id()).containsExactly("icb", "local-authority");
      assertThat(after).allSatisfy(r -> assertThat(r.planned()).isTrue());
      assertThat(successionsOf("healthwatch")).as("Healthwatch's abolition is planned, its date a placeholder")
          .containsOnly(SourceConfidence.REPORTED);
      assertThat(CHARTER.resolve("health-education-england", LocalDate.parse("2027-06-01")))
          .singleElement().satisfies(r -> {
            assertThat(r.via()).containsExactly("health-education-england", "nhs-england-workforce", "dhsc");
            assertThat(r.planned()).isTrue();
          });
    }

    @Test
    void beforeAnInstitutionExistedNobodyAnswersForIt() {
      assertThat(answering("icb", "2021-01-01")).isEmpty();
    }

    @Test
    void anUnknownInstitutionIsAClearError() {
      assertThatThrownBy(() -> CHARTER.resolve("strategic-health-authority", LocalDate.parse("2026-01-01")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("The Charter names no institution \"strategic-health-authority\"");
    }

    @Test
    void everyInstitutionACallNamesExists() {
      for (Clause call : CHARTER.calls()) {
        for (String id : call.concerns()) {
          assertThat(CHARTER.institution(id)).as("%s concerns %s", call.id(), id).isPresent();
        }
      }
    }
  }

  @Nested
  class Calls {
    @Test
    void theWorkforceCallIsAnsweredNationallyByNhsEnglandIn2026() {
      assertThat(CHARTER.addresseesOn("N8", LocalDate.parse("2026-12-01")))
          .extracting(r -> r.institution().id()).containsExactly("nhs-england-workforce");
      assertThat(CHARTER.addresseesOn("N8", LocalDate.parse("2020-01-01")))
          .extracting(r -> r.institution().id()).containsExactly("health-education-england", "letb");
    }

    @Test
    void theQualityReportCallConcernsIcbsAndTrustsToday() {
      assertThat(CHARTER.concernedOn("N5", LocalDate.parse("2026-12-01")))
          .extracting(r -> r.institution().id()).containsExactly("icb", "nhs-foundation-trust", "nhs-trust");
    }

    @Test
    void aPrincipleIsNotACall() {
      assertThatThrownBy(() -> CHARTER.addresseesOn("P2", LocalDate.parse("2026-01-01")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("not a call");
    }
  }

  @Nested
  class Responders {
    private final Organisation icb = new Organisation("QMF", "NHS North East London ICB", OrganisationKind.ICB, null, null, List.of(
        new Predecessor("A3A8R", "NHS North East London CCG", OrganisationKind.CCG, LocalDate.parse("2022-06-30"),
            SuccessionKind.ABOLISHED_AND_SUCCEEDED),
        new Predecessor("08V", "NHS Tower Hamlets CCG", OrganisationKind.CCG, LocalDate.parse("2021-03-31"),
            SuccessionKind.MERGED)));

    @Test
    void beforeJuly2022TheIcbsPredecessorCcgAnswersTheConstitutionCall() {
      List<Responder> responders = CHARTER.respondersFor("N5", icb, LocalDate.parse("2021-05-01"));
      assertThat(responders).extracting(Responder::code).as("08V had merged into A3A8R on 1 April 2021")
          .containsExactly("A3A8R");
      assertThat(responders).allSatisfy(r -> {
        assertThat(r.predecessor()).isTrue();
        assertThat(r.kind()).isEqualTo(OrganisationKind.CCG);
      });
    }

    @Test
    void fromJuly2022TheIcbAnswersAsTheCcgsSuccessor() {
      assertThat(CHARTER.respondersFor("N5", icb, LocalDate.parse("2022-07-01"))).singleElement().satisfies(r -> {
        assertThat(r.code()).isEqualTo("QMF");
        assertThat(r.predecessor()).isFalse();
        assertThat(r.resolution().via()).containsExactly("ccg", "icb");
      });
    }

    @Test
    void aMergedIcbsPredecessorIcbsAnswerUntilTheMerger() {
      // QXX stands in for the merged ICB's code, which has not been published.
      Organisation merged = new Organisation("QXX", "NHS Norfolk and Suffolk ICB", OrganisationKind.ICB, null, null, List.of(
          new Predecessor("QMM", "NHS Norfolk and Waveney ICB", OrganisationKind.ICB, LocalDate.parse("2026-03-31"),
              SuccessionKind.MERGED),
          new Predecessor("QJG", "NHS Suffolk and North East Essex ICB", OrganisationKind.ICB,
              LocalDate.parse("2026-03-31"), SuccessionKind.MERGED)));
      assertThat(CHARTER.respondersFor("N1", merged, LocalDate.parse("2025-06-01")))
          .extracting(Responder::code).containsExactly("QJG", "QMM");
      assertThat(CHARTER.respondersFor("N1", merged, LocalDate.parse("2026-04-01")))
          .extracting(Responder::code).containsExactly("QXX");
    }

    @Test
    void aCallThatDoesNotConcernTheOrganisationHasNoResponder() {
      assertThat(CHARTER.respondersFor("N9", icb, LocalDate.parse("2026-01-01"))).isEmpty();
    }
  }
}
