package io.charterassurance.model.organisation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A kind of organisation abolished outright on one day, everywhere: Clinical Commissioning
 * Groups on 1 July 2022. It applies to every organisation of the kind, named in the registry or
 * not.
 *
 * @param kind the kind abolished
 * @param plural how the kind is named in a sentence, e.g. "Clinical Commissioning Groups"
 * @param lastDay the last day any organisation of the kind existed
 * @param successor who answers from the next day, in words, e.g. "the Integrated Care Board"
 * @param confidence how well the date is sourced
 * @param source the public source, in words
 */
public record AbolishedKind(
    OrganisationKind kind,
    String plural,
    LocalDate lastDay,
    String successor,
    SourceConfidence confidence,
    String source) {

  public AbolishedKind {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(plural, "plural");
    Objects.requireNonNull(lastDay, "lastDay");
    Objects.requireNonNull(successor, "successor");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(source, "source");
  }

  /** Whether the kind had been abolished by {@code date}. */
  public boolean abolishedBy(LocalDate date) {
    return date.isAfter(lastDay);
  }

  /** "Clinical Commissioning Groups were abolished on 1 July 2022". */
  public String change() {
    return plural + " were abolished on " + RegisteredBody.LONG_DATE.format(lastDay.plusDays(1));
  }
}
