package io.charterassurance.model.evidence;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a decision was devolved to communities. */
public enum DevolutionMechanism {
  /** Participatory budgeting: residents vote on projects. */
  @JsonProperty("participatory-budgeting")
  PARTICIPATORY_BUDGETING,
  /** A grant panel with a resident majority. */
  @JsonProperty("resident-grant-panel")
  RESIDENT_GRANT_PANEL,
  /** Community-led commissioning of a service. */
  @JsonProperty("community-commissioning")
  COMMUNITY_COMMISSIONING,
  /** A contract held by a community anchor organisation. */
  @JsonProperty("community-anchor-contract")
  COMMUNITY_ANCHOR_CONTRACT,
  /** Residents monitoring a service's delivery. */
  @JsonProperty("resident-monitoring")
  RESIDENT_MONITORING
}
