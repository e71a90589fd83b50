package io.charterassurance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterassurance.model.charter.Charter;
import io.charterassurance.model.charter.Clause;
import io.charterassurance.model.organisation.OrganisationKind;
import io.charterassurance.rules.catalogue.CriteriaCatalogue;
import io.charterassurance.rules.catalogue.Criterion;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Walks the Charter model: no call the Charter makes is left without a criterion. */
class CharterCoverageTests {
  private static final Charter CHARTER = Charter.standard();
  private static final CriteriaCatalogue CATALOGUE = CriteriaCatalogue.standard();

  @ParameterizedTest
  @EnumSource(OrganisationKind.class)
  void everyCallConcerningAKindIsCoveredByACriterionForThatKind(OrganisationKind kind) {
    List<String> uncovered = new ArrayList<>();
    for (Clause call : CHARTER.callsConcerning(kind)) {
      boolean covered = CATALOGUE.forKind(kind).stream()
          .flatMap(c -> c.clauses().stream())
          .anyMatch(clause -> CHARTER.topLevelCallOf(clause).equals(call.id()));
      if (!covered) {
        uncovered.add(call.id());
      }
    }
    assertThat(uncovered).as("calls concerning a %s with no criterion", kind.label()).isEmpty();
  }

  @Test
  void everyCallAndEverySubPointIsCitedBySomeCriterion() {
    List<String> cited = CATALOGUE.criteria().stream().flatMap(c -> c.clauses().stream()).toList();
    List<Clause> calls = new ArrayList<>(CHARTER.nationalCalls());
    calls.addAll(CHARTER.agencyCalls());
    for (Clause call : calls) {
      assertThat(cited).as("criteria citing %s", call.id())
          .anyMatch(id -> CHARTER.topLevelCallOf(id).equals(call.id()));
      for (Clause part : CHARTER.children(call.id())) {
        assertThat(cited).as("criteria citing %s", part.id()).contains(part.id());
      }
    }
  }

  @Test
  void criteriaServeThePrinciplesTheCharterMapsTheirCallsTo() {
    for (Criterion criterion : CATALOGUE.criteria()) {
      List<String> expected = criterion.clauses().stream()
          .flatMap(clause -> CHARTER.principlesServedBy(clause).stream())
          .distinct().sorted().toList();
      assertThat(criterion.principles()).as(criterion.id()).isEqualTo(expected).isNotEmpty();
    }
  }
}
