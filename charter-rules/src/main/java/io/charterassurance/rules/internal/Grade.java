package io.charterassurance.rules.internal;

import io.charterassurance.model.report.Confidence;
import java.util.List;

/**
 * How far one evidence item can be relied on, with the words that explain it.
 *
 * @param confidence high, medium or low
 * @param currency whether the item is current, due for refresh or stale for its kind's cycle
 * @param summary e.g. "approved by the ICB Board (minute ICB/25/061), 10 September 2025, 6 months old"
 * @param reasons one sentence per consideration that set the confidence
 * @param raise what would raise it (empty when it is high)
 */
record Grade(Confidence confidence, Currency currency, String summary, List<String> reasons, List<String> raise) {
  Grade {
    reasons = List.copyOf(reasons);
    raise = List.copyOf(raise);
  }

  /** An item's currency against its kind's real cycle. */
  enum Currency {
    CURRENT,
    DUE,
    STALE
  }
}
