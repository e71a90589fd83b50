package io.charterassurance.model.evidence;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who vouches for an evidence item. */
public enum EvidenceSource {
  /** The organisation's own account of itself. */
  @JsonProperty("organisation")
  ORGANISATION,
  /** Residents, community groups or the VCSE sector (corroboration from the community). */
  @JsonProperty("community")
  COMMUNITY,
  /** An independent assessor: a university, an external evaluator, a regulator. */
  @JsonProperty("independent")
  INDEPENDENT
}
