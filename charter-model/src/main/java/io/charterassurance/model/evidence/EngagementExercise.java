package io.charterassurance.model.evidence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A listening or engagement exercise with the changes it led to (agency call 2).
 *
 * @param id the item's id, unique within its submission
 * @param provenance where the item comes from
 * @param participants residents who took part
 * @param feedbackPublished whether a "you said, we did" response was published
 * @param changesMade changes made as a result
 * @param reachedExcludedGroups whether it deliberately reached groups affected by inequalities
 * @param measures outcome and output measures reported with it
 */
public record EngagementExercise(
    @NotBlank @Size(max = 100) String id,
    @NotNull @Valid Provenance provenance,
    @NotNull @PositiveOrZero @Max(100_000_000) Integer participants,
    boolean feedbackPublished,
    @NotNull List<@NotBlank String> changesMade,
    boolean reachedExcludedGroups,
    List<@Valid @NotNull Measure> measures)
    implements Evidence {

  /** The JSON {@code kind} of this record. */
  public static final String KIND = "engagement-exercise";

  public EngagementExercise {
    changesMade = changesMade == null ? List.of() : List.copyOf(changesMade);
    measures = measures == null ? List.of() : List.copyOf(measures);
  }

  @Override
  public String kindName() {
    return KIND;
  }
}
