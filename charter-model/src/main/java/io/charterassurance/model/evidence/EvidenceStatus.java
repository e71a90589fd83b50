package io.charterassurance.model.evidence;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How formally an evidence item has been adopted, weakest first. */
public enum EvidenceStatus {
  /** A draft or officer paper. */
  @JsonProperty("draft")
  DRAFT,
  /** Noted by a committee or board, not approved. */
  @JsonProperty("noted")
  NOTED,
  /** Approved by the organisation's board (or the HWB, or the ICB board), with a minute. */
  @JsonProperty("approved")
  APPROVED,
  /** Approved and published on the organisation's own website. */
  @JsonProperty("published")
  PUBLISHED;

  /** Whether this status is at least as formal as {@code other}. */
  public boolean atLeast(EvidenceStatus other) {
    return compareTo(other) >= 0;
  }
}
