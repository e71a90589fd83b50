package io.charterassurance.model.report;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What became of a waiver a submission asked for. */
public enum WaiverOutcome {
  /** In force on the as-at date: the criterion is waived. */
  @JsonProperty("applied")
  APPLIED("Applied"),
  /** Its expiry date had passed on the as-at date: the criterion is assessed normally. */
  @JsonProperty("expired")
  EXPIRED("Expired"),
  /** Approved after the as-at date: the criterion is assessed normally. */
  @JsonProperty("not-yet-in-force")
  NOT_YET_IN_FORCE("Not yet in force"),
  /** Not a waiver the policy accepts (mandatory criterion, approved inside the organisation, too long): the criterion is assessed normally. */
  @JsonProperty("refused")
  REFUSED("Refused");

  private final String label;

  WaiverOutcome(String label) {
    this.label = label;
  }

  /** How the outcome is written for people. */
  public String label() {
    return label;
  }
}
