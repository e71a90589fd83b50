package io.charterassurance.model.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The steps that reach a band, verified by re-assessing the submission with all of them applied.
 *
 * @param band the band aimed for
 * @param bandLabel its name for people
 * @param reached whether re-assessing the changed submission reaches it
 * @param score the overall score the changed submission was re-assessed at
 * @param reachedBand the band that re-assessment gave
 * @param paperwork how many steps are paperwork
 * @param practice how many steps are practice
 * @param steps the steps, in the order the search chose them
 */
public record BandPath(
    String band,
    String bandLabel,
    boolean reached,
    BigDecimal score,
    String reachedBand,
    int paperwork,
    int practice,
    List<NextStep> steps) {
  public BandPath {
    Objects.requireNonNull(band, "band");
    Objects.requireNonNull(bandLabel, "bandLabel");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(reachedBand, "reachedBand");
    steps = List.copyOf(steps);
  }
}
