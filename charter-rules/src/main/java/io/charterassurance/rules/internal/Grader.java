package io.charterassurance.rules.internal;

import io.charterassurance.model.evidence.BudgetLine;
import io.charterassurance.model.evidence.BudgetPurpose;
import io.charterassurance.model.evidence.CommunityDevelopmentWorkforce;
import io.charterassurance.model.evidence.Evidence;
import io.charterassurance.model.evidence.EvidenceSource;
import io.charterassurance.model.evidence.EvidenceStatus;
import io.charterassurance.model.evidence.Measure;
import io.charterassurance.model.evidence.Provenance;
import io.charterassurance.model.submission.Submission;
import io.charterassurance.rules.ScoringPolicy;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Grades evidence strength by the scoring policy: recency, status, and the bonus qualities. */
final class Grader {
  private final ScoringPolicy policy;
  private final double base;
  private final double coProduced;
  private final double measurable;
  private final double corroborated;
  private final double resourced;
  private final double legacy;

  Grader(ScoringPolicy policy) {
    this.policy = policy;
    var s = policy.strength();
    this.base = s.base().doubleValue();
    this.coProduced = s.bonuses().coProduced().doubleValue();
    this.measurable = s.bonuses().measurable().doubleValue();
    this.corroborated = s.bonuses().corroborated().doubleValue();
    this.resourced = s.bonuses().resourced().doubleValue();
    this.legacy = s.legacyFactor().doubleValue();
  }

  /** Whether the submission shows recurrent funding for community development. */
  static boolean resourced(Submission submission) {
    for (Evidence e : submission.evidence()) {
      if (e instanceof BudgetLine b && b.recurrent() && b.amountGbp().signum() > 0
          && b.purpose() != BudgetPurpose.OTHER) {
        return true;
      }
      if (e instanceof CommunityDevelopmentWorkforce w
          && w.roles().stream().anyMatch(r -> r.recurrentlyFunded())) {
        return true;
      }
    }
    return false;
  }

  Grade grade(Evidence item, Submission submission, boolean submissionResourced) {
    Provenance p = item.provenance();
    long months = Period.between(p.date(), submission.asAt()).toTotalMonths();
    var window = policy.freshness().windowFor(item.kindName());
    var factors = policy.freshness().factors();
    double recency;
    String age = months == 1 ? "1 month old" : months + " months old";
    List<String> gaps = new ArrayList<>();
    if (months <= window.currentMonths()) {
      recency = factors.current().doubleValue();
    } else if (months <= window.staleAfterMonths()) {
      recency = factors.ageing().doubleValue();
      gaps.add("a refresh: " + item.id() + " is " + age + " (current means within " + window.currentMonths() + " months)");
    } else {
      recency = factors.stale().doubleValue();
      age = age + ", stale";
      gaps.add("a refresh: " + item.id() + " is " + months + " months old, older than the "
          + window.staleAfterMonths() + "-month freshness window");
    }
    double status = policy.strength().status().get(p.status()).doubleValue();
    if (p.status() == EvidenceStatus.DRAFT) {
      gaps.add("approval: " + item.id() + " is a draft");
    } else if (p.status() == EvidenceStatus.NOTED) {
      gaps.add("approval: " + item.id() + " was only noted, not approved");
    }
    double quality = base;
    List<String> qualities = new ArrayList<>();
    if (p.coProduced()) {
      quality += coProduced;
      qualities.add("co-produced with residents");
    } else {
      gaps.add("co-production with residents");
    }
    if (item.measures().stream().anyMatch(Measure::isComplete)) {
      quality += measurable;
      qualities.add("measured against a baseline and target");
    } else {
      gaps.add("measures with a baseline, a target and a latest value");
    }
    if (p.source() != EvidenceSource.ORGANISATION) {
      quality += corroborated;
      qualities.add(p.source() == EvidenceSource.COMMUNITY ? "from the community" : "independently assessed");
    } else {
      gaps.add("corroboration by the community or an independent assessor");
    }
    if (submissionResourced) {
      quality += resourced;
    }
    double strength = recency * status * Math.min(1.0, quality);
    boolean fromPredecessor = p.producedBy() != null && !p.producedBy().equals(submission.organisation().code());
    if (fromPredecessor) {
      strength *= legacy;
    }
    StringBuilder summary = new StringBuilder(p.status().name().toLowerCase(Locale.ROOT));
    if (p.approvedBy() != null && p.status().atLeast(EvidenceStatus.NOTED)) {
      summary.append(" by ").append(p.approvedBy());
      if (p.minuteReference() != null) {
        summary.append(" (minute ").append(p.minuteReference()).append(')');
      }
    }
    summary.append(", ").append(p.date()).append(", ").append(age);
    if (fromPredecessor) {
      String code = p.producedBy();
      summary.append(", legacy evidence of ")
          .append(submission.organisation().predecessor(code).map(pre -> pre.name() + " (" + code + ")").orElse(code));
    }
    for (String q : qualities) {
      summary.append(", ").append(q);
    }
    return new Grade(Math.min(1.0, strength), summary.toString(), gaps);
  }
}
