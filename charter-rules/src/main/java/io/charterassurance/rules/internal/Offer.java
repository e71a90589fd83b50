package io.charterassurance.rules.internal;

import io.charterassurance.model.evidence.Evidence;
import java.util.List;

/** One rule's judgement that some evidence meets a criterion at some level. */
record Offer(
    String criterion,
    List<Evidence> items,
    Combination combination,
    Level level,
    String reason,
    List<String> missing) {

  /** How the strengths of several items combine into one. */
  enum Combination {
    SINGLE,
    STRONGEST,
    WEAKEST
  }

  Offer {
    items = List.copyOf(items);
    missing = List.copyOf(missing);
  }
}
