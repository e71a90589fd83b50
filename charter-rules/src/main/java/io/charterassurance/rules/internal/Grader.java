package io.charterassurance.rules.internal;

import io.charterassurance.model.evidence.AssetMap;
import io.charterassurance.model.evidence.AssuranceReport;
import io.charterassurance.model.evidence.BoardDecision;
import io.charterassurance.model.evidence.BudgetLine;
import io.charterassurance.model.evidence.CommunityDevelopmentStrategy;
import io.charterassurance.model.evidence.CommunityDevelopmentWorkforce;
import io.charterassurance.model.evidence.ConstitutionClause;
import io.charterassurance.model.evidence.DecisionOutcome;
import io.charterassurance.model.evidence.DecisionTopic;
import io.charterassurance.model.evidence.DevolvedDecision;
import io.charterassurance.model.evidence.Evidence;
import io.charterassurance.model.evidence.EvidenceSource;
import io.charterassurance.model.evidence.EvidenceStatus;
import io.charterassurance.model.evidence.IntegrationPlan;
import io.charterassurance.model.evidence.InvolvementStatement;
import io.charterassurance.model.evidence.Measure;
import io.charterassurance.model.evidence.NeedsAssetsAssessment;
import io.charterassurance.model.evidence.Provenance;
import io.charterassurance.model.evidence.QualityAccountSection;
import io.charterassurance.model.evidence.SocialValuePolicy;
import io.charterassurance.model.evidence.StatementSource;
import io.charterassurance.model.evidence.VcfseAllianceAgreement;
import io.charterassurance.model.report.Confidence;
import io.charterassurance.model.submission.Submission;
import io.charterassurance.rules.catalogue.ScoringPolicy;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Judges the confidence of evidence, apart from what it shows: formal status and who approved it,
 * currency against the kind's real cycle, legacy, co-production and corroboration, and outcome
 * measures' direction of travel. Each consideration can only hold confidence down; a measure
 * moving away from its target lowers it one step more.
 */
final class Grader {
  private final ScoringPolicy policy;

  Grader(ScoringPolicy policy) {
    this.policy = policy;
  }

  /** Whether a measure with baseline, target and latest value has moved away from its target. */
  static boolean wrongWay(Measure m) {
    if (!m.isComplete()) {
      return false;
    }
    int direction = m.target().compareTo(m.baseline());
    int moved = m.latest().compareTo(m.baseline());
    return direction != 0 && moved != 0 && direction != moved;
  }

  /** Whether a complete measure has moved toward its target (or reached it). */
  static boolean rightWay(Measure m) {
    if (!m.isComplete()) {
      return false;
    }
    int direction = m.target().compareTo(m.baseline());
    int moved = m.latest().compareTo(m.baseline());
    return direction == 0 ? moved == 0 : moved == direction;
  }

  Grade grade(Evidence item, Submission submission, LocalDate asAt, boolean legacy,
      Map<DecisionTopic, BoardDecision> decisions) {
    Provenance p = item.provenance();
    Confidence confidence = Confidence.HIGH;
    List<String> reasons = new ArrayList<>();
    List<String> raise = new ArrayList<>();
    String name = Words.titled(item);

    // Formal status and who approved it.
    String approver = p.approvedBy() == null ? "" : " by " + p.approvedBy();
    BoardDecision minuted = decisionFor(item, decisions);
    switch (p.status()) {
      case DRAFT -> {
        confidence = confidence.min(Confidence.LOW);
        reasons.add(name + " is a draft, not adopted");
        raise.add("adoption of " + name + " by the board, with a minute");
      }
      case NOTED -> {
        if (!approvalExpected(item)) {
          reasons.add(name + " was noted" + approver + ", as reports of activity are");
          break;
        }
        confidence = confidence.min(Confidence.MEDIUM);
        reasons.add(name + " was only noted" + approver + ", not approved");
        raise.add("approval of " + name + ", not only noting");
      }
      case APPROVED, PUBLISHED -> {
        String verb = p.status() == EvidenceStatus.PUBLISHED && p.url() != null
            ? "approved and published at " + p.url() : "approved";
        if (p.minuteReference() != null) {
          reasons.add(name + " was " + verb + approver + " (minute " + p.minuteReference() + ")");
        } else if (minuted != null) {
          reasons.add(name + " was " + verb + approver + "; the decision is minuted in " + Words.titled(minuted));
        } else if (p.source() != EvidenceSource.ORGANISATION || !approvalExpected(item)) {
          reasons.add(name + " was " + (p.source() != EvidenceSource.ORGANISATION ? "issued" : verb) + approver
              + (p.source() != EvidenceSource.ORGANISATION ? ", outside the organisation" : ""));
        } else {
          confidence = confidence.min(Confidence.MEDIUM);
          reasons.add(name + " is recorded as " + verb + approver + ", but no minute reference records the approval");
          raise.add("the minute reference that records the approval of " + name);
        }
      }
    }

    // Currency against the kind's real cycle.
    Currency currency = currency(item, asAt);
    reasons.add(currency.sentence(name));
    if (currency.grade() == Grade.Currency.DUE) {
      confidence = confidence.min(Confidence.MEDIUM);
      raise.add("a refresh of " + name + " (" + currency.window().basis() + ")");
    } else if (currency.grade() == Grade.Currency.STALE) {
      confidence = confidence.min(Confidence.LOW);
      raise.add("a current edition to replace " + name + " (" + currency.window().basis() + ")");
    }

    // Legacy evidence of a predecessor.
    if (legacy) {
      String code = p.producedBy();
      String who = submission.organisation().predecessor(code).map(pre -> pre.name() + " (" + code + ")").orElse(code);
      confidence = confidence.min(Confidence.MEDIUM);
      reasons.add(name + " is legacy evidence of " + who + ", counted because " + submission.organisation().name()
          + " has no current equivalent of its own");
      raise.add("current evidence of the same kind from " + submission.organisation().name() + " itself");
    }

    // Whose voice: co-produced with residents, or corroborated by the community or an assessor.
    Set<StatementSource> statements = item instanceof QualityAccountSection q ? q.statementsFrom() : Set.of();
    Set<StatementSource> outside = EnumSet.noneOf(StatementSource.class);
    for (StatementSource s : statements) {
      if (s != StatementSource.COMMISSIONER && s != StatementSource.GOVERNORS) {
        outside.add(s);
      }
    }
    if (p.coProduced()) {
      reasons.add(name + " was co-produced with residents");
    } else if (p.source() == EvidenceSource.COMMUNITY) {
      reasons.add(name + " comes from the community");
    } else if (p.source() == EvidenceSource.INDEPENDENT) {
      reasons.add(name + " comes from an independent assessor");
    } else if (!outside.isEmpty()) {
      reasons.add(name + " is corroborated by statements from " + outside.stream()
          .map(Grader::statementSource).sorted().collect(Collectors.joining(" and ")));
    } else {
      confidence = confidence.min(Confidence.MEDIUM);
      reasons.add(name + " is the organisation's own account, neither co-produced with residents nor corroborated");
      raise.add("co-production with residents, or corroboration by the community or an independent assessor"
          + (item instanceof QualityAccountSection ? " (statements from Healthwatch or overview and scrutiny)" : ""));
    }

    // Outcome measures moving the wrong way lower confidence one step; they never raise it.
    List<Measure> wrong = item.measures().stream().filter(Grader::wrongWay).toList();
    if (!wrong.isEmpty()) {
      confidence = lower(confidence);
      for (Measure m : wrong) {
        reasons.add("the measure \u201c" + m.name() + "\u201d moved away from its target (baseline "
            + Words.number(m.baseline()) + ", latest " + Words.number(m.latest()) + ", target "
            + Words.number(m.target()) + " " + m.unit() + ")");
        raise.add("progress on \u201c" + m.name() + "\u201d toward its target");
      }
    }
    if (confidence == Confidence.HIGH) {
      raise.clear();
    }
    String summary = summary(item, asAt, legacy ? submission.organisation().predecessor(p.producedBy())
        .map(pre -> pre.name() + " (" + pre.code() + ")").orElse(p.producedBy()) : null);
    return new Grade(confidence, currency.grade(), summary, reasons, raise);
  }

  private static String statementSource(StatementSource s) {
    return switch (s) {
      case COMMISSIONER -> "the commissioner";
      case HEALTHWATCH -> "Healthwatch";
      case OVERVIEW_AND_SCRUTINY -> "overview and scrutiny";
      case GOVERNORS -> "the governors";
      case COMMUNITY -> "community organisations";
    };
  }

  private static Confidence lower(Confidence c) {
    return c == Confidence.HIGH ? Confidence.MEDIUM : Confidence.LOW;
  }

  private static String summary(Evidence item, LocalDate asAt, @Nullable String legacyOf) {
    Provenance p = item.provenance();
    StringBuilder s = new StringBuilder(Words.titled(item)).append(", ")
        .append(p.status().name().toLowerCase(Locale.ROOT));
    if (p.approvedBy() != null && p.status().atLeast(EvidenceStatus.NOTED)) {
      s.append(" by ").append(p.approvedBy());
      if (p.minuteReference() != null) {
        s.append(" (minute ").append(p.minuteReference()).append(')');
      }
    }
    s.append(", ").append(Words.date(p.date())).append(", ").append(Words.age(p.date(), asAt));
    if (legacyOf != null) {
      s.append(", legacy evidence of ").append(legacyOf);
    }
    return s.toString();
  }

  /** A board decision in force that approved this kind of item, if the item's own record has no minute. */
  private static @Nullable BoardDecision decisionFor(Evidence item, Map<DecisionTopic, BoardDecision> decisions) {
    DecisionTopic topic = topicOf(item);
    if (topic == null) {
      return null;
    }
    BoardDecision d = decisions.get(topic);
    return d != null && d.outcome() == DecisionOutcome.APPROVED && !d.meetingDate().isBefore(item.provenance().date().minusMonths(1))
        ? d : null;
  }

  /**
   * Whether the kind is a document a board adopts (a strategy, an assessment, a budget, a plan, a
   * policy, a constitution), for which being only noted, or approved without a minute, lowers
   * confidence. Reports of activity (volunteering, events, partnerships, listening) are noted as a
   * matter of course.
   */
  static boolean approvalExpected(Evidence item) {
    return item instanceof CommunityDevelopmentStrategy || item instanceof NeedsAssetsAssessment
        || item instanceof ConstitutionClause || item instanceof QualityAccountSection || item instanceof BudgetLine
        || item instanceof SocialValuePolicy || item instanceof IntegrationPlan
        || item instanceof io.charterassurance.model.evidence.IncentiveScheme
        || item instanceof CommunityDevelopmentWorkforce || item instanceof InvolvementStatement
        || item instanceof VcfseAllianceAgreement;
  }

  /** The board decision topic an evidence kind belongs to, if any. */
  static @Nullable DecisionTopic topicOf(Evidence item) {
    if (item instanceof CommunityDevelopmentStrategy) {
      return DecisionTopic.COMMUNITY_DEVELOPMENT_STRATEGY;
    }
    if (item instanceof NeedsAssetsAssessment || item instanceof AssetMap) {
      return DecisionTopic.NEEDS_ASSETS_ASSESSMENT;
    }
    if (item instanceof BudgetLine || item instanceof SocialValuePolicy || item instanceof VcfseAllianceAgreement) {
      return DecisionTopic.INVESTMENT;
    }
    if (item instanceof DevolvedDecision) {
      return DecisionTopic.DEVOLUTION;
    }
    if (item instanceof AssuranceReport || item instanceof InvolvementStatement) {
      return DecisionTopic.ASSURANCE;
    }
    if (item instanceof CommunityDevelopmentWorkforce) {
      return DecisionTopic.WORKFORCE;
    }
    if (item instanceof IntegrationPlan) {
      return DecisionTopic.INTEGRATION;
    }
    if (item instanceof ConstitutionClause) {
      return DecisionTopic.GOVERNANCE;
    }
    return null;
  }

  /** An item's currency, with the window it was judged by. */
  record Currency(Grade.Currency grade, ScoringPolicy.Window window, String detail) {
    String sentence(String name) {
      return name + " " + detail;
    }
  }

  Currency currency(Evidence item, LocalDate asAt) {
    ScoringPolicy.Window w = policy.freshness().windowFor(item.kindName());
    String basisNote = "";
    switch (w.cycle()) {
      case REVIEW_DATE -> {
        if (item instanceof CommunityDevelopmentStrategy s && s.reviewBy() != null) {
          LocalDate review = s.reviewBy();
          if (!asAt.isAfter(review)) {
            return new Currency(Grade.Currency.CURRENT, w, "is in date: its review is due by " + Words.date(review));
          }
          long past = ChronoUnit.MONTHS.between(review, asAt);
          Grade.Currency g = past <= w.staleAfterMonths() - w.currentMonths() ? Grade.Currency.DUE : Grade.Currency.STALE;
          return new Currency(g, w, "passed its review date of " + Words.date(review)
              + (g == Grade.Currency.STALE ? " long ago and is stale" : " and is due for review"));
        }
        basisNote = ", with no review date";
      }
      case REPORTING_YEAR -> {
        String year = item instanceof QualityAccountSection q ? q.reportingYear()
            : item instanceof InvolvementStatement st ? st.financialYear() : null;
        if (year != null) {
          // The latest year whose report was due by the as-at date.
          LocalDate yearEnd = Words.yearEnd(Words.financialYearOf(asAt));
          while (yearEnd.plusMonths(w.currentMonths()).isAfter(asAt)) {
            yearEnd = yearEnd.minusYears(1);
          }
          String expected = Words.financialYearOf(yearEnd);
          int behind = Integer.parseInt(expected.substring(0, 4)) - Integer.parseInt(year.substring(0, 4));
          LocalDate due = yearEnd.plusMonths(w.currentMonths());
          if (behind <= 0) {
            return new Currency(Grade.Currency.CURRENT, w, "covers " + year + ", the latest year whose report was due by the as-at date ("
                + Words.date(due) + ")");
          }
          Grade.Currency g = behind == 1 ? Grade.Currency.DUE : Grade.Currency.STALE;
          return new Currency(g, w, "covers " + year + ", but the report for " + expected + " was due by " + Words.date(due)
              + (g == Grade.Currency.STALE ? "; it is " + Words.count(behind, "year", "years") + " out of date" : ""));
        }
      }
      case FINANCIAL_YEAR -> {
        if (item instanceof BudgetLine b) {
          String now = Words.financialYearOf(asAt);
          int behind = Integer.parseInt(now.substring(0, 4)) - Integer.parseInt(b.financialYear().substring(0, 4));
          if (behind <= 0) {
            return new Currency(Grade.Currency.CURRENT, w, "is for " + b.financialYear() + ", "
                + (behind == 0 ? "the current financial year" : "a year already approved"));
          }
          Grade.Currency g = behind == 1 ? Grade.Currency.DUE : Grade.Currency.STALE;
          return new Currency(g, w, "is for " + b.financialYear() + ", not the current financial year " + now);
        }
      }
      case AGE -> {
        // judged by age below
      }
    }
    LocalDate date = Editions.editionDate(item);
    long months = ChronoUnit.MONTHS.between(date, asAt);
    String age = "is " + Words.age(date, asAt) + basisNote;
    if (months <= w.currentMonths()) {
      return new Currency(Grade.Currency.CURRENT, w, age + ", current within " + Words.count(w.currentMonths(), "month", "months"));
    }
    if (months <= w.staleAfterMonths()) {
      return new Currency(Grade.Currency.DUE, w, age + ", due for refresh after " + Words.count(w.currentMonths(), "month", "months"));
    }
    return new Currency(Grade.Currency.STALE, w, age + ", stale after " + Words.count(w.staleAfterMonths(), "month", "months"));
  }
}
