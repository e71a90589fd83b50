package io.charterassurance.model.organisation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Organisations as they stood on a date: which had been abolished, merged or renamed, and who
 * answered for them. The registry is data, a bundled YAML resource ({@link #RESOURCE}) in which
 * every entry cites its source and says whether its date is verified or only reported; it holds
 * only entries that could be sourced, so an organisation it does not name may still have ended.
 *
 * <pre>{@code
 * OrganisationRegistry registry = OrganisationRegistry.standard();
 * registry.supersededOn("08V", OrganisationKind.CCG, LocalDate.of(2023, 6, 1))
 *     .map(Superseded::sentence);
 * // NHS Tower Hamlets CCG (08V) merged into NHS North East London CCG (A3A8R) on 1 April 2021, and
 * // NHS North East London CCG (A3A8R) was abolished on 1 July 2022; from then NHS North East
 * // London Integrated Care Board (QMF) answers
 * }</pre>
 *
 * <p>Immutable and safe to share between threads.
 */
public final class OrganisationRegistry {
  /** The bundled registry, a YAML resource. */
  public static final String RESOURCE = "io/charterassurance/model/organisation/successions.yaml";

  private static final class Standard {
    static final OrganisationRegistry INSTANCE = load();
  }

  /** The registry file as written. */
  private record RegistryFile(List<AbolishedKind> abolishedKinds, List<RegisteredBody> bodies) {}

  private final Map<OrganisationKind, AbolishedKind> abolishedKinds = new EnumMap<>(OrganisationKind.class);
  private final Map<String, RegisteredBody> bodies = new LinkedHashMap<>();

  private OrganisationRegistry(RegistryFile file) {
    List<String> problems = new ArrayList<>();
    for (AbolishedKind k : file.abolishedKinds()) {
      if (abolishedKinds.putIfAbsent(k.kind(), k) != null) {
        problems.add("kind " + k.kind() + " is abolished twice");
      }
    }
    for (RegisteredBody b : file.bodies()) {
      if (bodies.putIfAbsent(b.code(), b) != null) {
        problems.add("code " + b.code() + " appears twice");
      }
      if (!b.kind().codeScheme().accepts(b.code())) {
        problems.add(b.code() + " is not a well-formed " + b.kind().codeScheme().label());
      }
    }
    for (RegisteredBody b : bodies.values()) {
      for (RegisteredSuccessor s : b.successors()) {
        RegisteredBody next = s.code() == null ? null : bodies.get(s.code());
        if (next != null && !next.lastDay().isAfter(b.lastDay())) {
          problems.add(b.code() + ": its successor " + s.code() + " ended before it did");
        }
        if (s.code() != null && !s.kind().codeScheme().accepts(s.code())) {
          problems.add(b.code() + ": successor " + s.code() + " is not a well-formed " + s.kind().codeScheme().label());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("The bundled registry " + RESOURCE + " is inconsistent: " + problems);
    }
  }

  /** The bundled registry, loaded on first use. */
  public static OrganisationRegistry standard() {
    return Standard.INSTANCE;
  }

  private static OrganisationRegistry load() {
    // A plain mapper, not CharterJson's: the organisation package sits below io and must not depend on it.
    ObjectMapper yaml = YAMLMapper.builder()
        .addModule(new JavaTimeModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .build();
    // Through the class, not its loader: on the module path, the module encapsulates it.
    try (InputStream in = OrganisationRegistry.class.getResourceAsStream("/" + RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The bundled registry " + RESOURCE + " is missing from the class path");
      }
      return new OrganisationRegistry(yaml.readValue(in, RegistryFile.class));
    } catch (IOException e) {
      throw new IllegalStateException("The bundled registry " + RESOURCE + " could not be read", e);
    }
  }

  /** Every registered organisation, in the file's order. */
  public List<RegisteredBody> bodies() {
    return List.copyOf(bodies.values());
  }

  /** The registered organisation with this code, if the registry has one. */
  public Optional<RegisteredBody> find(@Nullable String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(bodies.get(code));
  }

  /** The abolition of a whole kind of organisation (CCGs on 1 July 2022), if it was abolished. */
  public Optional<AbolishedKind> abolition(@Nullable OrganisationKind kind) {
    return kind == null ? Optional.empty() : Optional.ofNullable(abolishedKinds.get(kind));
  }

  /**
   * What had become of an organisation by a date, if it no longer existed on it: the registered
   * changes it went through (following a merger into a body that itself ended by the date), and a
   * whole kind's abolition where that ended it or the body it merged into. Empty when the
   * organisation still existed on the date as far as the registry knows.
   *
   * @param code the organisation's code
   * @param kind the kind the organisation says it is (for a kind's abolition when the registry does
   *     not name the organisation); may be null
   * @param date the date asked about
   */
  public Optional<Superseded> supersededOn(String code, @Nullable OrganisationKind kind, LocalDate date) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(date, "date");
    List<RegisteredBody> changes = new ArrayList<>();
    SourceConfidence confidence = SourceConfidence.VERIFIED;
    Set<String> seen = new HashSet<>();
    RegisteredBody at = bodies.get(code);
    while (at != null && at.endedBy(date) && seen.add(at.code())) {
      changes.add(at);
      confidence = confidence.weakest(at.confidence());
      at = at.successors().size() == 1 ? find(at.successors().get(0).code()).orElse(null) : null;
    }
    List<RegisteredSuccessor> answering = changes.isEmpty() ? List.of() : changes.get(changes.size() - 1).successors();
    OrganisationKind last = changes.isEmpty() ? kind
        : answering.size() == 1 ? answering.get(0).kind() : null;
    boolean lastIsRegistered = !answering.isEmpty() && answering.size() == 1 && find(answering.get(0).code()).isPresent();
    Optional<AbolishedKind> abolished = lastIsRegistered ? Optional.empty()
        : abolition(last).filter(a -> a.abolishedBy(date));
    if (abolished.isPresent()) {
      confidence = confidence.weakest(abolished.get().confidence());
      answering = List.of();
    }
    if (changes.isEmpty() && abolished.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Superseded(code, date, changes, abolished.orElse(null), answering, confidence));
  }
}
