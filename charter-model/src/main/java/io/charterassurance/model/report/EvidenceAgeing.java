package io.charterassurance.model.report;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * When one current evidence item falls due for refresh and goes stale under the policy's
 * freshness window for its kind.
 *
 * @param evidence the item's id
 * @param kind the item's kind
 * @param dueFrom the first day it is due for refresh (absent if it never is)
 * @param staleFrom the first day it is stale (absent if it never is)
 */
public record EvidenceAgeing(String evidence, String kind, @Nullable LocalDate dueFrom, @Nullable LocalDate staleFrom) {
  public EvidenceAgeing {
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(kind, "kind");
  }
}
