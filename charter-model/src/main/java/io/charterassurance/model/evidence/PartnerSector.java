package io.charterassurance.model.evidence;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A sector named as a partner in a strategy or plan. */
public enum PartnerSector {
  /** The local authority. */
  @JsonProperty("local-authority")
  LOCAL_AUTHORITY,
  /** The police or community safety partnership. */
  @JsonProperty("police")
  POLICE,
  /** Voluntary, community and social enterprise organisations. */
  @JsonProperty("vcse")
  VCSE,
  /** NHS commissioners and providers. */
  @JsonProperty("nhs")
  NHS,
  /** Housing providers. */
  @JsonProperty("housing")
  HOUSING,
  /** Local Healthwatch. */
  @JsonProperty("healthwatch")
  HEALTHWATCH,
  /** Residents and community groups. */
  @JsonProperty("residents")
  RESIDENTS,
  /** Schools, colleges and universities. */
  @JsonProperty("education")
  EDUCATION,
  /** Faith groups. */
  @JsonProperty("faith")
  FAITH
}
