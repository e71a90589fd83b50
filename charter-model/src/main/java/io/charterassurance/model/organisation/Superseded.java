package io.charterassurance.model.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What had become, by a date, of an organisation that no longer existed on it: the changes it
 * went through and who answered for it on that date.
 *
 * @param code the code asked about
 * @param date the date asked about
 * @param changes the registered bodies it passed through, each ended by the date, starting with
 *     the organisation itself (empty when only a kind's abolition applies)
 * @param abolishedKind the abolition of a whole kind (CCGs on 1 July 2022) that ended it or the
 *     body it merged into, when the registry names no successor beyond it
 * @param answering the named bodies that answered on the date; empty when only the kind's
 *     abolition says who answers ("the Integrated Care Board")
 * @param confidence how well the changes are sourced: reported if any of them is
 */
public record Superseded(
    String code,
    LocalDate date,
    List<RegisteredBody> changes,
    @Nullable AbolishedKind abolishedKind,
    List<RegisteredSuccessor> answering,
    SourceConfidence confidence) {

  public Superseded {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(confidence, "confidence");
    changes = List.copyOf(changes);
    answering = List.copyOf(answering);
    if (changes.isEmpty() && abolishedKind == null) {
      throw new IllegalArgumentException(code + ": nothing superseded it");
    }
  }

  /** The organisation's own last day. */
  public LocalDate lastDay() {
    return changes.isEmpty() ? Objects.requireNonNull(abolishedKind).lastDay() : changes.get(0).lastDay();
  }

  /** Who answered on the date, in words: the named successors, or the kind's successor. */
  public String answeringNames() {
    if (!answering.isEmpty()) {
      return RegisteredBody.and(answering.stream()
          .map(s -> s.area() == null ? s.label() : s.label() + " (for " + s.area() + ")")
          .toList());
    }
    return Objects.requireNonNull(abolishedKind).successor();
  }

  /**
   * The changes and who answers, as a sentence without a final stop: "NHS Tower Hamlets CCG (08V)
   * merged into NHS North East London CCG (A3A8R) on 1 April 2021, and NHS North East London CCG
   * (A3A8R) was abolished on 1 July 2022; from then NHS North East London Integrated Care Board
   * (QMF) answers". A change only reported, not verified, says so.
   */
  public String sentence() {
    List<String> parts = new ArrayList<>();
    changes.forEach(c -> parts.add(c.change()));
    if (abolishedKind != null) {
      parts.add(abolishedKind.change());
    }
    String verb = answering.size() > 1 ? " answer" : " answers";
    String sentence = String.join(", and ", parts) + "; from then " + answeringNames() + verb;
    return confidence == SourceConfidence.REPORTED
        ? sentence + " (this change is reported, not yet confirmed against a primary source)"
        : sentence;
  }
}
