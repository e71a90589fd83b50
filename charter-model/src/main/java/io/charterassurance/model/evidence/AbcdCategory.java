package io.charterassurance.model.evidence;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The asset categories of asset-based community development (Kretzmann and McKnight). */
public enum AbcdCategory {
  /** Gifts and skills of residents. */
  @JsonProperty("individuals")
  INDIVIDUALS,
  /** Citizens' associations and community groups. */
  @JsonProperty("associations")
  ASSOCIATIONS,
  /** Local institutions. */
  @JsonProperty("institutions")
  INSTITUTIONS,
  /** Physical assets: land, buildings, green space. */
  @JsonProperty("physical")
  PHYSICAL,
  /** Economic assets: local businesses, exchange. */
  @JsonProperty("economic")
  ECONOMIC,
  /** Connections and networks between them. */
  @JsonProperty("connections")
  CONNECTIONS
}
