package io.charterassurance.model.charter;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who answers for an institution on a date: the institution itself, or the successor its
 * functions passed to.
 *
 * @param institution the institution that answers
 * @param via the chain of ids from the institution asked about to the one that answers, both
 *     included (one element when the institution answers for itself)
 * @param since when the answering institution took over; absent when it answers for itself
 * @param functions the functions it answers for, when only some passed to it
 * @param planned whether any step in the chain is a planned change not yet in force
 */
public record Resolution(
    Institution institution,
    List<String> via,
    @Nullable LocalDate since,
    @Nullable String functions,
    boolean planned) {

  public Resolution {
    Objects.requireNonNull(institution, "institution");
    via = List.copyOf(via);
  }

  /** Whether the institution asked about answers for itself (nothing has succeeded it yet). */
  public boolean isOriginal() {
    return via.size() == 1;
  }
}
