package io.charterassurance.model.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Organisations as they stood on a date: who had ended, and who answered for them. */
class OrganisationRegistryTests {
  private static final OrganisationRegistry REGISTRY = OrganisationRegistry.standard();

  private static Superseded superseded(String code, OrganisationKind kind, String date) {
    return REGISTRY.supersededOn(code, kind, LocalDate.parse(date)).orElseThrow();
  }

  @Test
  void everyEntryCitesItsSourceInFullNotByAShorthandName() {
    // The registry once used YAML aliases for shared sources, which Jackson read as the alias's
    // name: seven CCGs cited "nel-merger". Sources are sentences that name where the date is from.
    assertThat(REGISTRY.bodies()).isNotEmpty().allSatisfy(body -> assertThat(body.source())
        .as(body.code()).contains(" ").hasSizeGreaterThan(40));
  }

  @Nested
  class NorthEastLondon {
    @Test
    void theSevenCcgsMergedIntoNhsNorthEastLondonCcgOnFirstApril2021() {
      for (String code : new String[] {"07L", "07T", "08F", "08M", "08N", "08V", "08W"}) {
        RegisteredBody ccg = REGISTRY.find(code).orElseThrow();
        assertThat(ccg.lastDay()).as(code).isEqualTo(LocalDate.parse("2021-03-31"));
        assertThat(ccg.successors()).singleElement().extracting(RegisteredSuccessor::code).isEqualTo("A3A8R");
        assertThat(ccg.confidence()).isEqualTo(SourceConfidence.VERIFIED);
      }
    }

    @Test
    void towerHamletsCcgAnsweredForItselfUntilThirtyFirstMarch2021() {
      assertThat(REGISTRY.supersededOn("08V", OrganisationKind.CCG, LocalDate.parse("2021-03-31"))).isEmpty();
    }

    @Test
    void fromFirstApril2021TheMergedCcgAnswers() {
      Superseded s = superseded("08V", OrganisationKind.CCG, "2021-04-01");
      assertThat(s.answering()).extracting(RegisteredSuccessor::code).containsExactly("A3A8R");
      assertThat(s.sentence()).isEqualTo("NHS Tower Hamlets CCG (08V) merged into NHS North East London CCG (A3A8R)"
          + " on 1 April 2021; from then NHS North East London CCG (A3A8R) answers");
    }

    @Test
    void theMergedCcgWasSucceededByTheIcbOnFirstJuly2022() {
      assertThat(REGISTRY.supersededOn("A3A8R", OrganisationKind.CCG, LocalDate.parse("2022-06-30"))).isEmpty();
      assertThat(superseded("A3A8R", OrganisationKind.CCG, "2022-07-01").sentence())
          .isEqualTo("NHS North East London CCG (A3A8R) was abolished on 1 July 2022;"
              + " from then NHS North East London Integrated Care Board (QMF) answers");
    }

    @Test
    void fromFirstJuly2022TheChainLeadsThroughTheMergedCcgToTheIcb() {
      Superseded s = superseded("08V", OrganisationKind.CCG, "2023-06-01");
      assertThat(s.changes()).extracting(RegisteredBody::code).containsExactly("08V", "A3A8R");
      assertThat(s.abolishedKind()).isNull();
      assertThat(s.lastDay()).isEqualTo(LocalDate.parse("2021-03-31"));
      assertThat(s.sentence()).isEqualTo("NHS Tower Hamlets CCG (08V) merged into NHS North East London CCG (A3A8R)"
          + " on 1 April 2021, and NHS North East London CCG (A3A8R) was abolished on 1 July 2022;"
          + " from then NHS North East London Integrated Care Board (QMF) answers");
    }
  }

  @Nested
  class ClinicalCommissioningGroups {
    @Test
    void anyCcgTheRegistryDoesNotNameWasAbolishedOnFirstJuly2022() {
      assertThat(REGISTRY.supersededOn("14L", OrganisationKind.CCG, LocalDate.parse("2022-06-30"))).isEmpty();
      Superseded s = superseded("14L", OrganisationKind.CCG, "2022-07-01");
      assertThat(s.changes()).isEmpty();
      assertThat(s.answering()).isEmpty();
      assertThat(s.lastDay()).isEqualTo(LocalDate.parse("2022-06-30"));
      assertThat(s.sentence()).isEqualTo(
          "Clinical Commissioning Groups were abolished on 1 July 2022; from then the Integrated Care Board answers");
    }

    @Test
    void anIcbOrATrustTheRegistryDoesNotNameStillExists() {
      assertThat(REGISTRY.supersededOn("QOP", OrganisationKind.ICB, LocalDate.parse("2026-12-01"))).isEmpty();
      assertThat(REGISTRY.supersededOn("RQX", OrganisationKind.NHS_TRUST, LocalDate.parse("2026-12-01"))).isEmpty();
      assertThat(REGISTRY.supersededOn("RQX", null, LocalDate.parse("2026-12-01"))).isEmpty();
    }
  }

  @Nested
  class IcbMergers2026 {
    @Test
    void norfolkAndWaveneyIsReportedToHaveMergedOnFirstApril2026WithNoSuccessorCodeGuessed() {
      assertThat(REGISTRY.supersededOn("QMM", OrganisationKind.ICB, LocalDate.parse("2026-03-31"))).isEmpty();
      Superseded s = superseded("QMM", OrganisationKind.ICB, "2026-04-01");
      assertThat(s.confidence()).isEqualTo(SourceConfidence.REPORTED);
      assertThat(s.answering()).singleElement().satisfies(a -> {
        assertThat(a.code()).isNull();
        assertThat(a.name()).isEqualTo("Norfolk and Suffolk ICB");
      });
      assertThat(s.sentence()).isEqualTo("NHS Norfolk and Waveney Integrated Care Board (QMM) merged into Norfolk and"
          + " Suffolk ICB on 1 April 2026; from then Norfolk and Suffolk ICB answers"
          + " (this change is reported, not yet confirmed against a primary source)");
    }

    @Test
    void aSplitAreaNamesEverySuccessorWithThePartItTookOver() {
      Superseded s = superseded("QJG", OrganisationKind.ICB, "2026-06-01");
      assertThat(s.answeringNames())
          .isEqualTo("Norfolk and Suffolk ICB (for Suffolk) and Essex ICB (for north east Essex)");
      assertThat(s.sentence()).contains("; from then Norfolk and Suffolk ICB (for Suffolk) and Essex ICB"
          + " (for north east Essex) answer (");
    }
  }

  @Nested
  class TheFile {
    @Test
    void everyEntryCitesASourceAndNoCodeIsInvented() {
      assertThat(REGISTRY.bodies()).isNotEmpty().allSatisfy(b -> {
        assertThat(b.source()).as(b.code()).isNotBlank();
        assertThat(b.kind().codeScheme().accepts(b.code())).as(b.code()).isTrue();
        assertThat(b.successors()).allSatisfy(s -> {
          if (s.code() != null) {
            assertThat(s.kind().codeScheme().accepts(s.code())).as("%s -> %s", b.code(), s.code()).isTrue();
          }
        });
      });
    }

    @Test
    void aMergerIntoAnotherRegisteredBodyEndsBeforeThatBodyDoes() {
      for (RegisteredBody b : REGISTRY.bodies()) {
        for (RegisteredSuccessor s : b.successors()) {
          REGISTRY.find(s.code()).ifPresent(next ->
              assertThat(next.lastDay()).as("%s -> %s", b.code(), next.code()).isAfter(b.lastDay()));
        }
      }
    }

    @Test
    void anUnknownOrMissingCodeIsSimplyNotRegistered() {
      assertThat(REGISTRY.find("ZZZ")).isEmpty();
      assertThat(REGISTRY.find(null)).isEmpty();
      assertThat(REGISTRY.abolition(null)).isEmpty();
      assertThat(REGISTRY.abolition(OrganisationKind.CCG)).get()
          .extracting(AbolishedKind::lastDay).isEqualTo(LocalDate.parse("2022-06-30"));
    }
  }
}
