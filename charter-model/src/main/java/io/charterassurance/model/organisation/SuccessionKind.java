package io.charterassurance.model.organisation;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a predecessor organisation became (part of) the organisation that now submits. */
public enum SuccessionKind {
  /** The predecessor was abolished and its functions passed on (CCG to ICB, 1 July 2022). */
  @JsonProperty("abolished-and-succeeded")
  ABOLISHED_AND_SUCCEEDED,
  /** The predecessor merged with others into this organisation (ICB mergers from April 2026). */
  @JsonProperty("merged")
  MERGED,
  /** The same body under a new name or code. */
  @JsonProperty("renamed")
  RENAMED
}
