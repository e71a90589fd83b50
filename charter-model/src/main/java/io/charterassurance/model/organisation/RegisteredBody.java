package io.charterassurance.model.organisation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An organisation the registry knows ended, with its last day and who took over.
 *
 * @param code its ODS or GSS code
 * @param name its name
 * @param kind what kind of organisation it was
 * @param lastDay its last day; its successors answered from the next day
 * @param succession how it ended: abolished and succeeded, merged, or renamed
 * @param successors who took over (more than one when its area was split)
 * @param confidence how well the date is sourced
 * @param source the public source of the date and the codes, in words
 */
public record RegisteredBody(
    String code,
    String name,
    OrganisationKind kind,
    LocalDate lastDay,
    SuccessionKind succession,
    List<RegisteredSuccessor> successors,
    SourceConfidence confidence,
    String source) {

  static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  public RegisteredBody {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(lastDay, "lastDay");
    Objects.requireNonNull(succession, "succession");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(source, "source");
    successors = List.copyOf(successors);
    if (successors.isEmpty()) {
      throw new IllegalArgumentException(code + ": a registered body needs at least one successor");
    }
  }

  /** The name with its code, e.g. "NHS Tower Hamlets CCG (08V)". */
  public String label() {
    return name + " (" + code + ")";
  }

  /** The first day its successors answered. */
  public LocalDate successorsFrom() {
    return lastDay.plusDays(1);
  }

  /** Whether it had ended by {@code date} (the date is after its last day). */
  public boolean endedBy(LocalDate date) {
    return date.isAfter(lastDay);
  }

  /**
   * What happened to it, as a clause: "NHS Tower Hamlets CCG (08V) merged into NHS North East
   * London CCG (A3A8R) on 1 April 2021".
   */
  public String change() {
    String on = " on " + LONG_DATE.format(successorsFrom());
    return switch (succession) {
      case MERGED -> label() + " merged into " + successorNames() + on;
      case RENAMED -> label() + " became " + successorNames() + on;
      case ABOLISHED_AND_SUCCEEDED -> label() + " was abolished" + on;
    };
  }

  /** The successors' names, with the part of the area each took over where the area was split. */
  public String successorNames() {
    return successors.stream()
        .map(s -> s.area() == null ? s.label() : s.label() + " (for " + s.area() + ")")
        .collect(Collectors.collectingAndThen(Collectors.toList(), RegisteredBody::and));
  }

  /** "a", "a and b", "a, b and c". */
  static String and(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }
}
