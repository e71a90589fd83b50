package io.charterassurance.model.evidence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Collections;

/**
 * The profile of a community's strengths that turns a JSNA into a JSNAA: "the condition of its
 * groups, organisations and partnerships and the protective factors for health and wellbeing"
 * (Charter call N2).
 *
 * @param groups community groups counted
 * @param organisations voluntary and community organisations counted
 * @param partnerships partnerships counted
 * @param protectiveFactors protective factors for health and wellbeing named in the profile
 * @param assetsByCategory assets counted by ABCD category
 * @param wards asset counts by ward or neighbourhood
 */
public record AssetsProfile(
    @NotNull @PositiveOrZero @Max(100_000_000) Integer groups,
    @NotNull @PositiveOrZero @Max(100_000_000) Integer organisations,
    @NotNull @PositiveOrZero @Max(100_000_000) Integer partnerships,
    List<@NotBlank String> protectiveFactors,
    Map<@NotNull AbcdCategory, @NotNull @PositiveOrZero @Max(100_000_000) Integer> assetsByCategory,
    List<@Valid @NotNull WardAssets> wards) {

  public AssetsProfile {
    protectiveFactors = protectiveFactors == null ? List.of() : List.copyOf(protectiveFactors);
    assetsByCategory =
        assetsByCategory == null
            ? Map.of()
            : Collections.unmodifiableMap(new TreeMap<>(assetsByCategory));
    wards = wards == null ? List.of() : List.copyOf(wards);
  }
}
