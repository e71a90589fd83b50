package io.charterassurance.model.evidence;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What kind of decision was devolved (the four areas of Charter call N4). */
public enum DecisionArea {
  /** Service commissioning. */
  @JsonProperty("commissioning")
  COMMISSIONING,
  /** Service delivery. */
  @JsonProperty("delivery")
  DELIVERY,
  /** Monitoring. */
  @JsonProperty("monitoring")
  MONITORING,
  /** Resource allocation. */
  @JsonProperty("resource-allocation")
  RESOURCE_ALLOCATION
}
