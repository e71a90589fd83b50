package io.charterassurance.model.evidence;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a board decision concerns. */
public enum DecisionTopic {
  /** Adopting or reviewing a community development strategy. */
  @JsonProperty("community-development-strategy")
  COMMUNITY_DEVELOPMENT_STRATEGY,
  /** The JSNA or JSNAA. */
  @JsonProperty("needs-assets-assessment")
  NEEDS_ASSETS_ASSESSMENT,
  /** Investment in community development or social value. */
  @JsonProperty("investment")
  INVESTMENT,
  /** Devolving power or money to communities. */
  @JsonProperty("devolution")
  DEVOLUTION,
  /** Assurance of needs-and-assets work. */
  @JsonProperty("assurance")
  ASSURANCE,
  /** Community development workforce. */
  @JsonProperty("workforce")
  WORKFORCE,
  /** Integration and neighbourhood working. */
  @JsonProperty("integration")
  INTEGRATION,
  /** Committees and governance for community involvement. */
  @JsonProperty("governance")
  GOVERNANCE,
  /** Anything else. */
  @JsonProperty("other")
  OTHER
}
