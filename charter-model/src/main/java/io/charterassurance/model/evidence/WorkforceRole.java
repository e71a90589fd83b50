package io.charterassurance.model.evidence;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A community development post.
 *
 * @param title the job title
 * @param wte whole-time equivalents in post
 * @param band the pay band or grade, e.g. "AfC 6"
 * @param recurrentlyFunded whether the post is funded recurrently
 * @param seniorPractitioner whether it coordinates and supports other staff (agency call 5)
 */
public record WorkforceRole(
    @NotBlank @Size(max = 200) String title,
    @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") @Digits(integer = 4, fraction = 4) BigDecimal wte,
    @Nullable @Size(max = 50) String band,
    boolean recurrentlyFunded,
    boolean seniorPractitioner) {}
