package io.charterassurance.model.evidence;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who made the final decision (Arnstein: delegated power or citizen control needs residents). */
public enum DecidedBy {
  /** Residents decided. */
  @JsonProperty("residents")
  RESIDENTS,
  /** Residents and officers jointly, in partnership. */
  @JsonProperty("residents-and-officers")
  RESIDENTS_AND_OFFICERS,
  /** Officers decided after hearing residents. */
  @JsonProperty("officers")
  OFFICERS
}
