package io.charterassurance.model.report;

import io.charterassurance.model.organisation.OrganisationKind;
import java.util.List;
import java.util.Objects;

/**
 * The organisation a report is about.
 *
 * @param code its ODS or GSS code
 * @param name its name
 * @param kind its kind
 * @param predecessors codes of predecessors whose evidence counted
 */
public record ReportSubject(String code, String name, OrganisationKind kind, List<String> predecessors) {
  public ReportSubject {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    predecessors = List.copyOf(predecessors);
  }
}
