package io.charterassurance.model.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What it would take to reach the next band and the top band: the fewest changes the search
 * found, each re-assessed through the same rules and scoring policy as the report.
 *
 * @param band the band the submission has now
 * @param score the overall score it has now
 * @param paths one path to the next band and one to the top band (one path when the next band is
 *     the top; none when the submission is already in the top band)
 * @param notes what the search could not propose, in sentences
 */
public record NextSteps(String band, BigDecimal score, List<BandPath> paths, List<String> notes) {
  public NextSteps {
    Objects.requireNonNull(band, "band");
    Objects.requireNonNull(score, "score");
    paths = List.copyOf(paths);
    notes = List.copyOf(notes);
  }
}
