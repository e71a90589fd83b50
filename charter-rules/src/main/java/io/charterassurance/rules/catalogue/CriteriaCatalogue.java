package io.charterassurance.rules.catalogue;

import io.charterassurance.model.organisation.OrganisationKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The criteria an assessor decides, in catalogue order. The bundled catalogue is {@link
 * #standard()}; {@link io.charterassurance.rules.Assessor.Builder#criteria(Path)} replaces it.
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

  /** The bundled catalogue, read afresh. */
  public static CriteriaCatalogue standard() {
    return Reading.standardCatalogue();
  }

  /**
   * Reads and checks a catalogue file (YAML, or JSON by extension).
   *
   * @throws RuleSetException naming the file, JSON path and problem
   */
  public static CriteriaCatalogue load(Path file) {
    Objects.requireNonNull(file, "file");
    return Reading.catalogue(file);
  }

  /**
   * Reads and checks a catalogue (YAML, or JSON by extension) from the class path of {@code
   * loader}.
   *
   * @throws RuleSetException naming the resource, JSON path and problem
   */
  public static CriteriaCatalogue load(ClassLoader loader, String resource) {
    Objects.requireNonNull(loader, "loader");
    Objects.requireNonNull(resource, "resource");
    return Reading.catalogueResource(loader, resource);
  }
}
