package io.charterassurance.model.organisation;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How well a date or fact about an organisation's history is sourced. */
public enum SourceConfidence {
  /** Checked against a public source. */
  @JsonProperty("verified")
  VERIFIED,
  /** Widely reported or announced; the exact date is to be confirmed. */
  @JsonProperty("reported")
  REPORTED;

  /** The weaker of this and {@code other}: a chain of changes is only as well sourced as its weakest link. */
  public SourceConfidence weakest(SourceConfidence other) {
    return this == REPORTED || other == REPORTED ? REPORTED : VERIFIED;
  }
}
