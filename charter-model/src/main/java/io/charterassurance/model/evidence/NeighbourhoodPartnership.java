package io.charterassurance.model.evidence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A community-led neighbourhood partnership of residents and service providers (agency call 4).
 *
 * @param id the item's id, unique within its submission
 * @param provenance where the item comes from
 * @param neighbourhood the neighbourhood or ward it serves
 * @param members members in all
 * @param residentMembers members who are residents
 * @param residentCoChair whether a resident chairs or co-chairs it
 * @param meetingsPerYear meetings held in the last twelve months
 * @param providersAttending service providers attending regularly
 * @param electedMembersAttending elected representatives attending regularly
 * @param measures outcome and output measures reported with it
 */
public record NeighbourhoodPartnership(
    @NotBlank @Size(max = 100) String id,
    @NotNull @Valid Provenance provenance,
    @NotBlank @Size(max = 200) String neighbourhood,
    @NotNull @Positive @Max(100_000_000) Integer members,
    @NotNull @PositiveOrZero @Max(100_000_000) Integer residentMembers,
    boolean residentCoChair,
    @NotNull @PositiveOrZero @Max(100_000_000) Integer meetingsPerYear,
    @NotNull @PositiveOrZero @Max(100_000_000) Integer providersAttending,
    @NotNull @PositiveOrZero @Max(100_000_000) Integer electedMembersAttending,
    List<@Valid @NotNull Measure> measures)
    implements Evidence {

  /** The JSON {@code kind} of this record. */
  public static final String KIND = "neighbourhood-partnership";

  public NeighbourhoodPartnership {
    measures = measures == null ? List.of() : List.copyOf(measures);
  }

  @Override
  public String kindName() {
    return KIND;
  }
}
