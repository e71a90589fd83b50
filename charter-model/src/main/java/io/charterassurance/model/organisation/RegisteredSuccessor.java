package io.charterassurance.model.organisation;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A body that took over from a registered organisation.
 *
 * @param code its ODS code, where it has one the registry can source (absent for an ICB whose
 *     new code has not been published)
 * @param name its name
 * @param kind what kind of organisation it is
 * @param area the part of the old area it took over, when the old area was split (e.g.
 *     "Suffolk"); absent when it took over the whole area
 */
public record RegisteredSuccessor(
    @Nullable String code, String name, OrganisationKind kind, @Nullable String area) {

  public RegisteredSuccessor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
  }

  /** The name with its code, e.g. "NHS North East London CCG (A3A8R)". */
  public String label() {
    return code == null ? name : name + " (" + code + ")";
  }
}
