package io.charterassurance.model.evidence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A social value policy applied in procurement (Charter call N3). NHS procurements have applied a
 * minimum 10% social value weighting since 1 April 2022.
 *
 * @param id the item's id, unique within its submission
 * @param provenance where the item comes from
 * @param weightingPercent the weighting given to social value in tender evaluation
 * @param contractsCovered contracts let in the period with the weighting applied
 * @param contractsLet all contracts let in the period
 * @param measures outcome and output measures reported with it
 */
public record SocialValuePolicy(
    @NotBlank @Size(max = 100) String id,
    @NotNull @Valid Provenance provenance,
    @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal weightingPercent,
    @Nullable @PositiveOrZero @Max(100_000_000) Integer contractsCovered,
    @Nullable @PositiveOrZero @Max(100_000_000) Integer contractsLet,
    List<@Valid @NotNull Measure> measures)
    implements Evidence {

  /** The JSON {@code kind} of this record. */
  public static final String KIND = "social-value-policy";

  public SocialValuePolicy {
    measures = measures == null ? List.of() : List.copyOf(measures);
  }

  @Override
  public String kindName() {
    return KIND;
  }
}
