package io.charterassurance.rules;

import io.charterassurance.model.organisation.OrganisationKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The criteria an assessor decides, in catalogue order.
 *
 * @param version the catalogue's version
 * @param criteria every criterion
 */
public record CriteriaCatalogue(String version, List<Criterion> criteria) {

  public CriteriaCatalogue {
    Objects.requireNonNull(version, "version");
    criteria = List.copyOf(criteria);
  }

  /** The criteria that apply to a kind of organisation. */
  public List<Criterion> forKind(OrganisationKind kind) {
    return criteria.stream().filter(c -> c.appliesTo(kind)).toList();
  }

  /** The criterion with this id, if there is one. */
  public Optional<Criterion> find(String id) {
    return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** The criteria serving a Charter clause (e.g. {@code N2}, or {@code A4c}). */
  public List<Criterion> serving(String clauseId) {
    return criteria.stream().filter(c -> c.clauses().contains(clauseId)).toList();
  }

  /** The bundled catalogue. */
  public static CriteriaCatalogue standard() {
    return io.charterassurance.rules.internal.Loading.standardCatalogue().catalogue();
  }

  /**
   * Reads and checks a catalogue file (YAML, or JSON by extension).
   *
   * @throws RuleSetException naming the file, JSON path and problem
   */
  public static CriteriaCatalogue load(java.nio.file.Path file) {
    return io.charterassurance.rules.internal.Loading.catalogue(file).catalogue();
  }
}
