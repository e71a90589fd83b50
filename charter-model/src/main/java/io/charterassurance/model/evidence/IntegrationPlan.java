package io.charterassurance.model.evidence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An integration plan or terms of reference (integrated care strategy, neighbourhood health plan,
 * integrated neighbourhood team) and how it builds in needs-and-assets working (call N12).
 *
 * @param id the item's id, unique within its submission
 * @param provenance where the item comes from
 * @param planType what sort of plan it is
 * @param referencesAssets whether it builds on community assets, not only needs
 * @param vcseMembers whether VCSE organisations are members or partners
 * @param residentsInvolved whether residents are members or co-designed it
 * @param measures outcome and output measures reported with it
 */
public record IntegrationPlan(
    @NotBlank @Size(max = 100) String id,
    @NotNull @Valid Provenance provenance,
    @NotNull PlanType planType,
    boolean referencesAssets,
    boolean vcseMembers,
    boolean residentsInvolved,
    List<@Valid @NotNull Measure> measures)
    implements Evidence {

  /** The JSON {@code kind} of this record. */
  public static final String KIND = "integration-plan";

  public IntegrationPlan {
    measures = measures == null ? List.of() : List.copyOf(measures);
  }

  @Override
  public String kindName() {
    return KIND;
  }
}
