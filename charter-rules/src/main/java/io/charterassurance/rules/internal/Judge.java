package io.charterassurance.rules.internal;

import io.charterassurance.model.evidence.Evidence;
import io.charterassurance.model.organisation.Organisation;
import io.charterassurance.model.organisation.OrganisationKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The per-assessment fact every rule matches first: it says which criteria are open (applicable
 * and not waived), gives the policy's named parameters, and collects the rules' offers.
 *
 * <p>One instance per assessment; never shared between threads.
 */
public final class Judge {
  private final Set<String> open;
  private final Map<String, BigDecimal> parameters;
  private final Organisation organisation;
  private final Map<String, List<Offer>> offers = new HashMap<>();

  private final Map<String, Evidence> items = new HashMap<>();
  private final Set<String> informational;

  Judge(Set<String> open, Map<String, BigDecimal> parameters, Organisation organisation, List<Evidence> all,
      Set<String> informational) {
    this.open = open;
    this.informational = informational;
    this.parameters = parameters;
    this.organisation = organisation;
    for (Evidence e : all) {
      items.put(e.id(), e);
    }
  }

  /**
   * Any item of the submission by id, including superseded editions (an evaluation may concern
   * last year's programme); null when there is none.
   */
  public @org.jspecify.annotations.Nullable Evidence item(String id) {
    return items.get(id);
  }

  /**
   * Whether the criterion is informational for this organisation's kind when it has no current
   * evidence of its own (the call's instrument ended with the predecessor).
   */
  public boolean isInformational(String criterion) {
    return informational.contains(criterion);
  }

  /** The kind of organisation assessed. */
  public OrganisationKind kind() {
    return organisation.kind();
  }

  /** The resident population the organisation serves, or 0 when the submission does not give it. */
  public int population() {
    return organisation.population() == null ? 0 : organisation.population();
  }

  /** The number of wards in the organisation's area, or 0 when the submission does not give it. */
  public int wards() {
    return organisation.wards() == null ? 0 : organisation.wards();
  }

  /** Whether the criterion is to be decided in this assessment. */
  public boolean open(String criterion) {
    return open.contains(criterion);
  }

  /**
   * A named parameter of the scoring policy.
   *
   * @throws IllegalArgumentException if the policy does not define it
   */
  public BigDecimal param(String name) {
    BigDecimal value = parameters.get(name);
    if (value == null) {
      throw new IllegalArgumentException(
          "the scoring policy has no parameter \"" + name + "\"; it has " + parameters.keySet());
    }
    return value;
  }

  /** Offers one item as evidence for a criterion. */
  public void offer(String criterion, Evidence item, Level level, String reason, List<String> missing) {
    add(new Offer(criterion, List.of(item), Offer.Combination.SINGLE, level, reason, missing));
  }

  /** Offers a set of items that together show breadth; the set is as strong as its strongest item. */
  public void offerSet(String criterion, Collection<?> items, Level level, String reason, List<String> missing) {
    add(new Offer(criterion, evidence(items), Offer.Combination.STRONGEST, level, reason, missing));
  }

  /** Offers items that are needed together; the offer is as strong as its weakest item. */
  public void offerJointly(String criterion, List<? extends Evidence> items, Level level, String reason, List<String> missing) {
    add(new Offer(criterion, List.copyOf(items), Offer.Combination.WEAKEST, level, reason, missing));
  }

  Map<String, List<Offer>> offers() {
    return offers;
  }

  private void add(Offer offer) {
    // The requirement status is decided by substance alone: a finding that names a missing part
    // of the requirement is never met, and one that falls short always says what is missing.
    if (offer.level() == Level.FULL && !offer.missing().isEmpty()) {
      throw new IllegalStateException("a full offer for " + offer.criterion()
          + " names something missing (" + offer.missing() + "); offer it as partial");
    }
    if (offer.level() != Level.FULL && offer.missing().isEmpty()) {
      throw new IllegalStateException("an offer short of full for " + offer.criterion()
          + " must name what is missing");
    }
    if (open.contains(offer.criterion())) {
      offers.computeIfAbsent(offer.criterion(), k -> new ArrayList<>()).add(offer);
    }
  }

  private static List<Evidence> evidence(Collection<?> items) {
    List<Evidence> out = new ArrayList<>(items.size());
    for (Object item : items) {
      out.add((Evidence) item);
    }
    return out;
  }
}
