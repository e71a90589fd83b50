package io.charterassurance.model.evidence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
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
}
