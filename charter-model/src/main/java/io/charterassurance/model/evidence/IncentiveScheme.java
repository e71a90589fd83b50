package io.charterassurance.model.evidence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An incentive scheme (successor to the CCG Quality Premium: local schemes, contract KPIs) that
 * rewards needs-and-assets work (call N7).
 *
 * @param id the item's id, unique within its submission
 * @param provenance where the item comes from
 * @param metric the metric rewarded
 * @param valueGbp the value of the reward
 * @param rewardsNeedsAssetsWork whether the metric rewards needs-and-assets-based approaches
 * @param measures outcome and output measures reported with it
 */
public record IncentiveScheme(
    @NotBlank @Size(max = 100) String id,
    @NotNull @Valid Provenance provenance,
    @NotBlank @Size(max = 500) String metric,
    @Nullable @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal valueGbp,
    boolean rewardsNeedsAssetsWork,
    List<@Valid @NotNull Measure> measures)
    implements Evidence {

  /** The JSON {@code kind} of this record. */
  public static final String KIND = "incentive-scheme";

  public IncentiveScheme {
    measures = measures == null ? List.of() : List.copyOf(measures);
  }

  @Override
  public String kindName() {
    return KIND;
  }
}
