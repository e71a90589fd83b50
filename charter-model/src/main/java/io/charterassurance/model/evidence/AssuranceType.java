package io.charterassurance.model.evidence;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which assurance process produced an assurance report. */
public enum AssuranceType {
  /** NHS England's statutory annual assessment of an ICB (NHS Act 2006 s.14Z59), since 2022/23: the successor of CCG assurance. */
  @JsonProperty("nhs-england-annual-assessment")
  NHS_ENGLAND_ANNUAL_ASSESSMENT,
  /** The CCG assurance process or CCG Improvement and Assessment Framework (to 2021/22). */
  @JsonProperty("ccg-assurance")
  CCG_ASSURANCE,
  /** The NHS Oversight Framework segmentation. */
  @JsonProperty("oversight-framework")
  OVERSIGHT_FRAMEWORK,
  /** A Care Quality Commission assessment (of an integrated care system or a local authority). */
  @JsonProperty("cqc-assessment")
  CQC_ASSESSMENT,
  /** A peer review (LGA or sector-led). */
  @JsonProperty("peer-review")
  PEER_REVIEW
}
