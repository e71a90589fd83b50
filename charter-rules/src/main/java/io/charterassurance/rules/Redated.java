package io.charterassurance.rules;

import io.charterassurance.model.io.ReadResult;
import java.util.List;
import java.util.Objects;

/**
 * A submission moved to another as-at date, for re-assessing it as it stood (or would stand) then.
 *
 * @param read the moved submission, validated again: valid, or with the violations that stop it
 *     being assessed on that date (a date in the future, an organisation that did not yet exist or
 *     no longer did)
 * @param notices what was set aside and why: each evidence item dated after the new as-at date,
 *     and each item that cannot stand on that date, one sentence each; and the digest of the
 *     submission as it was read, since the moved submission has its own
 */
public record Redated(ReadResult read, List<String> notices) {
  public Redated {
    Objects.requireNonNull(read, "read");
    notices = List.copyOf(notices);
  }
}
