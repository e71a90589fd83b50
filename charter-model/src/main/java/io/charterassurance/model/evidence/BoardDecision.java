package io.charterassurance.model.evidence;

import io.charterassurance.model.text.MultilineText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A decision of a board or committee, with its minute.
 *
 * @param id the item's id, unique within its submission
 * @param provenance where the item comes from
 * @param body the board or committee
 * @param meetingDate the date of the meeting
 * @param topic what the decision concerns
 * @param outcome what the board decided: approved, noted, deferred or rejected
 * @param decision what was decided
 * @param measures outcome and output measures reported with it
 */
public record BoardDecision(
    @NotBlank @Size(max = 100) String id,
    @NotNull @Valid Provenance provenance,
    @NotBlank @Size(max = 200) String body,
    @NotNull LocalDate meetingDate,
    @NotNull DecisionTopic topic,
    @NotNull DecisionOutcome outcome,
    @MultilineText @NotBlank @Size(max = 4000) String decision,
    List<@Valid @NotNull Measure> measures)
    implements Evidence {

  /** The JSON {@code kind} of this record. */
  public static final String KIND = "board-decision";

  public BoardDecision {
    measures = measures == null ? List.of() : List.copyOf(measures);
  }

  @Override
  public String kindName() {
    return KIND;
  }
}
