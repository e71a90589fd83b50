package io.charterassurance.model.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A waiver as it was applied to a finding.
 *
 * @param reason why it was waived
 * @param approvedBy who approved it
 * @param expires the last day it applies
 */
public record AppliedWaiver(String reason, String approvedBy, LocalDate expires) {
  public AppliedWaiver {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(approvedBy, "approvedBy");
    Objects.requireNonNull(expires, "expires");
  }
}
