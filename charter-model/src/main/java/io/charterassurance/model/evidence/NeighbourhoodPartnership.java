package io.charterassurance.model.evidence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A community-led neighbourhood partnership of residents and service providers (agency call 4).
 *
 * @param id the item's id, unique within its submission
 * @param provenance where the item comes from
 * @param neighbourhood the neighbourhood or ward it serves
 * @param members members in all
 * @param residentMembers members who are residents
 * @param residentCoChair whether a resident chairs or co-chairs it
 * @param meetingsPerYear meetings held in the last twelve months
 * @param providersAttending service providers attending regularly
 * @param electedMembersAttending elected representatives attending regularly
 * @param measures outcome and output measures reported with it
 */
public record NeighbourhoodPartnership(
    @NotBlank @Size(max = 100) String id,
    @NotNull @Valid Provenance provenance,
    @NotBlank @Size(max = 200) String neighbourhood,
    @NotNull @Positive @Max(100_000_000) Integer members,
    @NotNull @PositiveOrZero @Max(100_000_000) Integer residentMembers,
    boolean residentCoChair,
    @NotNull @PositiveOrZero @Max(100_000_000) Integer meetingsPerYear,
    @NotNull @PositiveOrZero @Max(100_000_000) Integer providersAttending,
    @NotNull @PositiveOrZero @Max(100_000_000) Integer electedMembersAttending,
    List<@Valid @NotNull Measure> measures)
    implements Evidence {

  /** The JSON {@code kind} of this record. */
  public static final String KIND = "neighbourhood-partnership";

  public NeighbourhoodPartnership {
    measures = measures == null ? List.of() : List.copyOf(measures);
  }

  @Override
  public String kindName() {
    return KIND;
  }

  /**
   * A builder of an item of this kind, for code that makes one: every other component is set by
   * name, and one not set is absent (null), false or empty. The builder checks nothing; the
   * assessor or {@code SubmissionReader.check} validates what it builds, as a file is validated.
   */
  public static Builder builder(String id, Provenance provenance) {
    Builder builder = new Builder();
    builder.id = id;
    builder.provenance = provenance;
    return builder;
  }

  /** Builds a {@link NeighbourhoodPartnership} component by component; see {@link #builder}. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable Provenance provenance;
    private @Nullable String neighbourhood;
    private @Nullable Integer members;
    private @Nullable Integer residentMembers;
    private boolean residentCoChair;
    private @Nullable Integer meetingsPerYear;
    private @Nullable Integer providersAttending;
    private @Nullable Integer electedMembersAttending;
    private final List<Measure> measures = new ArrayList<>();

    private Builder() {}

    /** Sets the neighbourhood or ward it serves. */
    public Builder neighbourhood(String value) {
      neighbourhood = value;
      return this;
    }

    /** Sets members in all. */
    public Builder members(Integer value) {
      members = value;
      return this;
    }

    /** Sets members who are residents. */
    public Builder residentMembers(Integer value) {
      residentMembers = value;
      return this;
    }

    /** Sets whether a resident chairs or co-chairs it (false unless set). */
    public Builder residentCoChair(boolean value) {
      residentCoChair = value;
      return this;
    }

    /** Sets meetings held in the last twelve months. */
    public Builder meetingsPerYear(Integer value) {
      meetingsPerYear = value;
      return this;
    }

    /** Sets service providers attending regularly. */
    public Builder providersAttending(Integer value) {
      providersAttending = value;
      return this;
    }

    /** Sets elected representatives attending regularly. */
    public Builder electedMembersAttending(Integer value) {
      electedMembersAttending = value;
      return this;
    }

    /** Adds to outcome and output measures reported with it. */
    public Builder measures(Measure... items) {
      measures.addAll(Arrays.asList(items));
      return this;
    }

    /** Adds to outcome and output measures reported with it. */
    public Builder measures(Collection<? extends Measure> items) {
      measures.addAll(items);
      return this;
    }

    /** The NeighbourhoodPartnership as built so far (a component not set stays null, for validation to report). */
    public NeighbourhoodPartnership build() {
      return new NeighbourhoodPartnership(id, provenance, neighbourhood, members, residentMembers, residentCoChair, meetingsPerYear, providersAttending, electedMembersAttending, measures);
    }
  }
}
