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
 * A community health champions or similar programme inspiring residents (agency call 1).
 *
 * @param id the item's id, unique within its submission
 * @param provenance where the item comes from
 * @param champions active champions
 * @param fromMostDeprivedAreasPercent champions living in the most deprived areas
 * @param retainedPercent champions retained after twelve months
 * @param measures outcome and output measures reported with it
 */
public record ChampionsProgramme(
    @NotBlank @Size(max = 100) String id,
    @NotNull @Valid Provenance provenance,
    @NotNull @PositiveOrZero @Max(100_000_000) Integer champions,
    @Nullable @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal fromMostDeprivedAreasPercent,
    @Nullable @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal retainedPercent,
    List<@Valid @NotNull Measure> measures)
    implements Evidence {

  /** The JSON {@code kind} of this record. */
  public static final String KIND = "champions-programme";

  public ChampionsProgramme {
    measures = measures == null ? List.of() : List.copyOf(measures);
  }

  @Override
  public String kindName() {
    return KIND;
  }
}
