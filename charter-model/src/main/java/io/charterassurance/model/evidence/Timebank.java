package io.charterassurance.model.evidence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A timebank or time-credits scheme (agency call 6b).
 *
 * @param id the item's id, unique within its submission
 * @param provenance where the item comes from
 * @param members members
 * @param hoursExchanged hours exchanged in the last twelve months
 * @param activeMembers members active in the last quarter
 * @param measures outcome and output measures reported with it
 */
public record Timebank(
    @NotBlank @Size(max = 100) String id,
    @NotNull @Valid Provenance provenance,
    @NotNull @PositiveOrZero @Max(100_000_000) Integer members,
    @NotNull @PositiveOrZero @Max(100_000_000) Integer hoursExchanged,
    @Nullable @PositiveOrZero @Max(100_000_000) Integer activeMembers,
    List<@Valid @NotNull Measure> measures)
    implements Evidence {

  /** The JSON {@code kind} of this record. */
  public static final String KIND = "timebank";

  public Timebank {
    measures = measures == null ? List.of() : List.copyOf(measures);
  }

  @Override
  public String kindName() {
    return KIND;
  }
}
