package io.charterassurance.model.evidence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A community development strategy (Charter call N1): the HWB's or commissioner's plan for
 * making community development part of the normal approach, linked with engagement by the local
 * authority, police and the community sector.
 *
 * @param id the item's id, unique within its submission
 * @param provenance where the item comes from
 * @param approach the approach the document takes: a community development or asset-based
 *     strategy, or a plan to engage, consult or inform (which is not a community development
 *     strategy)
 * @param partners the sectors named as partners or signatories
 * @param actionPlan whether it has an action plan with owners and dates
 * @param owner the named senior owner
 * @param reviewBy the date by which it is to be reviewed or refreshed
 * @param measures outcome and output measures reported with it
 */
public record CommunityDevelopmentStrategy(
    @NotBlank @Size(max = 100) String id,
    @NotNull @Valid Provenance provenance,
    @NotNull StrategyApproach approach,
    @NotNull Set<PartnerSector> partners,
    boolean actionPlan,
    @Nullable @Size(max = 200) String owner,
    @Nullable LocalDate reviewBy,
    List<@Valid @NotNull Measure> measures)
    implements Evidence {

  /** The JSON {@code kind} of this record. */
  public static final String KIND = "community-development-strategy";

  public CommunityDevelopmentStrategy {
    // An EnumSet iterates in declaration order, so the JSON is the same on every run.
    partners = partners == null || partners.isEmpty()
        ? Set.of()
        : Collections.unmodifiableSet(EnumSet.copyOf(partners));
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

  /** Builds a {@link CommunityDevelopmentStrategy} component by component; see {@link #builder}. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable Provenance provenance;
    private @Nullable StrategyApproach approach;
    private final Set<PartnerSector> partners = new LinkedHashSet<>();
    private boolean actionPlan;
    private @Nullable String owner;
    private @Nullable LocalDate reviewBy;
    private final List<Measure> measures = new ArrayList<>();

    private Builder() {}

    /** Sets the approach the document takes. */
    public Builder approach(StrategyApproach value) {
      approach = value;
      return this;
    }

    /** Adds to the sectors named as partners or signatories. */
    public Builder partners(PartnerSector... items) {
      partners.addAll(Arrays.asList(items));
      return this;
    }

    /** Sets whether it has an action plan with owners and dates (false unless set). */
    public Builder actionPlan(boolean value) {
      actionPlan = value;
      return this;
    }

    /** Sets the named senior owner. */
    public Builder owner(String value) {
      owner = value;
      return this;
    }

    /** Sets the date by which it is to be reviewed. */
    public Builder reviewBy(LocalDate value) {
      reviewBy = value;
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

    /** The CommunityDevelopmentStrategy as built so far (a component not set stays null, for validation to report). */
    public CommunityDevelopmentStrategy build() {
      return new CommunityDevelopmentStrategy(id, provenance, approach, partners, actionPlan, owner, reviewBy, measures);
    }
  }
}
