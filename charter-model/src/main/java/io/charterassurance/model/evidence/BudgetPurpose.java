package io.charterassurance.model.evidence;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a budget line funds. */
public enum BudgetPurpose {
  /** Community development work and workers. */
  @JsonProperty("community-development")
  COMMUNITY_DEVELOPMENT,
  /** VCSE infrastructure and grants. */
  @JsonProperty("vcse-infrastructure")
  VCSE_INFRASTRUCTURE,
  /** Volunteering schemes. */
  @JsonProperty("volunteering")
  VOLUNTEERING,
  /** Social prescribing and community connectors. */
  @JsonProperty("social-prescribing")
  SOCIAL_PRESCRIBING,
  /** A pot decided by residents. */
  @JsonProperty("participatory-budget")
  PARTICIPATORY_BUDGET,
  /** Anything else. */
  @JsonProperty("other")
  OTHER
}
