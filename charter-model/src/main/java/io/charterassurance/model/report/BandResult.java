package io.charterassurance.model.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The readiness band, and the band the score alone would have given when a limiter capped it.
 *
 * @param id the band id, e.g. {@code established}
 * @param label the band's name for people
 * @param minimum the least overall score the band takes, under the report's scoring policy
 * @param uncapped the band id the score alone reaches
 * @param uncappedLabel that band's name for people
 * @param cappedBy why the band was capped (empty when it was not)
 * @param bands every band of the report's scoring policy, highest first, each with its threshold
 *     (the least overall score it takes); empty only in a report read from JSON written before
 *     reports carried them
 */
public record BandResult(
    String id, String label, BigDecimal minimum, String uncapped, String uncappedLabel, List<String> cappedBy,
    List<BandThreshold> bands) {
  public BandResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(minimum, "minimum");
    Objects.requireNonNull(uncapped, "uncapped");
    Objects.requireNonNull(uncappedLabel, "uncappedLabel");
    cappedBy = List.copyOf(cappedBy);
    // A report written before reports carried the policy's bands has no such key.
    bands = bands == null ? List.of() : List.copyOf(bands);
  }

  /** Whether a limiter lowered the band. */
  public boolean isCapped() {
    return !cappedBy.isEmpty();
  }
}
