package io.charterassurance.model.evidence;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How community development work was evaluated. */
public enum EvaluationMethod {
  /** Social return on investment (SROI). */
  @JsonProperty("social-return-on-investment")
  SOCIAL_RETURN_ON_INVESTMENT("social return on investment (SROI)"),
  /** The NEF, Nesta and RSA evaluation tools for social movements. */
  @JsonProperty("nef-nesta-rsa-tool")
  NEF_NESTA_RSA_TOOL("the NEF, Nesta and RSA evaluation tools"),
  /** An academic or university study. */
  @JsonProperty("academic-study")
  ACADEMIC_STUDY("an academic study"),
  /** A local outcomes framework. */
  @JsonProperty("outcomes-framework")
  OUTCOMES_FRAMEWORK("a local outcomes framework"),
  /** An internal review. */
  @JsonProperty("internal-review")
  INTERNAL_REVIEW("an internal review");

  private final String label;

  EvaluationMethod(String label) {
    this.label = label;
  }

  /** How the method is named in a finding's sentence. */
  public String label() {
    return label;
  }
}
