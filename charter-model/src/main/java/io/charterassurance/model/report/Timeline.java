package io.charterassurance.model.report;

import java.util.List;
import java.util.Objects;

/**
 * How the score and band fall month by month as evidence ages, if nothing is refreshed. Waivers
 * are held as they stood on the as-at date; only the evidence ages.
 *
 * @param months how many months after the as-at date the timeline runs
 * @param points one per month, the first on the as-at date itself
 * @param ageing when each current evidence item falls due and goes stale, earliest stale first
 */
public record Timeline(int months, List<TimelinePoint> points, List<EvidenceAgeing> ageing) {
  public Timeline {
    points = List.copyOf(points);
    ageing = List.copyOf(ageing);
    Objects.checkIndex(0, points.size());
  }
}
