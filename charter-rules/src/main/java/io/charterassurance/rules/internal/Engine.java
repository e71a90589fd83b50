package io.charterassurance.rules.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.charterassurance.model.charter.Charter;
import io.charterassurance.model.charter.Clause;
import io.charterassurance.model.evidence.BoardDecision;
import io.charterassurance.model.evidence.DecisionTopic;
import io.charterassurance.model.evidence.Evidence;
import io.charterassurance.model.organisation.OrganisationKind;
import io.charterassurance.model.organisation.Predecessor;
import io.charterassurance.model.report.Confidence;
import io.charterassurance.model.report.WaiverOutcome;
import io.charterassurance.model.report.WaiverReview;
import io.charterassurance.model.report.BandResult;
import io.charterassurance.model.report.BandThreshold;
import io.charterassurance.model.report.CriterionStatus;
import io.charterassurance.model.report.EvidenceSummary;
import io.charterassurance.model.report.Finding;
import io.charterassurance.model.report.Report;
import io.charterassurance.model.report.ReportProvenance;
import io.charterassurance.model.report.ReportSubject;
import io.charterassurance.model.io.Violation;
import io.charterassurance.model.report.ScoreLine;
import io.charterassurance.model.report.Tally;
import io.charterassurance.model.report.EvidenceAgeing;
import io.charterassurance.model.report.ScoreInterval;
import io.charterassurance.model.report.Timeline;
import io.charterassurance.model.report.TimelinePoint;
import java.time.LocalDate;
import io.charterassurance.model.submission.Submission;
import io.charterassurance.model.submission.AssurerKind;
import io.charterassurance.model.submission.Waiver;
import io.charterassurance.rules.catalogue.CriteriaCatalogue;
import io.charterassurance.rules.catalogue.Criterion;
import io.charterassurance.rules.catalogue.ScoringPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Locale;
import java.util.function.Function;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Decides and scores every criterion for one submission: keeps the current edition of each
 * series, reviews waivers, runs the rules, judges the confidence of the evidence the rules relied
 * on, and rolls the scores up by call, principle and overall. Immutable and shared between
 * threads.
 *
 * <p>The arithmetic, which docs/scoring.md states for users:
 *
 * <ul>
 *   <li>A criterion's requirement status is the level of its best offer (met, partially met, not
 *       met); offers of current evidence beat offers of stale evidence, then the higher level
 *       wins, then the higher confidence.
 *   <li>Its confidence is that of the evidence the best offer relied on (for a set, its most
 *       trusted item; for items needed together, the least).
 *   <li>Its score is the policy's points for the status times the factor for the confidence.
 *   <li>Not assessed counts as 0; not applicable and waived are left out of every denominator.
 *   <li>A call's and the overall score are weighted means of the counted criteria under them;
 *       a principle the policy lists is judged on its own lenses as well.
 * </ul>
 */
public final class Engine {
  /** The digest a report of unreadable input records: SHA-256 of no bytes at all. */
  private static final String NO_SUBMISSION = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  private final RuleBase rules;
  private final CriteriaCatalogue catalogue;
  private final ScoringPolicy policy;
  private final Charter charter;
  private final Grader grader;
  private final Map<String, BigDecimal> parameters;
  private final List<ScoringPolicy.Band> bands;
  /** The policy's bands as every report with a band carries them, highest first. */
  private final List<BandThreshold> thresholds;
  private final String policyHash;
  private final String libraryVersion;
  private final Map<String, Integer> order = new HashMap<>();

  /** An engine over a compiled rule base, its catalogue and a checked scoring policy. */
  public Engine(
      RuleBase rules, CriteriaCatalogue catalogue, ScoringPolicy policy, String libraryVersion) {
    this.rules = rules;
    this.catalogue = catalogue;
    this.policy = policy;
    this.charter = Charter.standard();
    this.grader = new Grader(policy);
    Map<String, BigDecimal> params = new HashMap<>();
    policy.parameters().forEach((k, v) -> params.put(k, v.value()));
    this.parameters = Map.copyOf(params);
    this.bands = policy.bands().stream()
        .sorted(Comparator.comparing(ScoringPolicy.Band::minimum).reversed())
        .toList();
    this.thresholds = bands.stream().map(b -> new BandThreshold(b.id(), b.label(), b.minimum())).toList();
    this.policyHash = policy.hash();
    this.libraryVersion = libraryVersion;
    for (int i = 0; i < catalogue.criteria().size(); i++) {
      order.put(catalogue.criteria().get(i).id(), i);
    }
  }

  /** The problems with a valid submission that only the catalogue can see (unknown waivers). */
  public List<Violation> catalogueViolations(String source, Submission submission) {
    List<Violation> out = new ArrayList<>();
    for (int i = 0; i < submission.waivers().size(); i++) {
      String id = submission.waivers().get(i).criterion();
      if (catalogue.find(id).isEmpty()) {
        out.add(Violation.at(source, "$.waivers[" + i + "].criterion",
            "\"" + id + "\" is not a criterion of rule set " + catalogue.version()
                + "; `charter criteria` lists them"));
      }
    }
    return out;
  }

  /**
   * Decides every criterion. Findings come in importance order: mandatory criteria short of met,
   * then the rest not met, partially met, met with less than high confidence, met, waived and not
   * applicable; within each, higher weight first.
   *
   * @param scored whether findings carry scores ({@code check} leaves them out)
   */
  public List<Finding> decide(Submission submission, boolean scored) {
    return decide(submission, Editions.of(submission), scored, submission.asAt());
  }

  /**
   * Decides every criterion and builds the report, finding the current editions once.
   *
   * @param digest the submission's digest, as the reader took it
   */
  public Report assess(Submission submission, String digest) {
    return aged(submission, digest, submission.asAt());
  }

  /**
   * Decides every criterion with the evidence aged to {@code ageAt} (its currency judged on that
   * day) while waivers are reviewed on the submission's own as-at date, and builds the report
   * with its interval.
   */
  Report aged(Submission submission, String digest, LocalDate ageAt) {
    Editions editions = Editions.of(submission);
    List<Finding> findings = decide(submission, editions, true, ageAt);
    Report report = report(submission, digest, editions, findings);
    return report.band() == null ? report : report.withInterval(interval(findings));
  }

  /** The ordered bands of the policy, highest first. */
  List<ScoringPolicy.Band> bands() {
    return bands;
  }

  /** The criteria catalogue the engine decides. */
  CriteriaCatalogue catalogue() {
    return catalogue;
  }

  /** The scoring policy the engine scores with. */
  ScoringPolicy policy() {
    return policy;
  }

  /** An item's currency on a day, under the policy's freshness window for its kind. */
  Grade.Currency currency(Evidence e, LocalDate day) {
    return grader.currency(e, day).grade();
  }

  /** The rank of a band id, 0 for the highest band. */
  int rank(String bandId) {
    return bandIndex(bandId);
  }

  /**
   * The lowest and highest score and band if what is unknown turned out worst or best: a
   * criterion not assessed is worst not met (as it is scored now) and best met with high
   * confidence; a finding of low confidence is worst not met (its evidence does not hold) and best
   * the same status with high confidence. Both ends go through {@link #line} and {@link #band}.
   */
  ScoreInterval interval(List<Finding> findings) {
    List<Finding> worst = new ArrayList<>(findings.size());
    List<Finding> best = new ArrayList<>(findings.size());
    List<String> unknowns = new ArrayList<>();
    for (Finding f : findings) {
      if (f.status() == CriterionStatus.NOT_ASSESSED) {
        worst.add(f);
        best.add(hypothetical(f, CriterionStatus.MET, Confidence.HIGH));
        unknowns.add(f.criterion() + " is not assessed: it could be met with high confidence or not met");
      } else if (f.status().isCounted() && f.status() != CriterionStatus.NOT_MET && f.confidence() == Confidence.LOW) {
        // (Not met on low-confidence evidence is 0 at worst and at best: it widens nothing.)
        worst.add(hypothetical(f, CriterionStatus.NOT_MET, Confidence.LOW));
        best.add(hypothetical(f, f.status(), Confidence.HIGH));
        unknowns.add(f.criterion() + " rests on evidence of low confidence: it could be "
            + f.status().label().toLowerCase(Locale.ROOT) + " with high confidence, or not met if the evidence does not hold");
      } else {
        worst.add(f);
        best.add(f);
      }
    }
    BigDecimal low = line("overall", "Overall", worst).score();
    BigDecimal high = line("overall", "Overall", best).score();
    BandResult lowBand = band(low, worst);
    BandResult highBand = band(high, best);
    return new ScoreInterval(low, high, lowBand.id(), lowBand.label(), highBand.id(), highBand.label(),
        lowBand.id().equals(highBand.id()), unknowns);
  }

  /** A finding as it would be with another status and confidence, scored by the policy. */
  private Finding hypothetical(Finding f, CriterionStatus status, Confidence confidence) {
    BigDecimal points = switch (status) {
      case MET -> policy.requirement().met();
      case PARTIALLY_MET -> policy.requirement().partiallyMet();
      default -> policy.requirement().notMet();
    };
    BigDecimal score = scaled(points.multiply(policy.confidence().factor(confidence)));
    return new Finding(f.criterion(), f.title(), status, f.mandatory(), f.weight(), score, f.clauses(),
        f.principles(), f.evidence(), f.reason(), f.missing(), confidence, f.confidenceReasons(),
        f.raiseConfidence(), f.history(), f.waiver());
  }

  /**
   * The score and band month by month as the evidence ages from the as-at date, waivers held as
   * they stood then, and when each current item falls due and goes stale.
   */
  Timeline timeline(Submission submission, String digest, int months) {
    List<TimelinePoint> points = new ArrayList<>(months + 1);
    for (int k = 0; k <= months; k++) {
      LocalDate date = submission.asAt().plusMonths(k);
      Report r = aged(submission, digest, date);
      BandResult b = Objects.requireNonNull(r.band(), "band");
      points.add(new TimelinePoint(date, Objects.requireNonNull(r.overall(), "overall"), b.id(), b.label()));
    }
    List<EvidenceAgeing> ageing = new ArrayList<>();
    for (Evidence e : Editions.of(submission).current()) {
      ageing.add(new EvidenceAgeing(e.id(), e.kindName(), firstDay(e, submission.asAt(), Grade.Currency.DUE),
          firstDay(e, submission.asAt(), Grade.Currency.STALE)));
    }
    ageing.sort(Comparator.comparing(EvidenceAgeing::staleFrom, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(EvidenceAgeing::dueFrom, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(EvidenceAgeing::evidence));
    return new Timeline(months, points, ageing);
  }

  /**
   * The first day on which an item's currency is at least {@code at} (due, or stale), found by
   * bisecting the days with the grader's own judgement (currency only ever worsens with time);
   * null if not within a hundred years of the as-at date.
   */
  private @Nullable LocalDate firstDay(Evidence e, LocalDate asAt, Grade.Currency at) {
    long lo = Editions.editionDate(e).minusYears(1).toEpochDay();
    long hi = asAt.plusYears(100).toEpochDay();
    if (grader.currency(e, LocalDate.ofEpochDay(hi)).grade().ordinal() < at.ordinal()) {
      return null;
    }
    if (grader.currency(e, LocalDate.ofEpochDay(lo)).grade().ordinal() >= at.ordinal()) {
      return LocalDate.ofEpochDay(lo);
    }
    while (hi - lo > 1) {
      long mid = (lo + hi) >>> 1;
      if (grader.currency(e, LocalDate.ofEpochDay(mid)).grade().ordinal() >= at.ordinal()) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return LocalDate.ofEpochDay(hi);
  }

  private List<Finding> decide(Submission submission, Editions editions, boolean scored, LocalDate ageAt) {
    OrganisationKind kind = submission.organisation().kind();
    Map<String, WaiverReview> reviews = new HashMap<>();
    for (Waiver w : submission.waivers().stream()
        .sorted(Comparator.comparing(Waiver::criterion).thenComparing(Waiver::approvedOn).thenComparing(Waiver::expires))
        .toList()) {
      catalogue.find(w.criterion()).ifPresent(c -> {
        WaiverReview review = review(w, c, submission);
        reviews.merge(c.id(), review, (a, b) -> a.applied() ? a : b);
      });
    }
    Set<String> open = new LinkedHashSet<>();
    for (Criterion c : catalogue.criteria()) {
      WaiverReview r = reviews.get(c.id());
      if (c.appliesTo(kind) && (r == null || !r.applied())) {
        open.add(c.id());
      }
    }
    Set<String> informational = new HashSet<>();
    for (Criterion c : catalogue.criteria()) {
      if (c.isInformationalFor(kind)) {
        informational.add(c.id());
      }
    }
    Judge judge = new Judge(open, parameters, submission.organisation(), submission.evidence(), informational);
    List<Object> facts = new ArrayList<>(editions.current().size() + 1);
    facts.add(judge);
    facts.addAll(editions.current());
    rules.execute(facts);

    Map<DecisionTopic, BoardDecision> decisions = new EnumMap<>(DecisionTopic.class);
    for (Evidence e : editions.current()) {
      if (e instanceof BoardDecision d) {
        decisions.put(d.topic(), d);
      }
    }
    Map<String, Grade> grades = new HashMap<>();
    List<Finding> findings = new ArrayList<>(catalogue.criteria().size());
    for (Criterion c : catalogue.criteria()) {
      Finding f;
      WaiverReview review = reviews.get(c.id());
      if (!c.appliesTo(kind)) {
        f = notApplicable(c, kind);
      } else if (review != null && review.applied()) {
        f = waived(c, kind, review);
      } else {
        f = judged(c, kind, submission, editions, judge.offers().getOrDefault(c.id(), List.of()), review,
            item -> grades.computeIfAbsent(item.id(),
                id -> grader.grade(item, submission, ageAt, editions.legacy().contains(id), decisions)));
      }
      findings.add(scored ? f : withoutScore(f));
    }
    findings.sort(importance());
    return List.copyOf(findings);
  }

  private Report report(Submission submission, String digest, Editions editions, List<Finding> findings) {
    Lenses lenses = Lenses.of(editions.current(), findings, parameters);
    List<ScoreLine> principles = new ArrayList<>();
    for (Clause p : charter.principles()) {
      List<Finding> serving = findings.stream().filter(f -> f.principles().contains(p.id())).toList();
      ScoreLine criteriaLine = line(p.id(), p.title(), serving);
      Map<String, BigDecimal> weights = policy.principles().get(p.id());
      principles.add(weights == null ? criteriaLine : lenses.principle(criteriaLine, weights));
    }
    Set<String> callIds = new HashSet<>();
    for (Finding f : findings) {
      for (String clause : f.clauses()) {
        callIds.add(charter.topLevelCallOf(clause));
      }
    }
    List<ScoreLine> calls = new ArrayList<>();
    for (Clause clause : charter.clauses()) {
      if (callIds.contains(clause.id())) {
        calls.add(line(clause.id(), clause.title(), findings.stream()
            .filter(f -> f.clauses().stream().anyMatch(c -> charter.topLevelCallOf(c).equals(clause.id())))
            .toList()));
      }
    }
    ScoreLine overall = line("overall", "Overall", findings);
    BandResult band = overall.score() == null ? null : band(overall.score(), findings);
    List<EvidenceSummary> evidence = submission.evidence().stream()
        .sorted(Comparator.comparing(Evidence::id))
        .map(EvidenceSummary::of)
        .toList();
    return new Report(Report.FORMAT, subject(submission), overall.score(), band, overall.tally(),
        principles, calls, findings, evidence, List.of(), provenance(submission, digest));
  }

  /**
   * The report for a submission that could not be assessed.
   *
   * @param digest the digest of the document, when it could be read; {@code null} gives the
   *     digest of nothing
   */
  public Report invalid(@Nullable Submission submission, List<Violation> violations, @Nullable String digest) {
    List<Violation> sorted = violations.stream().sorted(Violation.ORDER).toList();
    ReportSubject subject = null;
    if (submission != null && submission.organisation() != null
        && submission.organisation().code() != null && submission.organisation().name() != null
        && submission.organisation().kind() != null) {
      subject = subject(submission);
    }
    return new Report(Report.FORMAT, subject, null, null, new Tally(0, 0, 0, 0, 0, 0), List.of(),
        List.of(), List.of(), List.of(), sorted,
        provenance(submission, digest == null ? NO_SUBMISSION : digest));
  }

  /** The weight a criterion has under the policy. */
  BigDecimal weight(Criterion c) {
    return policy.weights().getOrDefault(c.id(), c.weight());
  }

  /** Whether a waiver takes effect, and if not, why not. */
  private WaiverReview review(Waiver w, Criterion c, Submission submission) {
    OrganisationKind kind = submission.organisation().kind();
    String approver = w.approvedBy() + ", " + w.approverRole();
    Set<AssurerKind> assurers = policy.waivers().assurers().getOrDefault(kind, Set.of());
    long months = ChronoUnit.MONTHS.between(w.approvedOn(), w.expires().plusDays(1));
    String code = w.approvingOrganisationCode();
    boolean inside = w.approverKind() == AssurerKind.OWN_ORGANISATION
        || (code != null && submission.organisation().ownsEvidenceOf(code));
    WaiverOutcome outcome;
    String why;
    if (c.isMandatoryFor(kind)) {
      outcome = WaiverOutcome.REFUSED;
      why = "A mandatory criterion cannot be waived: " + c.title() + " is mandatory for "
          + Words.article(Words.kind(kind)) + ", so it is assessed as if no waiver had been asked for.";
    } else if (inside) {
      outcome = WaiverOutcome.REFUSED;
      why = "A waiver must be approved outside the organisation by its assurer; " + w.approvingOrganisation()
          + " approved its own waiver, so it is assessed as if no waiver had been asked for.";
    } else if (!assurers.contains(w.approverKind())) {
      outcome = WaiverOutcome.REFUSED;
      why = Words.capitalise(w.approverKind().label()) + " does not assure " + Words.article(Words.kind(kind))
          + "; the policy accepts waivers approved by " + assurers.stream().sorted().map(AssurerKind::label)
              .collect(Collectors.joining(" or ")) + ".";
    } else if (months > policy.waivers().maximumMonths()) {
      outcome = WaiverOutcome.REFUSED;
      why = "The waiver runs for " + Words.count(months, "month", "months") + ", longer than the "
          + policy.waivers().maximumMonths() + " months the policy allows; it is assessed as if no waiver had been asked for.";
    } else if (submission.asAt().isAfter(w.expires())) {
      outcome = WaiverOutcome.EXPIRED;
      why = "The waiver expired on " + Words.date(w.expires()) + ", before the as-at date, so the criterion is assessed normally.";
    } else if (submission.asAt().isBefore(w.approvedOn())) {
      outcome = WaiverOutcome.NOT_YET_IN_FORCE;
      why = "The waiver was approved on " + Words.date(w.approvedOn()) + ", after the as-at date, so the criterion is assessed normally.";
    } else {
      outcome = WaiverOutcome.APPLIED;
      why = "Waived until " + Words.date(w.expires()) + " by " + approver + " (" + w.approvingOrganisation() + ").";
    }
    return new WaiverReview(outcome, why, w.reason().strip(), w.requestedBy(), approver, w.approvingOrganisation(),
        w.approvedOn(), w.expires());
  }

  private Finding notApplicable(Criterion c, OrganisationKind kind) {
    String kinds = c.kinds().stream().sorted().map(Words::kind).collect(Collectors.joining(", "));
    String reason = c.kinds().equals(Set.of(OrganisationKind.NATIONAL_BODY))
        ? "The Charter addresses this to national bodies, so it does not apply to " + Words.article(Words.kind(kind)) + "."
        : "It applies to " + kinds + ", not to " + Words.article(Words.kind(kind)) + ".";
    return new Finding(c.id(), c.title(), CriterionStatus.NOT_APPLICABLE, false, weight(c), null,
        c.clauses(), c.principles(), List.of(), reason, List.of(), null, List.of(), List.of(), List.of(), null);
  }

  private Finding waived(Criterion c, OrganisationKind kind, WaiverReview w) {
    String reason = w.explanation() + " Reason given: " + w.reason();
    return new Finding(c.id(), c.title(), CriterionStatus.WAIVED, c.isMandatoryFor(kind), weight(c), null,
        c.clauses(), c.principles(), List.of(), reason, List.of(), null, List.of(), List.of(), List.of(), w);
  }

  private Finding judged(
      Criterion c,
      OrganisationKind kind,
      Submission submission,
      Editions editions,
      List<Offer> offers,
      @Nullable WaiverReview waiver,
      Function<Evidence, Grade> grade) {
    boolean mandatory = c.isMandatoryFor(kind);
    List<String> history = editions.historyOf(c.evidenceKinds());
    if (offers.isEmpty()) {
      List<String> relevant = editions.current().stream()
          .filter(e -> c.evidenceKinds().contains(e.kindName()))
          .map(Evidence::id)
          .sorted()
          .toList();
      List<Evidence> ended = editions.current().stream()
          .filter(e -> c.evidenceKinds().contains(e.kindName()) && editions.legacy().contains(e.id()))
          .sorted(Comparator.comparing(Evidence::id))
          .toList();
      if (c.isInformationalFor(kind) && relevant.size() == ended.size()) {
        List<String> past = new ArrayList<>(history);
        for (Evidence e : ended) {
          String code = e.provenance().producedBy();
          String who = submission.organisation().predecessor(code).map(pre -> pre.name() + " (" + code + ")").orElse(code);
          past.add(Words.titled(e) + " was a scheme of " + who + ", which ended when " + who + " ceased");
        }
        return new Finding(c.id(), c.title(), CriterionStatus.NOT_APPLICABLE, false, weight(c), null,
            c.clauses(), c.principles(), List.of(), c.informationalReason(), List.of(), null, List.of(), List.of(),
            past, waiver);
      }
      // No rule offered anything: nothing submitted bears on the criterion. (Rules that recognise
      // an item as relevant but failing offer it at level "none", which makes it not met.)
      String reason = relevant.isEmpty()
          ? "No evidence was submitted of a kind that can meet it (" + String.join(", ", c.evidenceKinds()) + ")."
          : "No evidence submitted can meet it: " + String.join(", ", relevant)
              + (relevant.size() == 1 ? " was" : " were") + " considered and " + (relevant.size() == 1 ? "does" : "do")
              + " not count toward it.";
      return new Finding(c.id(), c.title(), CriterionStatus.NOT_ASSESSED, mandatory, weight(c),
          scaled(BigDecimal.ZERO), c.clauses(), c.principles(), List.of(), reason, List.of(c.meets()), null,
          List.of(), List.of(), history, waiver);
    }
    List<Graded> all = new ArrayList<>(offers.size());
    for (Offer offer : offers) {
      all.add(graded(offer, grade));
    }
    Offer best = null;
    Graded bestGraded = null;
    for (Graded graded : all) {
      if (superseded(graded, all, submission.asAt())) {
        continue;
      }
      Offer offer = graded.offer();
      if (best == null || better(offer, graded, best, bestGraded) < 0) {
        best = offer;
        bestGraded = graded;
      }
    }
    CriterionStatus status = best.level().status();
    Confidence confidence = bestGraded.grade().confidence();
    BigDecimal points = switch (status) {
      case MET -> policy.requirement().met();
      case PARTIALLY_MET -> policy.requirement().partiallyMet();
      default -> policy.requirement().notMet();
    };
    BigDecimal score = scaled(points.multiply(policy.confidence().factor(confidence)));
    String reason = Words.capitalise(best.reason().strip()) + ". Relied on " + bestGraded.describe() + ".";
    List<String> evidence = best.items().stream().map(Evidence::id).sorted().toList();
    return new Finding(c.id(), c.title(), status, mandatory, weight(c), score, c.clauses(),
        c.principles(), evidence, reason, List.copyOf(new LinkedHashSet<>(best.missing())), confidence,
        bestGraded.grade().reasons(), bestGraded.grade().raise(), history, waiver);
  }

  /**
   * Whether an offer relying on stale evidence is superseded by another offer relying on evidence
   * of the same kind that went stale later (or is still current or due): the newer evidence of a
   * kind speaks for it, whatever it shows (a current annual assessment silent on needs-and-assets
   * work supersedes a CCG's old assessment that praised it). Evidence of another kind does not
   * supersede it (a Joint Health and Wellbeing Strategy is not a newer strategy). An offer once
   * superseded stays so as the evidence ages, so a criterion never improves with time.
   */
  private boolean superseded(Graded g, List<Graded> all, LocalDate asAt) {
    if (g.grade().currency() != Grade.Currency.STALE) {
      return false;
    }
    LocalDate went = wentStale(g.offer(), asAt);
    for (Graded other : all) {
      if (other != g && other.item().kindName().equals(g.item().kindName())
          && (other.grade().currency() != Grade.Currency.STALE || wentStale(other.offer(), asAt).isAfter(went))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Orders two offers that are not superseded, best first: the higher requirement level, then the
   * higher confidence (current evidence is more trusted than stale), then the fewer missing parts,
   * then the first evidence ids.
   */
  private static int better(Offer a, Graded ga, Offer b, Graded gb) {
    if (a.level() != b.level()) {
      return Integer.compare(a.level().ordinal(), b.level().ordinal());
    }
    if (ga.grade().confidence() != gb.grade().confidence()) {
      return Integer.compare(ga.grade().confidence().ordinal(), gb.grade().confidence().ordinal());
    }
    if (a.missing().size() != b.missing().size()) {
      return Integer.compare(a.missing().size(), b.missing().size());
    }
    return ids(a).compareTo(ids(b));
  }

  /**
   * The day an offer went stale: a single item's; for items needed together, the first of them
   * to go stale; for a set that shows breadth, the last (the set is stale only when all are).
   */
  private LocalDate wentStale(Offer offer, LocalDate asAt) {
    LocalDate first = null;
    LocalDate last = null;
    for (Evidence item : offer.items()) {
      LocalDate day = firstDay(item, asAt, Grade.Currency.STALE);
      LocalDate d = day == null ? LocalDate.MAX : day;
      first = first == null || d.isBefore(first) ? d : first;
      last = last == null || d.isAfter(last) ? d : last;
    }
    LocalDate out = offer.combination() == Offer.Combination.STRONGEST ? last : first;
    return out == null ? LocalDate.MAX : out;
  }

  private static BigDecimal scaled(BigDecimal value) {
    return value.setScale(1, RoundingMode.HALF_UP);
  }

  /** The grade that governs an offer, and which item it belongs to. */
  private record Graded(Offer offer, Evidence item, Grade grade) {
    String describe() {
      if (offer.items().size() == 1) {
        return grade.summary();
      }
      return switch (offer.combination()) {
        case SINGLE -> grade.summary();
        case STRONGEST -> "the most trusted of " + offer.items().size() + " items: " + grade.summary();
        case WEAKEST -> "the least trusted of the " + offer.items().size() + " items needed together: " + grade.summary();
      };
    }
  }

  private static Graded graded(Offer offer, Function<Evidence, Grade> grade) {
    Evidence chosen = null;
    Grade chosenGrade = null;
    for (Evidence item : offer.items().stream().sorted(Comparator.comparing(Evidence::id)).toList()) {
      Grade g = grade.apply(item);
      boolean better = chosen == null
          || (offer.combination() == Offer.Combination.WEAKEST
              ? rank(g) > rank(chosenGrade)
              : rank(g) < rank(chosenGrade));
      if (better) {
        chosen = item;
        chosenGrade = g;
      }
    }
    return new Graded(offer, chosen, chosenGrade);
  }

  /** Lower is more trusted: confidence first, then currency. */
  private static int rank(Grade g) {
    return g.confidence().ordinal() * 3 + g.currency().ordinal();
  }

  private static String ids(Offer offer) {
    return offer.items().stream().map(Evidence::id).sorted().collect(Collectors.joining(","));
  }

  private static Finding withoutScore(Finding f) {
    return new Finding(f.criterion(), f.title(), f.status(), f.mandatory(), f.weight(), null, f.clauses(),
        f.principles(), f.evidence(), f.reason(), f.missing(), f.confidence(), f.confidenceReasons(),
        f.raiseConfidence(), f.history(), f.waiver());
  }

  private Comparator<Finding> importance() {
    return Comparator.comparingInt(Engine::group)
        .thenComparing(Finding::weight, Comparator.reverseOrder())
        .thenComparingInt(f -> order.get(f.criterion()));
  }

  private static int group(Finding f) {
    boolean shortOfMet = f.status() == CriterionStatus.NOT_MET || f.status() == CriterionStatus.NOT_ASSESSED
        || f.status() == CriterionStatus.PARTIALLY_MET;
    if (f.mandatory() && shortOfMet) {
      return 0;
    }
    return switch (f.status()) {
      case NOT_MET, NOT_ASSESSED -> 1;
      case PARTIALLY_MET -> 2;
      case MET -> f.confidence() == Confidence.HIGH ? 4 : 3;
      case WAIVED -> 5;
      case NOT_APPLICABLE -> 6;
    };
  }

  static ScoreLine line(String id, String title, List<Finding> findings) {
    int[] n = new int[CriterionStatus.values().length];
    BigDecimal weighted = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    for (Finding f : findings) {
      n[f.status().ordinal()]++;
      if (f.status().isCounted() && f.score() != null) {
        weighted = weighted.add(f.weight().multiply(f.score()));
        weights = weights.add(f.weight());
      }
    }
    Tally tally = new Tally(n[CriterionStatus.MET.ordinal()], n[CriterionStatus.PARTIALLY_MET.ordinal()],
        n[CriterionStatus.NOT_MET.ordinal()], n[CriterionStatus.NOT_ASSESSED.ordinal()],
        n[CriterionStatus.NOT_APPLICABLE.ordinal()], n[CriterionStatus.WAIVED.ordinal()]);
    BigDecimal score = weights.signum() == 0 ? null : weighted.divide(weights, 1, RoundingMode.HALF_UP);
    return new ScoreLine(id, title, score, weights.stripTrailingZeros().scale() < 0
        ? weights.setScale(0) : weights.stripTrailingZeros(), tally, List.of());
  }

  private BandResult band(BigDecimal overall, List<Finding> findings) {
    int uncapped = bands.size() - 1;
    for (int i = 0; i < bands.size(); i++) {
      if (overall.compareTo(bands.get(i).minimum()) >= 0) {
        uncapped = i;
        break;
      }
    }
    int capped = uncapped;
    List<String> reasons = new ArrayList<>();
    for (ScoringPolicy.Limiter limiter : policy.limiters()) {
      int cap = bandIndex(limiter.capAt());
      if (cap <= uncapped) {
        continue;
      }
      for (Finding f : findings) {
        if (f.mandatory() && matches(limiter, f)) {
          String state = f.status().label().toLowerCase(Locale.ROOT)
              + (limiter.confidence() == null ? "" : " with " + f.confidence().label().toLowerCase(Locale.ROOT) + " confidence");
          reasons.add(f.title() + " (" + f.criterion() + ") is mandatory and " + state
              + ", so the band cannot be above " + bands.get(cap).label());
          capped = Math.max(capped, cap);
        }
      }
    }
    ScoringPolicy.Band band = bands.get(capped);
    return new BandResult(band.id(), band.label(), band.minimum(), bands.get(uncapped).id(),
        bands.get(uncapped).label(), reasons, thresholds);
  }

  private static boolean matches(ScoringPolicy.Limiter limiter, Finding f) {
    boolean status = limiter.whenMandatory() == CriterionStatus.NOT_MET
        ? f.status() == CriterionStatus.NOT_MET || f.status() == CriterionStatus.NOT_ASSESSED
        : f.status() == limiter.whenMandatory();
    if (!status) {
      return false;
    }
    return limiter.confidence() == null
        || (f.confidence() != null && f.confidence().compareTo(limiter.confidence()) >= 0);
  }

  private int bandIndex(String id) {
    for (int i = 0; i < bands.size(); i++) {
      if (bands.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new IllegalStateException("limiter names unknown band " + id);
  }

  private static ReportSubject subject(Submission submission) {
    var org = submission.organisation();
    // An invalid submission may have a predecessor without a code, or a null in the list: the
    // report of its violations names the predecessors it can.
    List<Predecessor> predecessors = org.predecessors() == null ? List.of() : org.predecessors();
    return new ReportSubject(org.code(), org.name(), org.kind(),
        predecessors.stream().filter(Objects::nonNull).map(Predecessor::code).filter(Objects::nonNull)
            .sorted().toList());
  }

  private ReportProvenance provenance(@Nullable Submission submission, String digest) {
    return new ReportProvenance(charter.version(), charter.contentHash(), catalogue.version(), rules.hash(),
        policy.id(), policyHash, digest, libraryVersion, submission == null ? null : submission.asAt());
  }

}
