package io.charterassurance.model.evidence;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A local Healthwatch report on what residents said about a service or the organisation, and
 * whether the organisation responded to its recommendations in public (agency call A2; an
 * independent community voice since 2013).
 *
 * @param id the item's id, unique within its submission
 * @param provenance where the item comes from
 * @param recommendations how many recommendations the report made to the organisation
 * @param recommendationsAccepted how many of them the organisation accepted in its published response
 * @param responsePublished whether the organisation published a response
 * @param measures outcome and output measures reported with it
 */
public record HealthwatchReport(
    @NotBlank @Size(max = 100) String id,
    @NotNull @Valid Provenance provenance,
    @NotNull @PositiveOrZero @Max(100_000_000) Integer recommendations,
    @NotNull @PositiveOrZero @Max(100_000_000) Integer recommendationsAccepted,
    boolean responsePublished,
    List<@Valid @NotNull Measure> measures)
    implements Evidence {

  /** The JSON {@code kind} of this record. */
  public static final String KIND = "healthwatch-report";

  public HealthwatchReport {
    measures = measures == null ? List.of() : List.copyOf(measures);
  }

  @Override
  public String kindName() {
    return KIND;
  }
}
