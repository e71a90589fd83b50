package io.charterassurance.model.evidence;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a board or committee decided. */
public enum DecisionOutcome {
  /** The board approved or adopted the item. */
  @JsonProperty("approved")
  APPROVED,
  /** The board noted the item without approving it. */
  @JsonProperty("noted")
  NOTED,
  /** The board deferred a decision. */
  @JsonProperty("deferred")
  DEFERRED,
  /** The board rejected the item. */
  @JsonProperty("rejected")
  REJECTED
}
