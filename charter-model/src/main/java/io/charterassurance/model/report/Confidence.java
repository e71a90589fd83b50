package io.charterassurance.model.report;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How far the evidence for a criterion can be relied on, judged apart from whether it meets the
 * requirement: formal status and who approved it, recency against the kind's real cycle,
 * co-production, corroboration, and outcome measures' direction of travel.
 */
public enum Confidence {
  /** Current, formally adopted, and co-produced or corroborated. */
  @JsonProperty("high")
  HIGH("High"),
  /** Sound but short of high on one count (the organisation's own account, due for refresh, legacy). */
  @JsonProperty("medium")
  MEDIUM("Medium"),
  /** A draft, stale, or contradicted by its own measures. */
  @JsonProperty("low")
  LOW("Low");

  private final String label;

  Confidence(String label) {
    this.label = label;
  }

  /** How the confidence is written for people. */
  public String label() {
    return label;
  }

  /** The lower of two confidences. */
  public Confidence min(Confidence other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
