package io.charterassurance.model.charter;

import io.charterassurance.model.organisation.OrganisationKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A body, document or process the Charter names or relies on, with its lifetime and the
 * institutions that answer for it after it changed or ended.
 *
 * @param id the stable id, e.g. {@code ccg} or {@code public-health-england}
 * @param name its name
 * @param type what sort of thing it is
 * @param kind the kind of organisation that submits evidence as this institution, if any
 * @param from the first day it existed, where that matters
 * @param until the last day it existed; absent while it continues
 * @param successors who took over, and when
 * @param note what a reader should know about it in 2026
 */
public record Institution(
    String id,
    String name,
    InstitutionType type,
    @Nullable OrganisationKind kind,
    @Nullable LocalDate from,
    @Nullable LocalDate until,
    List<Succession> successors,
    @Nullable String note) {

  public Institution {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    successors = successors == null ? List.of() : List.copyOf(successors);
  }

  /** Whether the institution existed on {@code date}. */
  public boolean existsOn(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until));
  }
}
