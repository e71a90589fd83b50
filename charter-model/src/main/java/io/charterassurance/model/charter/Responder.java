package io.charterassurance.model.charter;

import io.charterassurance.model.organisation.OrganisationKind;
import java.util.Objects;

/**
 * An organisation that answers a call for a submitting organisation on a date: the organisation
 * itself, or (before it took over) one of its predecessors.
 *
 * @param code the answering organisation's ODS or GSS code
 * @param name its name
 * @param kind its kind on that date
 * @param predecessor whether it is a predecessor of the submitting organisation
 * @param resolution the Charter institution it answers as, and how that institution is reached
 *     from the one the call names
 */
public record Responder(
    String code, String name, OrganisationKind kind, boolean predecessor, Resolution resolution) {

  public Responder {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(resolution, "resolution");
  }
}
