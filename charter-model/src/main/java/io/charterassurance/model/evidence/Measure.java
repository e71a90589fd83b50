package io.charterassurance.model.evidence;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * An outcome or output measure reported with an evidence item. A measure with a baseline, a
 * target and a latest value lets progress be judged; one with only a name is an aspiration.
 *
 * @param name what is measured, e.g. "volunteer hours per year"
 * @param unit the unit, e.g. "hours", "%", "residents"
 * @param baseline the value at the start
 * @param target the value aimed for
 * @param latest the most recent value
 */
public record Measure(
    @NotBlank String name,
    @NotBlank String unit,
    @Nullable @Digits(integer = 15, fraction = 6) BigDecimal baseline,
    @Nullable @Digits(integer = 15, fraction = 6) BigDecimal target,
    @Nullable @Digits(integer = 15, fraction = 6) BigDecimal latest) {

  /** Whether the measure has a baseline, a target and a latest value, so a trend can be seen. */
  public boolean isComplete() {
    return baseline != null && target != null && latest != null;
  }
}
