package io.charterassurance.model.evidence;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The approach a strategy document takes: what distinguishes a community development strategy from a plan to engage, consult or inform residents. */
public enum StrategyApproach {
  /** Community development: supporting residents to organise, identify their own priorities and act on them (Charter principles 1 and 4). */
  @JsonProperty("community-development")
  COMMUNITY_DEVELOPMENT,
  /** Asset-based community development: building on the strengths of groups, organisations and networks (principle 5). */
  @JsonProperty("asset-based")
  ASSET_BASED,
  /** Engagement: involving residents in the organisation's own plans and services (IAP2 involve; the 2022 statutory guidance's involvement duty), without residents leading. */
  @JsonProperty("engagement")
  ENGAGEMENT,
  /** Consultation: asking residents for views on proposals the organisation has made. */
  @JsonProperty("consultation")
  CONSULTATION,
  /** Communications: informing residents. */
  @JsonProperty("communications")
  COMMUNICATIONS
}
