package io.charterassurance.model.report;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One readiness band of the scoring policy a report was made under, with the least overall score
 * that reaches it, so that a report can show its bands' thresholds beside the band it reached.
 *
 * @param id the band id, e.g. {@code established}
 * @param label the band's name for people
 * @param minimum the least overall score (0 to 100) the band takes
 */
public record BandThreshold(String id, String label, BigDecimal minimum) {
  public BandThreshold {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(minimum, "minimum");
  }
}
