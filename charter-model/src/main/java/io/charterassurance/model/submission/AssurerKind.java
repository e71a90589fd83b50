package io.charterassurance.model.submission;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What kind of body approved a waiver. A waiver must be approved outside the organisation, by
 * the body that assures it: the scoring policy says which kinds may approve waivers for which
 * kinds of organisation.
 */
public enum AssurerKind {
  /** The submitting organisation itself (its board, a director, a committee): never enough. */
  @JsonProperty("own-organisation")
  OWN_ORGANISATION("the organisation itself"),
  /** The Integrated Care Board for the area (the assurer of providers in it). */
  @JsonProperty("icb")
  ICB("the Integrated Care Board"),
  /** An NHS England region (the assurer of ICBs). */
  @JsonProperty("nhs-england-region")
  NHS_ENGLAND_REGION("an NHS England region"),
  /** The Department of Health and Social Care. */
  @JsonProperty("dhsc")
  DHSC("the Department of Health and Social Care"),
  /** A named independent assessor (a peer review team, an external auditor). */
  @JsonProperty("independent-assessor")
  INDEPENDENT_ASSESSOR("an independent assessor");

  private final String label;

  AssurerKind(String label) {
    this.label = label;
  }

  /** How the kind is written in a sentence. */
  public String label() {
    return label;
  }
}
