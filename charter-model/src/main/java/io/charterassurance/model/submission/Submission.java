package io.charterassurance.model.submission;

import io.charterassurance.model.evidence.Evidence;
import io.charterassurance.model.organisation.Organisation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything an organisation puts forward for assessment.
 *
 * @param organisation who is assessed
 * @param asAt the date the assessment speaks for (not after today in the UK, Europe/London time);
 *     evidence age is measured to this day
 * @param period the period reported on
 * @param evidence the evidence items, each with an id unique in the submission
 * @param waivers agreed waivers
 */
@ValidSubmission
public record Submission(
    @NotNull @Valid Organisation organisation,
    @NotNull LocalDate asAt,
    @NotNull @Valid Period period,
    @Size(max = 10_000) List<@Valid @NotNull Evidence> evidence,
    @Size(max = 1_000) List<@Valid @NotNull Waiver> waivers) {

  public Submission {
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
    waivers = waivers == null ? List.of() : List.copyOf(waivers);
  }
}
