package io.charterassurance.model.submission;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * The period a submission reports on, both days inclusive.
 *
 * @param start the first day
 * @param end the last day
 */
public record Period(@NotNull LocalDate start, @NotNull LocalDate end) {

  /** Whether {@code date} falls in this period. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }
}
