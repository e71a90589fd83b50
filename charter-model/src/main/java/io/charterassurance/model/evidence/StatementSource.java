package io.charterassurance.model.evidence;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A body whose statement a Quality Account includes. */
public enum StatementSource {
  /** The commissioner (the ICB; the CCG before July 2022). */
  @JsonProperty("commissioner")
  COMMISSIONER,
  /** Local Healthwatch. */
  @JsonProperty("healthwatch")
  HEALTHWATCH,
  /** The local authority overview and scrutiny committee. */
  @JsonProperty("overview-and-scrutiny")
  OVERVIEW_AND_SCRUTINY,
  /** The Foundation Trust's council of governors. */
  @JsonProperty("governors")
  GOVERNORS,
  /** Community or VCSE organisations. */
  @JsonProperty("community")
  COMMUNITY
}
