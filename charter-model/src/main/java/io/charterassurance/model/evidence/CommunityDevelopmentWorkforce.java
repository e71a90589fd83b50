package io.charterassurance.model.evidence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
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
}
