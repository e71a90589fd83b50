package io.charterassurance.model.evidence;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The sort of integration plan. */
public enum PlanType {
  /** The Integrated Care Partnership's integrated care strategy. */
  @JsonProperty("integrated-care-strategy")
  INTEGRATED_CARE_STRATEGY,
  /** The ICB's Joint Forward Plan. */
  @JsonProperty("joint-forward-plan")
  JOINT_FORWARD_PLAN,
  /** The HWB's Joint Local Health and Wellbeing Strategy. */
  @JsonProperty("joint-health-and-wellbeing-strategy")
  JOINT_HEALTH_AND_WELLBEING_STRATEGY,
  /** A neighbourhood health plan. */
  @JsonProperty("neighbourhood-health-plan")
  NEIGHBOURHOOD_HEALTH_PLAN,
  /** Integrated neighbourhood team terms of reference. */
  @JsonProperty("integrated-neighbourhood-team")
  INTEGRATED_NEIGHBOURHOOD_TEAM,
  /** A Better Care Fund plan. */
  @JsonProperty("better-care-fund-plan")
  BETTER_CARE_FUND_PLAN
}
