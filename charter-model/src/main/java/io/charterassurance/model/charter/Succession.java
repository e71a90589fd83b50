package io.charterassurance.model.charter;

import io.charterassurance.model.organisation.SourceConfidence;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An institution that took over some or all of another's functions.
 *
 * @param to the successor's id
 * @param effective the first day the successor answers
 * @param functions which functions passed, when only some did (e.g. "health protection")
 * @param planned whether the change is planned (legislation not yet in force) rather than done
 * @param confidence how well the date is sourced
 * @param basis the source, in words
 */
public record Succession(
    String to,
    LocalDate effective,
    @Nullable String functions,
    boolean planned,
    SourceConfidence confidence,
    String basis) {

  public Succession {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(effective, "effective");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(basis, "basis");
  }
}
