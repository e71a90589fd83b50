package io.charterassurance.model.submission;

import io.charterassurance.model.text.MultilineText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An exception the organisation asks for: a criterion it is not judged on until the waiver
 * expires. Whether it takes effect is decided at assessment under the scoring policy: a mandatory
 * criterion cannot be waived, the approver must be the organisation's assurer (never the
 * organisation itself), and a waiver lasts at most the policy's maximum. A waiver that does not
 * take effect is reported with the reason, and the criterion is assessed normally.
 *
 * @param criterion the criterion id, e.g. {@code N7-INCENTIVE}
 * @param reason why it is waived
 * @param requestedBy who asked for it
 * @param approvedBy the person who approved it
 * @param approverRole that person's role, e.g. "Director of Strategy and Transformation"
 * @param approvingOrganisation the organisation the approver acted for, e.g. "NHS England London
 *     region"
 * @param approvingOrganisationCode that organisation's ODS or GSS code, where it has one
 * @param approverKind what kind of body approved it
 * @param approvedOn when it was approved
 * @param expires the last day it applies
 */
public record Waiver(
    @NotBlank @Size(max = 100) String criterion,
    @MultilineText @NotBlank @Size(max = 2000) String reason,
    @NotBlank @Size(max = 200) String requestedBy,
    @NotBlank @Size(max = 200) String approvedBy,
    @NotBlank @Size(max = 200) String approverRole,
    @NotBlank @Size(max = 200) String approvingOrganisation,
    @Nullable @Size(min = 1, max = 20) String approvingOrganisationCode,
    @NotNull AssurerKind approverKind,
    @NotNull LocalDate approvedOn,
    @NotNull LocalDate expires) {

  /** Whether the waiver's dates cover {@code date}. */
  public boolean appliesOn(LocalDate date) {
    return !date.isBefore(approvedOn) && !date.isAfter(expires);
  }
}
