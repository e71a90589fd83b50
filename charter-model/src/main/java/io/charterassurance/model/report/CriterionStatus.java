package io.charterassurance.model.report;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The outcome for one criterion. */
public enum CriterionStatus {
  /** The evidence meets the criterion. */
  @JsonProperty("met")
  MET("Met"),
  /** Some evidence, but weak or incomplete. */
  @JsonProperty("partially-met")
  PARTIALLY_MET("Partially met"),
  /** Evidence was offered but does not meet the criterion. */
  @JsonProperty("not-met")
  NOT_MET("Not met"),
  /** No evidence of the kind the criterion needs was submitted. */
  @JsonProperty("not-assessed")
  NOT_ASSESSED("Not assessed"),
  /** The criterion does not apply to this kind of organisation. */
  @JsonProperty("not-applicable")
  NOT_APPLICABLE("Not applicable"),
  /** An agreed, unexpired waiver covers the criterion. */
  @JsonProperty("waived")
  WAIVED("Waived");

  private final String label;

  CriterionStatus(String label) {
    this.label = label;
  }

  /** How the status is written for people. */
  public String label() {
    return label;
  }

  /** Whether the criterion counts in score denominators (everything but not applicable and waived). */
  public boolean isCounted() {
    return this != NOT_APPLICABLE && this != WAIVED;
  }
}
