package io.charterassurance.model.organisation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The organisation a submission is made for.
 *
 * @param code the ODS code (NHS bodies) or ONS GSS code (local authorities and their Health and
 *     Wellbeing Boards)
 * @param name the organisation's name
 * @param kind what kind of organisation it is
 * @param population the resident population the organisation serves (ONS mid-year estimate), where
 *     a criterion needs a denominator (investment per head)
 * @param wards the number of electoral wards in its area, where a criterion needs a denominator
 *     (coverage of an assets profile or asset map)
 * @param predecessors organisations whose evidence counts toward this one (CCGs before an ICB,
 *     merged ICBs), oldest first or in any order
 */
public record Organisation(
    @NotBlank String code,
    @NotBlank String name,
    @NotNull OrganisationKind kind,
    @Nullable @Positive @Max(100_000_000) Integer population,
    @Nullable @Positive @Max(100_000) Integer wards,
    @Size(max = 100) List<@Valid @NotNull Predecessor> predecessors) {

  public Organisation {
    predecessors = predecessors == null ? List.of() : List.copyOf(predecessors);
  }

  /** An organisation with no predecessors. */
  public static Organisation of(String code, String name, OrganisationKind kind) {
    return new Organisation(code, name, kind, null, null, List.of());
  }

  /**
   * The predecessor with this code, if evidence produced by {@code code} belongs to a predecessor
   * rather than to this organisation.
   */
  public Optional<Predecessor> predecessor(@Nullable String code) {
    if (code == null) {
      return Optional.empty();
    }
    // Null-safe: a submission is validated before it is trusted, and a predecessor's code may be missing.
    return predecessors.stream().filter(p -> code.equals(p.code())).findFirst();
  }

  /** Whether evidence produced by {@code code} belongs to this organisation or a predecessor. */
  public boolean ownsEvidenceOf(@Nullable String code) {
    return code == null || code.equals(this.code) || predecessor(code).isPresent();
  }

  /**
   * A builder of an organisation, for code that makes one: every other component is set by
   * name, and one not set is absent (null), false or empty. The builder checks nothing; the
   * assessor or {@code SubmissionReader.check} validates what it builds, as a file is validated.
   */
  public static Builder builder(String code, String name, OrganisationKind kind) {
    Builder builder = new Builder();
    builder.code = code;
    builder.name = name;
    builder.kind = kind;
    return builder;
  }

  /** Builds a {@link Organisation} component by component; see {@link #builder}. */
  public static final class Builder {
    private @Nullable String code;
    private @Nullable String name;
    private @Nullable OrganisationKind kind;
    private @Nullable Integer population;
    private @Nullable Integer wards;
    private final List<Predecessor> predecessors = new ArrayList<>();

    private Builder() {}

    /** Sets the resident population it serves. */
    public Builder population(Integer value) {
      population = value;
      return this;
    }

    /** Sets the number of electoral wards in its area. */
    public Builder wards(Integer value) {
      wards = value;
      return this;
    }

    /** Adds to organisations whose evidence counts toward this one. */
    public Builder predecessors(Predecessor... items) {
      predecessors.addAll(Arrays.asList(items));
      return this;
    }

    /** Adds to organisations whose evidence counts toward this one. */
    public Builder predecessors(Collection<? extends Predecessor> items) {
      predecessors.addAll(items);
      return this;
    }

    /** The Organisation as built so far (a component not set stays null, for validation to report). */
    public Organisation build() {
      return new Organisation(code, name, kind, population, wards, predecessors);
    }
  }
}
