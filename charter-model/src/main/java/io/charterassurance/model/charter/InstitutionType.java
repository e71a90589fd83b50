package io.charterassurance.model.charter;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What sort of thing an {@link Institution} is. */
public enum InstitutionType {
  /** A national body: NHS England, a government department, an agency. */
  @JsonProperty("national-body")
  NATIONAL_BODY,
  /** A regional arm of a national body: Local Area Teams, LETBs, NHS England's regions. */
  @JsonProperty("regional-body")
  REGIONAL_BODY,
  /** A local body: a commissioner, a Board, a trust, a council. */
  @JsonProperty("local-body")
  LOCAL_BODY,
  /** A document or process a call names: a constitution, a quality report, an assurance regime. */
  @JsonProperty("document")
  DOCUMENT
}
