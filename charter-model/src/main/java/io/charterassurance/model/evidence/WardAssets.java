package io.charterassurance.model.evidence;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;

/**
 * Assets counted in one ward or neighbourhood.
 *
 * @param wardCode the ward's ONS GSS code, e.g. {@code E05009317}, where known
 * @param wardName the ward's name
 * @param assets assets counted there
 */
public record WardAssets(
    @Nullable @jakarta.validation.constraints.Pattern(regexp = "[EWSN][0-9]{8}", message = "must be an ONS GSS code such as E05009317") String wardCode,
    @NotBlank String wardName,
    @NotNull @PositiveOrZero @Max(100_000_000) Integer assets) {}
