package io.charterassurance.model.charter;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One part of the Charter with its stable id and exact text.
 *
 * <p>Ids: {@code W1}–{@code W6} (Why now), {@code P1}–{@code P6} with {@code P1a}–{@code P1c}
 * (principles), {@code N} (the lead-in of the national calls) and {@code N1}–{@code N12}, {@code
 * A1}–{@code A6} (calls on health and other agencies) with {@code A4a}–{@code A4e} and the
 * commitments {@code A6a}–{@code A6d}.
 *
 * @param id the stable id
 * @param kind what part of the Charter it is
 * @param parent the id of the clause it belongs to, for sub-points and commitments
 * @param number the number or letter the Charter prints ({@code ""} for the national lead-in)
 * @param title a short title (this project's, not the Charter's words)
 * @param text the clause's words as the Charter has them
 * @param addressedTo ids of the institutions the Charter calls on to act (calls only)
 * @param concerns ids of the institutions whose practice the call is about (calls only); their
 *     successors are concerned too, from the date they took over
 * @param principles ids of the principles the clause serves, when it names its own (sub-points
 *     otherwise serve their parent's); see {@link Charter#principlesServedBy}
 * @param instruments ids of the documents or processes the call names (a CCG constitution, the
 *     Annual Quality Report), which have successors of their own
 * @param note how this project reads the clause, where that needs saying
 */
public record Clause(
    String id,
    ClauseKind kind,
    @Nullable String parent,
    String number,
    String title,
    String text,
    List<String> addressedTo,
    List<String> concerns,
    List<String> principles,
    List<String> instruments,
    @Nullable String note) {

  public Clause {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    addressedTo = addressedTo == null ? List.of() : List.copyOf(addressedTo);
    concerns = concerns == null ? List.of() : List.copyOf(concerns);
    principles = principles == null ? List.of() : List.copyOf(principles);
    instruments = instruments == null ? List.of() : List.copyOf(instruments);
  }
}
