package io.charterassurance.model.charter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.charterassurance.model.organisation.OrganisationKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The whole Charter is loaded, with stable ids, the seed's exact text and its structure. */
class CharterTests {
  private static final Charter CHARTER = Charter.standard();

  private static String normalised(String text) {
    return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }

  private static String seed() throws IOException {
    try (InputStream in = CharterTests.class.getResourceAsStream("/seed/charter-2014.txt")) {
      return normalised(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Nested
  class Loading {
    @Test
    void everyClauseIsPresentInTheCharterOrder() {
      assertThat(CHARTER.clauses()).extracting(Clause::id).containsExactly(
          "W1", "W2", "W3", "W4", "W5", "W6",
          "P1", "P1a", "P1b", "P1c", "P2", "P3", "P4", "P5", "P6",
          "N", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9", "N10", "N11", "N12",
          "A1", "A2", "A3", "A4", "A4a", "A4b", "A4c", "A4d", "A4e", "A5", "A6", "A6a", "A6b", "A6c", "A6d");
    }

    @Test
    void idsAreUnique() {
      Set<String> seen = new HashSet<>();
      assertThat(CHARTER.clauses()).allSatisfy(c -> assertThat(seen.add(c.id())).as(c.id()).isTrue());
    }

    @Test
    void everyClauseTextIsTheSeedsWordForWord() throws IOException {
      String seed = seed();
      assertThat(CHARTER.clauses()).allSatisfy(c ->
          assertThat(seed).as("text of %s", c.id()).contains(normalised(c.text())));
      assertThat(CHARTER.preamble()).allSatisfy(p -> assertThat(seed).contains(normalised(p)));
      assertThat(seed).startsWith(CHARTER.title());
    }

    @Test
    void clauseNumbersFollowTheCharter() {
      assertThat(CHARTER.nationalCalls()).extracting(Clause::number)
          .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
      assertThat(CHARTER.children("A6")).extracting(Clause::number).containsExactly("a", "b", "c", "d");
    }

    @Test
    void hasSixPrinciplesTwelveNationalCallsAndSixAgencyCalls() {
      assertThat(CHARTER.whyNow()).hasSize(6);
      assertThat(CHARTER.principles()).extracting(Clause::id).containsExactly("P1", "P2", "P3", "P4", "P5", "P6");
      assertThat(CHARTER.children("P1")).extracting(Clause::id).containsExactly("P1a", "P1b", "P1c");
      assertThat(CHARTER.nationalLead().text()).startsWith("Develop policies that would make community development part");
      assertThat(CHARTER.nationalCalls()).hasSize(12);
      assertThat(CHARTER.agencyCalls()).hasSize(6);
      assertThat(CHARTER.children("A4")).extracting(Clause::id).containsExactly("A4a", "A4b", "A4c", "A4d", "A4e");
      assertThat(CHARTER.children("A6")).allSatisfy(c -> assertThat(c.kind()).isEqualTo(ClauseKind.COMMITMENT));
    }

    @Test
    void carriesAVersionAndAContentHash() {
      assertThat(CHARTER.version()).isEqualTo("2014");
      assertThat(CHARTER.contentHash()).matches("[0-9a-f]{64}");
    }
  }

  @Nested
  class Lookup {
    @Test
    void givesAClauseById() {
      assertThat(CHARTER.clause("N2").text()).isEqualTo(
          "Joint Strategic Needs Assessments to become Joint Strategic Needs and Assets Assessments, with a profile"
              + " of the strengths of the local community as seen in the condition of its groups, organisations and"
              + " partnerships and in the protective factors for health and wellbeing.");
      assertThat(CHARTER.find("N13")).isEmpty();
    }

    @Test
    void anUnknownIdIsAClearError() {
      assertThatThrownBy(() -> CHARTER.clause("N13"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("The Charter has no clause \"N13\"; ids are W1-W6");
    }

    @Test
    void subPointsBelongToTheirCall() {
      assertThat(CHARTER.topLevelCallOf("A4c")).isEqualTo("A4");
      assertThat(CHARTER.topLevelCallOf("A6d")).isEqualTo("A6");
      assertThat(CHARTER.topLevelCallOf("N5")).isEqualTo("N5");
      assertThat(CHARTER.topLevelCallOf("P1b")).isEqualTo("P1");
    }

    @Test
    void saysWhichPrinciplesACallServes() {
      assertThat(CHARTER.principlesServedBy("N2")).containsExactly("P5");
      assertThat(CHARTER.principlesServedBy("N4")).containsExactly("P1", "P2");
      assertThat(CHARTER.principlesServedBy("A4b")).containsExactly("P4");
      assertThat(CHARTER.principlesServedBy("P1a")).containsExactly("P1");
      assertThat(CHARTER.principlesServedBy("W3")).isEmpty();
      assertThat(CHARTER.calls()).allSatisfy(c -> assertThat(CHARTER.principlesServedBy(c.id())).as(c.id()).isNotEmpty());
    }
  }

  @Nested
  class Addressees {
    @Test
    void callsAboutCcgsConcernTheirSuccessorIcbs() {
      List<String> icb = CHARTER.callsConcerning(OrganisationKind.ICB).stream().map(Clause::id).toList();
      assertThat(icb).contains("N1", "N2", "N5", "N6", "N7", "A1", "A4", "A6").doesNotContain("N9", "N11", "N");
      assertThat(CHARTER.callsConcerning(OrganisationKind.CCG).stream().map(Clause::id).toList()).isEqualTo(icb);
    }

    @Test
    void aTrustIsConcernedByTheQualityReportCallButNotByStrategies() {
      List<String> trust = CHARTER.callsConcerning(OrganisationKind.NHS_FOUNDATION_TRUST).stream().map(Clause::id).toList();
      assertThat(trust).contains("N5", "N3", "N12").doesNotContain("N1", "N2", "N4");
    }

    @Test
    void nationalBodiesAreConcernedByTheirOwnCallsAndNotByNeighbourhoodPartnerships() {
      List<String> national = CHARTER.callsConcerning(OrganisationKind.NATIONAL_BODY).stream().map(Clause::id).toList();
      assertThat(national).contains("N", "N8", "N9", "N10", "N11", "A1", "A5").doesNotContain("N1", "A4", "A6");
    }

    @Test
    void byDateACcgIsConcernedOnlyWhileCcgsExisted() {
      assertThat(CHARTER.callsConcerning(OrganisationKind.CCG, java.time.LocalDate.of(2021, 5, 1))).isNotEmpty();
      assertThat(CHARTER.callsConcerning(OrganisationKind.CCG, java.time.LocalDate.of(2023, 5, 1))).isEmpty();
      assertThat(CHARTER.callsConcerning(OrganisationKind.ICB, java.time.LocalDate.of(2021, 5, 1))).isEmpty();
    }
  }
}
