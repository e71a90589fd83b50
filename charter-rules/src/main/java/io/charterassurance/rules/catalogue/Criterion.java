package io.charterassurance.rules.catalogue;

import io.charterassurance.model.organisation.OrganisationKind;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A checkable criterion: one Charter call (or part of one) translated into what evidence meets it.
 *
 * @param id the stable id, e.g. {@code N2-JSNAA}; the rule that decides it has the same name
 * @param title a short title
 * @param area the area of the Charter (and the rule file) it belongs to
 * @param clauses the Charter clauses it serves
 * @param principles the Charter principles it serves, from the Charter's call-to-principle mapping
 * @param kinds the kinds of organisation it applies to
 * @param mandatoryFor the kinds for which it is mandatory (a limiter on the band)
 * @param weight its default weight in score roll-ups
 * @param evidenceKinds the evidence kinds that can meet it
 * @param informationalFor the kinds for which it is informational when no evidence is offered
 * @param informationalReason why (empty when it is never informational)
 * @param meets in plain words, what meets it
 */
public record Criterion(
    String id,
    String title,
    String area,
    List<String> clauses,
    List<String> principles,
    Set<OrganisationKind> kinds,
    Set<OrganisationKind> mandatoryFor,
    BigDecimal weight,
    List<String> evidenceKinds,
    Set<OrganisationKind> informationalFor,
    String informationalReason,
    String meets) {

  public Criterion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(weight, "weight");
    Objects.requireNonNull(meets, "meets");
    clauses = List.copyOf(clauses);
    principles = List.copyOf(principles);
    // EnumSets iterate in declaration order, so JSON and the rule-set hash are the same on every run.
    kinds = enumSet(kinds);
    mandatoryFor = enumSet(mandatoryFor);
    informationalFor = enumSet(informationalFor);
    Objects.requireNonNull(informationalReason, "informationalReason");
    evidenceKinds = List.copyOf(evidenceKinds);
  }

  private static Set<OrganisationKind> enumSet(Set<OrganisationKind> kinds) {
    return kinds.isEmpty()
        ? Set.of()
        : Collections.unmodifiableSet(EnumSet.copyOf(kinds));
  }

  /** Whether the criterion applies to this kind of organisation. */
  public boolean appliesTo(OrganisationKind kind) {
    return kinds.contains(kind);
  }

  /**
   * Whether the criterion is only informational for this kind when no evidence of it is offered
   * (it is then not applicable, with {@link #informationalReason()}): the call's instrument ended,
   * and a local equivalent is judged only where one exists.
   */
  public boolean isInformationalFor(OrganisationKind kind) {
    return informationalFor.contains(kind);
  }

  /** Whether the criterion is mandatory for this kind of organisation. */
  public boolean isMandatoryFor(OrganisationKind kind) {
    return mandatoryFor.contains(kind);
  }
}
