package io.charterassurance.model.evidence;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a national body's programme is. */
public enum NationalProgrammeType {
  /** Guidance that highlights asset-based approaches. */
  @JsonProperty("guidance")
  GUIDANCE,
  /** A community development work programme. */
  @JsonProperty("work-programme")
  WORK_PROGRAMME,
  /** Support for local bodies to commission community development. */
  @JsonProperty("commissioning-support")
  COMMISSIONING_SUPPORT,
  /** Regional promotion of community development to commissioners. */
  @JsonProperty("regional-promotion")
  REGIONAL_PROMOTION,
  /** Workforce capacity and capability in community development. */
  @JsonProperty("workforce-plan")
  WORKFORCE_PLAN,
  /** Policy making community development part of the normal approach. */
  @JsonProperty("policy")
  POLICY
}
