package io.charterassurance.rules.internal;

import io.charterassurance.model.evidence.ChampionsProgramme;
import io.charterassurance.model.evidence.DecidedBy;
import io.charterassurance.model.evidence.DevolvedDecision;
import io.charterassurance.model.evidence.EngagementExercise;
import io.charterassurance.model.evidence.Evidence;
import io.charterassurance.model.evidence.EvidenceSource;
import io.charterassurance.model.evidence.Measure;
import io.charterassurance.model.evidence.NeighbourhoodPartnership;
import io.charterassurance.model.report.Finding;
import io.charterassurance.model.report.ScoreLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Judges principles on what they mean, not only on the calls that serve them. Each lens is a
 * score from 0 to 100 over the current evidence, with a sentence saying how it was reached:
 *
 * <ul>
 *   <li><b>power</b> (principle 2, imbalances in power): who holds power. Each neighbourhood
 *       partnership scores its resident share against the community-led threshold (a resident
 *       majority scores 100); each decision scores 100 when residents decided, 50 when residents
 *       and officers decided jointly, 0 when officers decided. The lens is their mean.
 *   <li><b>reach</b> (principle 2, equality and inclusion): reach into the most deprived areas and
 *       excluded groups. Each champions programme scores its share from the most deprived areas
 *       against the policy's share (at or above it scores 100); each listening exercise scores 100
 *       when it reached excluded groups, else 0. The lens is their mean.
 *   <li><b>outcomes</b> (principle 3, active communities improve their health): the share of
 *       outcome measures (with baseline, target and latest value) that moved toward their target.
 *       A measure moving the wrong way counts against, never for.
 *   <li><b>coProduction</b> (principle 4): the share of the evidence findings relied on that was
 *       co-produced with residents or comes from the community.
 * </ul>
 *
 * <p>A lens with no evidence scores 0, and says so: a principle is not credited for what the
 * submission does not show.
 */
final class Lenses {
  private final Map<String, Lens> lenses;

  private record Lens(BigDecimal score, String basis) {}

  private Lenses(Map<String, Lens> lenses) {
    this.lenses = lenses;
  }

  static Lenses of(List<Evidence> current, List<Finding> findings, Map<String, BigDecimal> parameters) {
    Map<String, Lens> out = new TreeMap<>();
    out.put("power", power(current, parameters.get("community-led-resident-share-above-percent")));
    out.put("reach", reach(current, parameters.get("most-deprived-areas-percent")));
    out.put("outcomes", outcomes(current));
    out.put("coProduction", coProduction(current, findings));
    return new Lenses(out);
  }

  /** The principle's line: its criteria line re-scored with the policy's lens weights. */
  ScoreLine principle(ScoreLine criteria, Map<String, BigDecimal> weights) {
    if (criteria.score() == null) {
      return criteria;
    }
    BigDecimal total = BigDecimal.ZERO;
    List<String> basis = new ArrayList<>();
    // The criteria first, then each lens in name order, so the basis reads the same every run.
    List<Map.Entry<String, BigDecimal>> ordered = new ArrayList<>(new TreeMap<>(weights).entrySet());
    ordered.sort(java.util.Comparator.comparing(e -> e.getKey().equals("criteria") ? 0 : 1));
    for (var entry : ordered) {
      BigDecimal weight = entry.getValue();
      if (entry.getKey().equals("criteria")) {
        total = total.add(weight.multiply(criteria.score()));
        basis.add("Criteria serving " + criteria.id() + ": " + criteria.score().toPlainString() + " (weight "
            + weight.stripTrailingZeros().toPlainString() + ").");
      } else {
        Lens lens = lenses.get(entry.getKey());
        total = total.add(weight.multiply(lens.score()));
        basis.add(Words.capitalise(label(entry.getKey())) + ": " + lens.score().toPlainString() + " (weight "
            + weight.stripTrailingZeros().toPlainString() + "); " + lens.basis());
      }
    }
    return new ScoreLine(criteria.id(), criteria.title(), total.setScale(1, RoundingMode.HALF_UP),
        criteria.countedWeight(), criteria.tally(), basis);
  }

  private static String label(String lens) {
    return switch (lens) {
      case "power" -> "who holds power";
      case "reach" -> "reach into the most deprived areas and excluded groups";
      case "outcomes" -> "outcome measures' direction of travel";
      case "coProduction" -> "co-production";
      default -> lens;
    };
  }

  private static Lens power(List<Evidence> current, BigDecimal majority) {
    List<Double> signals = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    int decisions = 0;
    int byResidents = 0;
    int jointly = 0;
    for (Evidence e : current) {
      if (e instanceof NeighbourhoodPartnership p) {
        double share = Words.share(p.residentMembers(), p.members());
        signals.add(share > majority.doubleValue() ? 100.0 : Math.min(100.0, 100.0 * share / majority.doubleValue()));
        parts.add("residents hold " + p.residentMembers() + " of " + p.members() + " seats in the " + p.neighbourhood()
            + " partnership (" + Words.percent(share) + ")");
      } else if (e instanceof DevolvedDecision d) {
        decisions++;
        if (d.decidedBy() == DecidedBy.RESIDENTS) {
          byResidents++;
          signals.add(100.0);
        } else if (d.decidedBy() == DecidedBy.RESIDENTS_AND_OFFICERS) {
          jointly++;
          signals.add(50.0);
        } else {
          signals.add(0.0);
        }
      }
    }
    if (decisions > 0) {
      parts.add("residents decided " + byResidents + " of " + Words.count(decisions, "decision", "decisions")
          + (jointly > 0 ? " and shared " + jointly : ""));
    }
    if (signals.isEmpty()) {
      return new Lens(zero(), "no evidence shows who holds power (partnership membership or who decides)");
    }
    return new Lens(mean(signals), String.join("; ", parts));
  }

  private static Lens reach(List<Evidence> current, BigDecimal share) {
    List<Double> signals = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    for (Evidence e : current) {
      if (e instanceof ChampionsProgramme c) {
        if (c.fromMostDeprivedAreasPercent() == null) {
          signals.add(0.0);
          parts.add("the champions programme does not report how many come from the most deprived areas");
        } else {
          double pct = c.fromMostDeprivedAreasPercent().doubleValue();
          signals.add(Math.min(100.0, 100.0 * pct / share.doubleValue()));
          parts.add(Words.percent(c.fromMostDeprivedAreasPercent()) + " of champions come from the most deprived areas");
        }
      } else if (e instanceof EngagementExercise x) {
        signals.add(x.reachedExcludedGroups() ? 100.0 : 0.0);
        parts.add(Words.titled(x) + (x.reachedExcludedGroups() ? " reached" : " did not reach") + " excluded groups");
      }
    }
    if (signals.isEmpty()) {
      return new Lens(zero(), "no evidence shows reach into the most deprived areas or excluded groups");
    }
    return new Lens(mean(signals), String.join("; ", parts.stream().sorted().toList()));
  }

  private static Lens outcomes(List<Evidence> current) {
    int complete = 0;
    int toward = 0;
    int away = 0;
    for (Evidence e : current) {
      for (Measure m : e.measures()) {
        if (m.isComplete()) {
          complete++;
          if (Grader.rightWay(m)) {
            toward++;
          } else if (Grader.wrongWay(m)) {
            away++;
          }
        }
      }
    }
    if (complete == 0) {
      return new Lens(zero(), "no outcome measure has a baseline, a target and a latest value");
    }
    return new Lens(BigDecimal.valueOf(100.0 * toward / complete).setScale(1, RoundingMode.HALF_UP),
        toward + " of " + Words.count(complete, "measure", "measures") + " moved toward their target"
            + (away > 0 ? ", " + away + " moved away from it" : ""));
  }

  private static Lens coProduction(List<Evidence> current, List<Finding> findings) {
    Set<String> relied = new HashSet<>();
    for (Finding f : findings) {
      if (f.status().isCounted()) {
        relied.addAll(f.evidence());
      }
    }
    int items = 0;
    int coProduced = 0;
    for (Evidence e : current) {
      if (relied.contains(e.id())) {
        items++;
        if (e.provenance().coProduced() || e.provenance().source() == EvidenceSource.COMMUNITY) {
          coProduced++;
        }
      }
    }
    if (items == 0) {
      return new Lens(zero(), "no evidence was relied on");
    }
    return new Lens(BigDecimal.valueOf(100.0 * coProduced / items).setScale(1, RoundingMode.HALF_UP),
        coProduced + " of the " + Words.count(items, "item", "items") + " relied on were co-produced with residents or come from the community");
  }

  private static BigDecimal mean(List<Double> values) {
    return BigDecimal.valueOf(values.stream().mapToDouble(Double::doubleValue).average().orElse(0))
        .setScale(1, RoundingMode.HALF_UP);
  }

  private static BigDecimal zero() {
    return BigDecimal.ZERO.setScale(1);
  }
}
