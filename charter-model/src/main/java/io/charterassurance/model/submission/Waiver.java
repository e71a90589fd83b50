package io.charterassurance.model.submission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An agreed exception: a criterion the organisation is not judged on until the waiver expires.
 *
 * @param criterion the criterion id, e.g. {@code ICB-N7-INCENTIVE}
 * @param reason why it is waived
 * @param requestedBy who asked for it
 * @param approvedBy who approved it; must not be the requester
 * @param approvedOn when it was approved
 * @param expires the last day it applies
 */
public record Waiver(
    @NotBlank @Size(max = 100) String criterion,
    @NotBlank @Size(max = 2000) String reason,
    @NotBlank @Size(max = 200) String requestedBy,
    @NotBlank @Size(max = 200) String approvedBy,
    @NotNull LocalDate approvedOn,
    @NotNull LocalDate expires) {

  /** Whether the waiver applies on {@code date}. */
  public boolean appliesOn(LocalDate date) {
    return !date.isBefore(approvedOn) && !date.isAfter(expires);
  }
}
