package io.charterassurance.model.evidence;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a Joint Strategic Needs Assessment also profiles assets. */
public enum AssessmentType {
  /** A Joint Strategic Needs Assessment (needs only). */
  @JsonProperty("jsna")
  JSNA,
  /** A Joint Strategic Needs and Assets Assessment. */
  @JsonProperty("jsnaa")
  JSNAA
}
