package io.charterassurance.model.charter;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The parts the Charter is made of, in the order it sets them out. */
public enum ClauseKind {
  /** One of the six reasons under "Why Now?". */
  @JsonProperty("why-now")
  WHY_NOW("Why now"),
  /** One of the six Principles for Social Action in Health. */
  @JsonProperty("principle")
  PRINCIPLE("Principle for Social Action in Health"),
  /** A part of principle 1 (1a to 1c). */
  @JsonProperty("principle-part")
  PRINCIPLE_PART("Part of a principle"),
  /** The lead-in of the calls on NHS England, PHE and the Department of Health. */
  @JsonProperty("national-lead")
  NATIONAL_LEAD("Call on NHS England, Public Health England and the Department of Health"),
  /** One of the twelve calls on NHS England, PHE and the Department of Health. */
  @JsonProperty("national-call")
  NATIONAL_CALL("Call on NHS England, Public Health England and the Department of Health"),
  /** One of the six calls on health and other agencies. */
  @JsonProperty("agency-call")
  AGENCY_CALL("Call on health and other agencies"),
  /** A sub-point of a call (what neighbourhood partnerships can do, 4a to 4e). */
  @JsonProperty("call-part")
  CALL_PART("Part of a call"),
  /** One of the four commitments of agency call 6. */
  @JsonProperty("commitment")
  COMMITMENT("Commitment");

  private final String label;

  ClauseKind(String label) {
    this.label = label;
  }

  /** How the kind is written for people. */
  public String label() {
    return label;
  }

  /** Whether clauses of this kind are calls to action (including the national lead-in). */
  public boolean isCall() {
    return this == NATIONAL_LEAD || this == NATIONAL_CALL || this == AGENCY_CALL;
  }
}
