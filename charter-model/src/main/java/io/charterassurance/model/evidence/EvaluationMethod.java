package io.charterassurance.model.evidence;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How community development work was evaluated. */
public enum EvaluationMethod {
  /** Social return on investment (SROI). */
  @JsonProperty("social-return-on-investment")
  SOCIAL_RETURN_ON_INVESTMENT,
  /** The NEF, Nesta and RSA evaluation tools for social movements. */
  @JsonProperty("nef-nesta-rsa-tool")
  NEF_NESTA_RSA_TOOL,
  /** An academic or university study. */
  @JsonProperty("academic-study")
  ACADEMIC_STUDY,
  /** A local outcomes framework. */
  @JsonProperty("outcomes-framework")
  OUTCOMES_FRAMEWORK,
  /** An internal review. */
  @JsonProperty("internal-review")
  INTERNAL_REVIEW
}
