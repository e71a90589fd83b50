package io.charterassurance.model.organisation;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The kinds of organisation a submission can be made for. Local kinds are judged against the
 * Charter's calls on local bodies and on all agencies; {@link #NATIONAL_BODY} submissions are
 * judged against the calls on NHS England, Public Health England and the Department of Health
 * (and their successors).
 */
public enum OrganisationKind {
  /** Integrated Care Board, statutory from 1 July 2022. */
  @JsonProperty("icb")
  ICB("Integrated Care Board", CodeScheme.ODS, true),
  /** Clinical Commissioning Group, abolished 1 July 2022 (its evidence counts for its ICB). */
  @JsonProperty("ccg")
  CCG("Clinical Commissioning Group", CodeScheme.ODS, true),
  /** Health and Wellbeing Board, a committee of an upper-tier or unitary local authority. */
  @JsonProperty("health-and-wellbeing-board")
  HEALTH_AND_WELLBEING_BOARD("Health and Wellbeing Board", CodeScheme.GSS, true),
  /** NHS Foundation Trust. */
  @JsonProperty("nhs-foundation-trust")
  NHS_FOUNDATION_TRUST("NHS Foundation Trust", CodeScheme.ODS, true),
  /** NHS Trust (not a foundation trust). */
  @JsonProperty("nhs-trust")
  NHS_TRUST("NHS Trust", CodeScheme.ODS, true),
  /** Local authority, judged for its public health responsibilities. */
  @JsonProperty("local-authority")
  LOCAL_AUTHORITY("Local authority (public health)", CodeScheme.GSS, true),
  /** A national body: DHSC, NHS England, OHID, UKHSA and their predecessors. */
  @JsonProperty("national-body")
  NATIONAL_BODY("National body", CodeScheme.ODS, false);

  private final String label;
  private final CodeScheme codeScheme;
  private final boolean local;

  OrganisationKind(String label, CodeScheme codeScheme, boolean local) {
    this.label = label;
    this.codeScheme = codeScheme;
    this.local = local;
  }

  /** The name people use for this kind of organisation. */
  public String label() {
    return label;
  }

  /** The scheme this kind's codes are written in. */
  public CodeScheme codeScheme() {
    return codeScheme;
  }

  /** Whether this is a local organisation (as opposed to a national body). */
  public boolean isLocal() {
    return local;
  }

  /** Whether this kind is, or was, an NHS provider trust. */
  public boolean isTrust() {
    return this == NHS_FOUNDATION_TRUST || this == NHS_TRUST;
  }

  /** Whether this kind is a statutory NHS commissioner (CCG before 1 July 2022, ICB after). */
  public boolean isCommissioner() {
    return this == ICB || this == CCG;
  }
}
