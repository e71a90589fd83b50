package io.charterassurance.model.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The lowest and highest overall score and band the organisation could have, if what is unknown
 * turned out worst or best: a criterion not assessed (no evidence offered) could be met with high
 * confidence or not met; evidence of low confidence could be sound (the same status with high
 * confidence) or not hold at all (not met). Both ends are scored by the same roll-up and
 * limiters as the report itself, so the report's own score and band always lie between them.
 *
 * @param lowest the overall score if every unknown turned out worst
 * @param highest the overall score if every unknown turned out best
 * @param lowestBand the band at the lowest end (after limiters)
 * @param lowestBandLabel that band's name for people
 * @param highestBand the band at the highest end (after limiters)
 * @param highestBandLabel that band's name for people
 * @param bandCertain whether both ends have the same band, so no missing evidence could change it
 * @param unknowns one sentence per criterion that widens the interval, most important first
 */
public record ScoreInterval(
    BigDecimal lowest,
    BigDecimal highest,
    String lowestBand,
    String lowestBandLabel,
    String highestBand,
    String highestBandLabel,
    boolean bandCertain,
    List<String> unknowns) {
  public ScoreInterval {
    Objects.requireNonNull(lowest, "lowest");
    Objects.requireNonNull(highest, "highest");
    Objects.requireNonNull(lowestBand, "lowestBand");
    Objects.requireNonNull(lowestBandLabel, "lowestBandLabel");
    Objects.requireNonNull(highestBand, "highestBand");
    Objects.requireNonNull(highestBandLabel, "highestBandLabel");
    unknowns = List.copyOf(unknowns);
    if (lowest.compareTo(highest) > 0) {
      throw new IllegalArgumentException("lowest " + lowest + " is above highest " + highest);
    }
  }

  /** Whether the score is known exactly: nothing unassessed and no evidence of low confidence. */
  public boolean isPoint() {
    return lowest.compareTo(highest) == 0;
  }
}
