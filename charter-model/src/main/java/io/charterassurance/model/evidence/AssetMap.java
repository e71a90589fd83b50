package io.charterassurance.model.evidence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A map or directory of community assets (groups, spaces, networks), kept live (Charter call N2,
 * principle 5).
 *
 * @param id the item's id, unique within its submission
 * @param provenance where the item comes from
 * @param assets the number of assets mapped
 * @param wardsCovered the number of wards or neighbourhoods the map covers
 * @param communityLed whether residents led the mapping
 * @param lastUpdated when the map was last updated
 * @param measures outcome and output measures reported with it
 */
public record AssetMap(
    @NotBlank @Size(max = 100) String id,
    @NotNull @Valid Provenance provenance,
    @NotNull @PositiveOrZero @Max(100_000_000) Integer assets,
    @NotNull @PositiveOrZero @Max(100_000_000) Integer wardsCovered,
    boolean communityLed,
    @Nullable LocalDate lastUpdated,
    List<@Valid @NotNull Measure> measures)
    implements Evidence {

  /** The JSON {@code kind} of this record. */
  public static final String KIND = "asset-map";

  public AssetMap {
    measures = measures == null ? List.of() : List.copyOf(measures);
  }

  @Override
  public String kindName() {
    return KIND;
  }
}
