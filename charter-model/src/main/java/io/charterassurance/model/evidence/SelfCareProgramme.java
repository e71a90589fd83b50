package io.charterassurance.model.evidence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Self-management and self-care learning with people (agency call 6c).
 *
 * @param id the item's id, unique within its submission
 * @param provenance where the item comes from
 * @param participants people who took part in the period
 * @param peerLed whether sessions are led by peers or residents
 * @param measures outcome and output measures reported with it
 */
public record SelfCareProgramme(
    @NotBlank @Size(max = 100) String id,
    @NotNull @Valid Provenance provenance,
    @NotNull @PositiveOrZero @Max(100_000_000) Integer participants,
    boolean peerLed,
    List<@Valid @NotNull Measure> measures)
    implements Evidence {

  /** The JSON {@code kind} of this record. */
  public static final String KIND = "self-care-programme";

  public SelfCareProgramme {
    measures = measures == null ? List.of() : List.copyOf(measures);
  }

  @Override
  public String kindName() {
    return KIND;
  }
}
