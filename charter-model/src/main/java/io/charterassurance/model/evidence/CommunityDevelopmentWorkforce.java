package io.charterassurance.model.evidence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The community development workforce: funded posts and training (call N8, agency call 5).
 *
 * @param id the item's id, unique within its submission
 * @param provenance where the item comes from
 * @param roles the posts
 * @param staffTrained other staff trained in community development approaches in the period
 * @param measures outcome and output measures reported with it
 */
public record CommunityDevelopmentWorkforce(
    @NotBlank @Size(max = 100) String id,
    @NotNull @Valid Provenance provenance,
    @NotNull List<@Valid @NotNull WorkforceRole> roles,
    @Nullable @PositiveOrZero @Max(100_000_000) Integer staffTrained,
    List<@Valid @NotNull Measure> measures)
    implements Evidence {

  /** The JSON {@code kind} of this record. */
  public static final String KIND = "community-development-workforce";

  public CommunityDevelopmentWorkforce {
    roles = roles == null ? List.of() : List.copyOf(roles);
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

  /** Builds a {@link CommunityDevelopmentWorkforce} component by component; see {@link #builder}. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable Provenance provenance;
    private final List<WorkforceRole> roles = new ArrayList<>();
    private @Nullable Integer staffTrained;
    private final List<Measure> measures = new ArrayList<>();

    private Builder() {}

    /** Adds to the posts. */
    public Builder roles(WorkforceRole... items) {
      roles.addAll(Arrays.asList(items));
      return this;
    }

    /** Adds to the posts. */
    public Builder roles(Collection<? extends WorkforceRole> items) {
      roles.addAll(items);
      return this;
    }

    /** Sets other staff trained in community development approaches in the period. */
    public Builder staffTrained(Integer value) {
      staffTrained = value;
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

    /** The CommunityDevelopmentWorkforce as built so far (a component not set stays null, for validation to report). */
    public CommunityDevelopmentWorkforce build() {
      return new CommunityDevelopmentWorkforce(id, provenance, roles, staffTrained, measures);
    }
  }
}
