package io.charterassurance.model.evidence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Public events where people can meet each other (agency call 6d).
 *
 * @param id the item's id, unique within its submission
 * @param provenance where the item comes from
 * @param events events held in the period
 * @param attendance total attendance
 * @param measures outcome and output measures reported with it
 */
public record PublicEvents(
    @NotBlank @Size(max = 100) String id,
    @NotNull @Valid Provenance provenance,
    @NotNull @PositiveOrZero @Max(100_000_000) Integer events,
    @NotNull @PositiveOrZero @Max(100_000_000) Integer attendance,
    List<@Valid @NotNull Measure> measures)
    implements Evidence {

  /** The JSON {@code kind} of this record. */
  public static final String KIND = "public-events";

  public PublicEvents {
    measures = measures == null ? List.of() : List.copyOf(measures);
  }

  @Override
  public String kindName() {
    return KIND;
  }
}
