package io.charterassurance.model.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A waiver a submission asked for, and what became of it. A refused or expired waiver is reported
 * with its reason, and the criterion is assessed as if there were none.
 *
 * @param outcome whether it applied, and if not why not
 * @param explanation the sentence that says why, e.g. "a mandatory criterion cannot be waived"
 * @param reason the reason the organisation gave
 * @param requestedBy who asked for it
 * @param approvedBy who approved it, with the role
 * @param approvingOrganisation the organisation that approved it
 * @param approvedOn when it was approved
 * @param expires the last day it was to apply
 */
public record WaiverReview(
    WaiverOutcome outcome,
    String explanation,
    String reason,
    String requestedBy,
    String approvedBy,
    String approvingOrganisation,
    LocalDate approvedOn,
    LocalDate expires) {
  public WaiverReview {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(requestedBy, "requestedBy");
    Objects.requireNonNull(approvedBy, "approvedBy");
    Objects.requireNonNull(approvingOrganisation, "approvingOrganisation");
    Objects.requireNonNull(approvedOn, "approvedOn");
    Objects.requireNonNull(expires, "expires");
  }

  /** Whether the waiver took effect. */
  public boolean applied() {
    return outcome == WaiverOutcome.APPLIED;
  }
}
