package io.charterassurance.model.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The score and band on one date of a timeline, if no evidence were refreshed.
 *
 * @param date the date the evidence was aged to
 * @param score the overall score on that date
 * @param band the band (after limiters) on that date
 * @param bandLabel that band's name for people
 */
public record TimelinePoint(LocalDate date, BigDecimal score, String band, String bandLabel) {
  public TimelinePoint {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(band, "band");
    Objects.requireNonNull(bandLabel, "bandLabel");
  }
}
