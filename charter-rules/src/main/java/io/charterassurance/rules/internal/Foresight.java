package io.charterassurance.rules.internal;

import io.charterassurance.model.evidence.AssetMap;
import io.charterassurance.model.evidence.BoardDecision;
import io.charterassurance.model.evidence.BudgetLine;
import io.charterassurance.model.evidence.ChampionsProgramme;
import io.charterassurance.model.evidence.CommunityDevelopmentStrategy;
import io.charterassurance.model.evidence.CommunityDevelopmentWorkforce;
import io.charterassurance.model.evidence.DecidedBy;
import io.charterassurance.model.evidence.DecisionOutcome;
import io.charterassurance.model.evidence.DevolvedDecision;
import io.charterassurance.model.evidence.EngagementExercise;
import io.charterassurance.model.evidence.Evaluation;
import io.charterassurance.model.evidence.Evidence;
import io.charterassurance.model.evidence.EvidenceSource;
import io.charterassurance.model.evidence.EvidenceStatus;
import io.charterassurance.model.evidence.HealthwatchReport;
import io.charterassurance.model.evidence.NeedsAssetsAssessment;
import io.charterassurance.model.evidence.NeighbourhoodPartnership;
import io.charterassurance.model.evidence.PartnerSector;
import io.charterassurance.model.evidence.Provenance;
import io.charterassurance.model.evidence.QualityAccountSection;
import io.charterassurance.model.evidence.SocialValuePolicy;
import io.charterassurance.model.evidence.StatementSource;
import io.charterassurance.model.evidence.Volunteering;
import io.charterassurance.model.evidence.WorkforceRole;
import io.charterassurance.model.io.CharterJson;
import io.charterassurance.model.report.BandPath;
import io.charterassurance.model.report.BandResult;
import io.charterassurance.model.report.ChangeKind;
import io.charterassurance.model.report.Confidence;
import io.charterassurance.model.report.CriterionStatus;
import io.charterassurance.model.report.Finding;
import io.charterassurance.model.report.NextStep;
import io.charterassurance.model.report.NextSteps;
import io.charterassurance.model.report.Report;
import io.charterassurance.model.submission.Submission;
import io.charterassurance.rules.catalogue.Criterion;
import io.charterassurance.rules.catalogue.ScoringPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The path to the next band and the top band, found by re-assessing hypothetical variants of a
 * submission's evidence through the same engine, rules and policy as the report.
 *
 * <p>The search is greedy: in each round every candidate change (below) is applied to the
 * submission as it stands and re-assessed; the change that gives the best band (after limiters),
 * then the highest overall score, is kept; ties go to paperwork before practice, then the
 * criterion id, then the wording. It stops when the top band is reached or no change improves
 * either. The path to each band is then pruned: each step, last first, is dropped when the
 * remaining steps still reach the band. Each path is finally re-assessed by the caller's checked
 * assessment (validation included), and reports the band that gave.
 *
 * <p>Candidate changes, for each counted criterion short of met with high confidence, on the
 * evidence its finding relied on (or, when nothing was relied on, the current items of the kinds
 * that can meet it, from the organisation itself): approve with a minute, record the minute,
 * refresh, adopt a legacy item as the organisation's own, co-produce; the substance each rule
 * reads (see {@link #substance}); and, for criteria not met or not assessed, evidence modelled on
 * a bundled exemplar submission that meets the criterion.
 */
public final class Foresight {
  /** The most steps a path takes before the search stops. */
  static final int MAX_STEPS = 40;

  private static final List<String> EXEMPLARS = List.of("icb", "hwb", "la", "trust", "national");

  private final Engine engine;
  private final ScoringPolicy policy;
  private final Map<String, BigDecimal> parameters;
  private volatile @Nullable List<Exemplar> exemplars;

  /** A foresight over an engine. */
  public Foresight(Engine engine) {
    this.engine = engine;
    this.policy = engine.policy();
    Map<String, BigDecimal> params = new HashMap<>();
    policy.parameters().forEach((k, v) -> params.put(k, v.value()));
    this.parameters = Map.copyOf(params);
  }

  /** One hypothetical change: what it is for, what kind, what to do, and how it changes a submission. */
  record Change(String criterion, ChangeKind kind, String sentence, String evidence, UnaryOperator<Submission> apply) {}

  /** A bundled submission that meets criteria, and its report. */
  private record Exemplar(String name, Submission submission, Report report) {}

  /**
   * The paths and, for each, the submission with all its steps applied.
   *
   * @param nextSteps the paths, for a report
   * @param changed one changed submission per path, in order
   */
  public record Result(NextSteps nextSteps, List<Submission> changed) {}

  /** A path and the submission it leads to. */
  private record Built(BandPath path, Submission changed) {}

  /** A variant and its re-assessment. */
  private record Tried(Change change, Submission submission, Report report) {}

  /**
   * The paths to the next and the top band.
   *
   * @param submission a validated submission
   * @param digest its digest, for the reports of its variants
   * @param checked validates and assesses a submission as the front door does (a report without a
   *     band when it is invalid)
   */
  public Result nextSteps(Submission submission, String digest, Function<Submission, Report> checked) {
    Report start = engine.assess(submission, digest);
    BandResult band = Objects.requireNonNull(start.band(), "band");
    BigDecimal score = Objects.requireNonNull(start.overall(), "overall");
    int rank = engine.rank(band.id());
    List<String> notes = new ArrayList<>();
    notes.add("Steps are found by re-assessing changed copies of the evidence through the same rules and scoring policy;"
        + " the search never proposes progress on an outcome measure, a figure it cannot know (population, wards),"
        + " or a change to a document another body issued.");
    if (rank == 0) {
      notes.add("Already in the top band, " + band.label() + ".");
      return new Result(new NextSteps(band.id(), score, List.of(), notes), List.of());
    }
    List<Tried> path = search(submission, start, digest, checked);
    List<BandPath> paths = new ArrayList<>();
    List<Submission> changed = new ArrayList<>();
    for (int target : rank == 1 ? new int[] {0} : new int[] {rank - 1, 0}) {
      List<Change> steps = new ArrayList<>();
      for (Tried t : path) {
        steps.add(t.change());
        if (rankOf(t.report()) <= target) {
          break;
        }
      }
      Built built = path(submission, digest, checked, prune(submission, digest, steps, target), target);
      paths.add(built.path());
      changed.add(built.changed());
    }
    if (paths.stream().anyMatch(p -> !p.reached())) {
      notes.add("No further change the search can make raises the score or the band; what remains needs evidence"
          + " it cannot model (see each finding's missing parts).");
    }
    return new Result(new NextSteps(band.id(), score, paths, notes), changed);
  }

  /** The timeline of a validated submission (see {@link Engine#timeline}). */
  public io.charterassurance.model.report.Timeline timeline(Submission submission, String digest, int months) {
    return engine.timeline(submission, digest, months);
  }

  private int rankOf(Report r) {
    return engine.rank(Objects.requireNonNull(r.band(), "band").id());
  }

  /** Whether {@code a} is better than {@code b}: a better band, then a higher overall score. */
  private boolean better(Report a, Report b) {
    int ra = rankOf(a);
    int rb = rankOf(b);
    if (ra != rb) {
      return ra < rb;
    }
    return Objects.requireNonNull(a.overall()).compareTo(Objects.requireNonNull(b.overall())) > 0;
  }

  private final Comparator<Tried> order() {
    return Comparator.<Tried>comparingInt(t -> rankOf(t.report()))
        .thenComparing(t -> Objects.requireNonNull(t.report().overall()), Comparator.reverseOrder())
        .thenComparing(t -> t.change().kind())
        .thenComparing(t -> t.change().criterion())
        .thenComparing(t -> t.change().sentence())
        .thenComparing(t -> t.change().evidence());
  }

  /** The greedy search toward the top band. */
  private List<Tried> search(Submission submission, Report start, String digest, Function<Submission, Report> checked) {
    List<Tried> path = new ArrayList<>();
    Submission current = submission;
    Report report = start;
    Set<String> refused = new HashSet<>();
    while (rankOf(report) > 0 && path.size() < MAX_STEPS) {
      List<Tried> improving = new ArrayList<>();
      for (Change change : candidates(current, report)) {
        if (refused.contains(key(change))) {
          continue;
        }
        Submission variant = change.apply().apply(current);
        if (variant.equals(current)) {
          continue;
        }
        Report r = engine.assess(variant, digest);
        if (r.band() != null && better(r, report)) {
          improving.add(new Tried(change, variant, r));
        }
      }
      improving.sort(order());
      Tried chosen = null;
      for (Tried t : improving) {
        if (checked.apply(t.submission()).band() != null) {
          chosen = t;
          break;
        }
        // A variant the model refuses (an invariant across fields) is never proposed.
        refused.add(key(t.change()));
      }
      if (chosen == null) {
        break;
      }
      path.add(chosen);
      current = chosen.submission();
      report = chosen.report();
    }
    return path;
  }

  private static String key(Change c) {
    return c.criterion() + "\u0000" + c.sentence() + "\u0000" + c.evidence();
  }

  private static Submission applyAll(Submission s, List<Change> steps) {
    Submission out = s;
    for (Change c : steps) {
      out = c.apply().apply(out);
    }
    return out;
  }

  /** Drops each step, last first, whose removal still leaves the band reached. */
  private List<Change> prune(Submission submission, String digest, List<Change> steps, int target) {
    List<Change> kept = new ArrayList<>(steps);
    for (int i = kept.size() - 1; i >= 0; i--) {
      List<Change> trial = new ArrayList<>(kept);
      trial.remove(i);
      Report r = engine.assess(applyAll(submission, trial), digest);
      if (r.band() != null && rankOf(r) <= target) {
        kept = trial;
      }
    }
    return kept;
  }

  /** The path's steps replayed one by one, and the changed submission re-assessed with validation. */
  private Built path(Submission submission, String digest, Function<Submission, Report> checked, List<Change> changes,
      int target) {
    ScoringPolicy.Band aim = engine.bands().get(target);
    List<NextStep> steps = new ArrayList<>();
    Submission current = submission;
    Report before = engine.assess(current, digest);
    int paperwork = 0;
    for (Change c : changes) {
      Submission next = c.apply().apply(current);
      Report after = engine.assess(next, digest);
      Finding was = finding(before, c.criterion());
      Finding now = finding(after, c.criterion());
      BigDecimal added = Objects.requireNonNull(after.overall()).subtract(Objects.requireNonNull(before.overall()));
      Criterion criterion = engine.catalogue().find(c.criterion()).orElseThrow();
      steps.add(new NextStep(c.criterion(), criterion.title(), criterion.clauses(), c.kind(), c.sentence(), c.evidence(),
          was.status(), was.confidence(), now.status(), now.confidence(), after.overall(), added,
          Objects.requireNonNull(after.band()).id()));
      paperwork += c.kind() == ChangeKind.PAPERWORK ? 1 : 0;
      current = next;
      before = after;
    }
    Report verified = checked.apply(current);
    BandResult got = verified.band();
    boolean reached = got != null && engine.rank(got.id()) <= target;
    return new Built(new BandPath(aim.id(), aim.label(), reached,
        verified.overall() == null ? BigDecimal.ZERO.setScale(1) : verified.overall(),
        got == null ? "none" : got.id(), paperwork, steps.size() - paperwork, steps), current);
  }

  private static Finding finding(Report r, String criterion) {
    return r.findings().stream().filter(f -> f.criterion().equals(criterion)).findFirst().orElseThrow();
  }

  /** Every candidate change for the submission as it stands, de-duplicated (the first criterion keeps it). */
  List<Change> candidates(Submission s, Report report) {
    Map<String, Change> out = new LinkedHashMap<>();
    Editions editions = Editions.of(s);
    Map<String, Evidence> byId = new HashMap<>();
    s.evidence().forEach(e -> byId.put(e.id(), e));
    for (Finding f : report.findings()) {
      if (!f.status().isCounted() || (f.status() == CriterionStatus.MET && f.confidence() == Confidence.HIGH)) {
        continue;
      }
      Criterion c = engine.catalogue().find(f.criterion()).orElse(null);
      if (c == null) {
        continue;
      }
      List<Evidence> items = new ArrayList<>();
      if (!f.evidence().isEmpty()) {
        f.evidence().forEach(id -> items.add(byId.get(id)));
      } else {
        editions.current().stream().filter(e -> c.evidenceKinds().contains(e.kindName())).forEach(items::add);
      }
      List<Change> changes = new ArrayList<>();
      for (Evidence item : items) {
        if (item != null) {
          changes.addAll(changes(c, item, s, editions.legacy().contains(item.id())));
        }
      }
      if (f.status() == CriterionStatus.NOT_ASSESSED || f.status() == CriterionStatus.NOT_MET) {
        changes.addAll(exemplary(c, s));
      }
      for (Change change : changes) {
        out.putIfAbsent(change.sentence() + "\u0000" + change.evidence(), change);
      }
    }
    return List.copyOf(out.values());
  }

  /** The changes to one item: its provenance, then its substance. */
  private List<Change> changes(Criterion c, Evidence item, Submission s, boolean legacy) {
    List<Change> out = new ArrayList<>();
    Provenance p = item.provenance();
    String name = Words.titled(item);
    String id = item.id();
    if (legacy) {
      out.add(change(c, ChangeKind.PAPERWORK, "Adopt a current edition of " + name + " as " + s.organisation().name()
          + "'s own (it is legacy evidence of " + p.producedBy() + ")", id,
          e -> Variants.approved(Variants.refreshed(e, s.asAt(), policy))));
    }
    if (p.source() != EvidenceSource.ORGANISATION && !legacy) {
      // Another body's document is not the organisation's to change.
      return out;
    }
    if (p.status() == EvidenceStatus.DRAFT || p.status() == EvidenceStatus.NOTED) {
      out.add(change(c, ChangeKind.PAPERWORK, (p.status() == EvidenceStatus.DRAFT ? "Adopt " + name + ", now a draft,"
          : "Approve " + name + ", now only noted,") + " at the board and record the minute", id, Variants::approved));
    } else if (p.minuteReference() == null) {
      out.add(change(c, ChangeKind.PAPERWORK, "Record the minute reference of the board's approval of " + name, id,
          Variants::approved));
    }
    if (engine.currency(item, s.asAt()) != Grade.Currency.CURRENT) {
      out.add(change(c, ChangeKind.PAPERWORK, "Refresh " + name + " so that a current edition stands on "
          + Words.date(s.asAt()), id, e -> Variants.refreshed(e, s.asAt(), policy)));
    }
    if (!p.coProduced() && p.source() == EvidenceSource.ORGANISATION) {
      out.add(change(c, ChangeKind.PRACTICE, "Co-produce " + name + " with residents (named co-authors or co-chairs)", id,
          e -> Variants.withProvenance(e, coProduced(e.provenance()))));
    }
    substance(c, item, s, out);
    return out;
  }

  private static Provenance coProduced(Provenance p) {
    return new Provenance(p.title(), p.date(), p.status(), p.approvedBy(), p.minuteReference(), p.url(), true, p.source(),
        p.producedBy());
  }

  private static Change change(Criterion c, ChangeKind kind, String sentence, String id, UnaryOperator<Evidence> edit) {
    return new Change(c.id(), kind, sentence, id, s -> Variants.replace(s, id, edit));
  }

  /** Booleans the rules read whose change is to the papers, not the practice. */
  private static final Map<String, String> PAPER_FLAGS = Map.ofEntries(
      Map.entry("actionPlan", "Add an action plan with owners and dates to %s"),
      Map.entry("feedbackPublished", "Publish a \u201cyou said, we did\u201d response to %s"),
      Map.entry("responsePublished", "Publish the organisation's response to %s"),
      Map.entry("reportsOutcomes", "Report outcomes in %s"),
      Map.entry("usesCommissionerEvidence", "Use the commissioner's community development evidence in %s"),
      Map.entry("referencesAssets", "Write the area's community assets into %s"),
      Map.entry("describesCommunityDevelopment", "Describe the organisation's community development work in %s"),
      Map.entry("requiresCommunityDevelopmentEvidence", "Amend %s to require evidence of community development"),
      Map.entry("namesAssetBasedMethods", "Amend %s to name asset-based methods"),
      Map.entry("highlightsAssetBasedApproaches", "Name asset-based approaches in %s"));

  /** Booleans the rules read whose change is to the practice. */
  private static final Map<String, String> PRACTICE_FLAGS = Map.ofEntries(
      Map.entry("recurrent", "Make %s recurrent funding rather than a one-off grant"),
      Map.entry("communityLed", "Hand the leadership of %s to residents"),
      Map.entry("reachedExcludedGroups", "Reach excluded groups in %s"),
      Map.entry("residentsInvolved", "Involve residents in %s"),
      Map.entry("vcseMembers", "Give VCSE organisations seats on %s"),
      Map.entry("boardSeat", "Give the alliance in %s a seat on the board"),
      Map.entry("peerLed", "Make %s peer led"),
      Map.entry("residentsInvolvedInMapping", "Involve residents in mapping the assets for %s"),
      Map.entry("rewardsNeedsAssetsWork", "Reward needs-and-assets work in %s"));

  /** Enum fields the organisation can change, and whether changing them is paperwork. */
  private static final Map<String, ChangeKind> CHOICES = Map.of(
      "approach", ChangeKind.PRACTICE,
      "purpose", ChangeKind.PRACTICE,
      "assessmentType", ChangeKind.PRACTICE,
      "outcome", ChangeKind.PAPERWORK,
      "method", ChangeKind.PRACTICE);

  /**
   * The substance the rules read, raised to what the policy's parameters ask: flags set, choices
   * changed, resident shares, budget shares, voters, amounts per resident, weightings, coverage,
   * funded and senior posts, accepted recommendations, changes made, partners, statements.
   */
  private void substance(Criterion c, Evidence item, Submission s, List<Change> out) {
    String name = Words.titled(item);
    String id = item.id();
    Record record = (Record) item;
    for (var component : record.getClass().getRecordComponents()) {
      String field = component.getName();
      Object value = Variants.get(record, field);
      if (value instanceof Boolean b && !b) {
        String paper = PAPER_FLAGS.get(field);
        String practice = PRACTICE_FLAGS.get(field);
        if (paper != null || practice != null) {
          out.add(change(c, paper != null ? ChangeKind.PAPERWORK : ChangeKind.PRACTICE,
              String.format(Locale.ROOT, paper != null ? paper : practice, name), id,
              e -> (Evidence) Variants.with((Record) e, field, true)));
        }
      } else if (value instanceof Enum<?> current && CHOICES.containsKey(field)
          && !(item instanceof BoardDecision && current != DecisionOutcome.DEFERRED && current != DecisionOutcome.REJECTED)) {
        for (Object other : current.getDeclaringClass().getEnumConstants()) {
          if (other != current) {
            out.add(change(c, CHOICES.get(field), "Make " + name + " " + Gaps.words((Enum<?>) other) + " (now "
                + Gaps.words(current) + ")", id, e -> (Evidence) Variants.with((Record) e, field, other)));
          }
        }
      }
    }
    int population = s.organisation().population() == null ? 0 : s.organisation().population();
    int wards = s.organisation().wards() == null ? 0 : s.organisation().wards();
    if (item instanceof CommunityDevelopmentStrategy st) {
      if (st.owner() == null) {
        out.add(change(c, ChangeKind.PAPERWORK, "Name a senior owner for the action plan of " + name, id,
            e -> (Evidence) Variants.with((Record) e, "owner", "a named senior owner")));
      }
      Set<PartnerSector> needed = EnumSet.copyOf(Requirements.strategyPartners(s.organisation().kind()));
      needed.removeAll(st.partners());
      if (!needed.isEmpty()) {
        out.add(change(c, ChangeKind.PRACTICE, "Link " + name + " with the engagement of " + Gaps.wordsOf(needed)
            + ", named as partners", id, e -> {
              Set<PartnerSector> all = EnumSet.noneOf(PartnerSector.class);
              all.addAll(((CommunityDevelopmentStrategy) e).partners());
              all.addAll(needed);
              return Variants.with((CommunityDevelopmentStrategy) e, "partners", all);
            }));
      }
    } else if (item instanceof NeighbourhoodPartnership np) {
      BigDecimal share = param("community-led-resident-share-above-percent");
      int need = share.multiply(BigDecimal.valueOf(np.members())).divide(BigDecimal.valueOf(100), 0, RoundingMode.FLOOR)
          .intValue() + 1;
      if (np.residentMembers() < need && need <= np.members()) {
        out.add(change(c, ChangeKind.PRACTICE, "Give residents the majority of seats on " + name + " (" + need + " of "
            + np.members() + ")", id, e -> Variants.with((NeighbourhoodPartnership) e, "residentMembers", need)));
      }
      if (np.providersAttending() == 0) {
        out.add(change(c, ChangeKind.PRACTICE, "Bring service providers to the meetings of " + name, id,
            e -> Variants.with((NeighbourhoodPartnership) e, "providersAttending", 1)));
      }
      if (np.electedMembersAttending() == 0) {
        out.add(change(c, ChangeKind.PRACTICE, "Bring elected members to the meetings of " + name, id,
            e -> Variants.with((NeighbourhoodPartnership) e, "electedMembersAttending", 1)));
      }
      int meetings = param("partnership-meetings-per-year").intValue();
      if (np.meetingsPerYear() < meetings) {
        out.add(change(c, ChangeKind.PRACTICE, "Meet at least " + meetings + " times a year (" + name + ")", id,
            e -> Variants.with((NeighbourhoodPartnership) e, "meetingsPerYear", meetings)));
      }
    } else if (item instanceof DevolvedDecision d) {
      if (d.decidedBy() != DecidedBy.RESIDENTS) {
        out.add(change(c, ChangeKind.PRACTICE, "Give residents the final say in " + name, id,
            e -> Variants.with((DevolvedDecision) e, "decidedBy", DecidedBy.RESIDENTS)));
      }
      BigDecimal share = param("devolved-budget-share-percent");
      if (Requirements.movesMoney(d.mechanism()) && (d.shareOfBudgetPercent() == null
          || d.shareOfBudgetPercent().compareTo(share) < 0)) {
        out.add(change(c, ChangeKind.PRACTICE, "Devolve at least " + Words.percent(share) + " of the relevant budget through "
            + name, id, e -> Variants.with((DevolvedDecision) e, "shareOfBudgetPercent", share)));
      }
      int least = Requirements.minimumDeciders(d.mechanism(), param("participatory-budgeting-minimum-voters"),
          param("resident-panel-minimum-members"));
      if (d.participants() == null || d.participants() < least) {
        out.add(change(c, ChangeKind.PRACTICE, "Have at least " + least + " residents decide in " + name, id,
            e -> Variants.with((DevolvedDecision) e, "participants", least)));
      }
    } else if (item instanceof BudgetLine b && population > 0) {
      BigDecimal perHead = param("investment-per-head-gbp");
      BigDecimal need = perHead.multiply(BigDecimal.valueOf(population)).setScale(0, RoundingMode.CEILING);
      if (b.amountGbp().compareTo(need) < 0) {
        out.add(change(c, ChangeKind.PRACTICE, "Fund " + name + " at " + Words.pounds(need) + " a year ("
            + Words.pounds(perHead) + " per resident)", id, e -> Variants.with((BudgetLine) e, "amountGbp", need)));
      }
    } else if (item instanceof SocialValuePolicy sv) {
      BigDecimal min = param("minimum-social-value-weighting-percent");
      if (sv.weightingPercent().compareTo(min) < 0) {
        out.add(change(c, ChangeKind.PRACTICE, "Weight social value at " + Words.percent(min) + " in tenders under " + name, id,
            e -> Variants.with((SocialValuePolicy) e, "weightingPercent", min)));
      }
      if (sv.contractsCovered() != null && sv.contractsLet() != null && sv.contractsCovered() < sv.contractsLet()) {
        out.add(change(c, ChangeKind.PRACTICE, "Apply " + name + " to every contract let", id,
            e -> Variants.with((SocialValuePolicy) e, "contractsCovered", ((SocialValuePolicy) e).contractsLet())));
      }
    } else if (item instanceof ChampionsProgramme cp) {
      BigDecimal share = param("most-deprived-areas-percent");
      if (cp.fromMostDeprivedAreasPercent() == null || cp.fromMostDeprivedAreasPercent().compareTo(share) < 0) {
        out.add(change(c, ChangeKind.PRACTICE, "Recruit at least " + Words.percent(share)
            + " of the champions in " + name + " from the most deprived areas", id,
            e -> Variants.with((ChampionsProgramme) e, "fromMostDeprivedAreasPercent", share)));
      }
    } else if (item instanceof Volunteering v) {
      int least = param("minimum-survey-respondents").intValue();
      if (v.satisfactionPercent() == null || v.surveyRespondents() == null || v.surveyRespondents() < least) {
        Map<String, @Nullable Object> survey = new HashMap<>();
        survey.put("surveyRespondents", least);
        survey.put("satisfactionPercent", v.satisfactionPercent() == null ? BigDecimal.ZERO : v.satisfactionPercent());
        out.add(change(c, ChangeKind.PRACTICE, "Survey the volunteers of " + name + " (at least " + least + " answers)", id,
            e -> Variants.with((Volunteering) e, survey)));
      }
    } else if (item instanceof AssetMap m && wards > 0) {
      int need = param("asset-coverage-percent").multiply(BigDecimal.valueOf(wards))
          .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).intValue();
      if (m.wardsCovered() < need) {
        out.add(change(c, ChangeKind.PRACTICE, "Extend " + name + " to " + need + " of the area's " + wards + " wards", id,
            e -> Variants.with((AssetMap) e, "wardsCovered", need)));
      }
    } else if (item instanceof CommunityDevelopmentWorkforce w) {
      if (!w.roles().isEmpty() && !Gaps.anyRecurrentRole(w.roles())) {
        out.add(change(c, ChangeKind.PRACTICE, "Fund the posts in " + name + " recurrently", id,
            e -> Variants.with((CommunityDevelopmentWorkforce) e, "roles", ((CommunityDevelopmentWorkforce) e).roles().stream()
                .map(r -> Variants.with(r, "recurrentlyFunded", true)).toList())));
      }
      if (!w.roles().isEmpty() && Gaps.seniorPractitioner(w.roles()) == null) {
        out.add(change(c, ChangeKind.PRACTICE, "Make one post in " + name + " a senior practitioner role", id, e -> {
          List<WorkforceRole> roles = new ArrayList<>(((CommunityDevelopmentWorkforce) e).roles());
          roles.set(0, Variants.with(roles.get(0), "seniorPractitioner", true));
          return Variants.with((CommunityDevelopmentWorkforce) e, "roles", roles);
        }));
      }
      if (w.staffTrained() == null || w.staffTrained() == 0) {
        out.add(change(c, ChangeKind.PRACTICE, "Train other staff in community development approaches (" + name + ")", id,
            e -> Variants.with((CommunityDevelopmentWorkforce) e, "staffTrained", 1)));
      }
    } else if (item instanceof HealthwatchReport h) {
      if (h.recommendationsAccepted() == 0 && h.recommendations() > 0) {
        out.add(change(c, ChangeKind.PRACTICE, "Accept Healthwatch's recommendations in " + name, id,
            e -> Variants.with((HealthwatchReport) e, "recommendationsAccepted", 1)));
      }
    } else if (item instanceof EngagementExercise ex) {
      if (ex.changesMade().isEmpty()) {
        out.add(change(c, ChangeKind.PRACTICE, "Make, and report, a change in response to " + name, id,
            e -> Variants.with((EngagementExercise) e, "changesMade", List.of("a change made in response"))));
      }
    } else if (item instanceof QualityAccountSection q) {
      if (!q.statementsFrom().contains(StatementSource.HEALTHWATCH)) {
        out.add(change(c, ChangeKind.PAPERWORK, "Invite Healthwatch's statement on " + name, id, e -> {
          Set<StatementSource> all = EnumSet.of(StatementSource.HEALTHWATCH);
          all.addAll(((QualityAccountSection) e).statementsFrom());
          return Variants.with((QualityAccountSection) e, "statementsFrom", all);
        }));
      }
      if (q.changesMade().isEmpty()) {
        out.add(change(c, ChangeKind.PRACTICE, "Make, and report, a change to services in " + name, id,
            e -> Variants.with((QualityAccountSection) e, "changesMade", List.of("a change made in response"))));
      }
    } else if (item instanceof Evaluation ev && !ev.independent()) {
      out.add(change(c, ChangeKind.PRACTICE, "Commission an independent evaluation in place of " + name, id, e -> {
        Provenance p = e.provenance();
        Evidence independent = Variants.with((Evaluation) e, "independent", true);
        return Variants.withProvenance(independent, new Provenance(p.title(), p.date(), p.status(), p.approvedBy(),
            p.minuteReference(), p.url(), false, EvidenceSource.INDEPENDENT, p.producedBy()));
      }));
    }
  }

  private BigDecimal param(String name) {
    BigDecimal value = parameters.get(name);
    if (value == null) {
      throw new IllegalStateException("the scoring policy has no parameter \"" + name + "\"");
    }
    return value;
  }

  /**
   * New evidence for a criterion modelled on the bundled exemplar submissions that meet it: the
   * items the exemplar's finding relied on, given fresh ids, dated on the as-at date, approved
   * and the organisation's own. An organisation of the same kind is tried first; at most two.
   */
  private List<Change> exemplary(Criterion c, Submission s) {
    List<Change> out = new ArrayList<>();
    List<Exemplar> all = new ArrayList<>(exemplars());
    all.sort(Comparator.comparing(x -> x.submission().organisation().kind() == s.organisation().kind() ? 0 : 1));
    for (Exemplar x : all) {
      Finding f = x.report().findings().stream().filter(g -> g.criterion().equals(c.id())).findFirst().orElse(null);
      if (f == null || f.status() != CriterionStatus.MET || f.evidence().isEmpty()) {
        continue;
      }
      Map<String, Evidence> items = new LinkedHashMap<>();
      x.submission().evidence().forEach(e -> items.put(e.id(), e));
      List<Evidence> used = f.evidence().stream().map(items::get).filter(Objects::nonNull).toList();
      String kinds = String.join(", ", used.stream().map(Evidence::kindName).distinct().toList());
      String firstId = "next-" + c.id().toLowerCase(Locale.ROOT);
      out.add(new Change(c.id(), ChangeKind.PRACTICE, "Put in place " + Words.uncapitalise(c.title()) + " (new "
          + kinds + ", modelled on the bundled " + x.name() + " exemplar): " + c.meets(), firstId,
          sub -> transplant(sub, used, firstId)));
      if (out.size() == 2) {
        break;
      }
    }
    return out;
  }

  /** The submission with exemplar items added as its own, under fresh ids; unchanged if they cannot stand. */
  private Submission transplant(Submission s, List<Evidence> used, String base) {
    Set<String> ids = new HashSet<>();
    s.evidence().forEach(e -> ids.add(e.id()));
    Map<String, String> renamed = new HashMap<>();
    int n = 0;
    for (Evidence e : used) {
      String id = n == 0 ? base : base + "-" + n;
      while (ids.contains(id)) {
        id = id + "-next";
      }
      ids.add(id);
      renamed.put(e.id(), id);
      n++;
    }
    List<Evidence> evidence = new ArrayList<>(s.evidence());
    for (Evidence e : used) {
      Evidence fresh = fitted((Evidence) Variants.with((Record) e, "id", renamed.get(e.id())), s);
      Evidence moved = Variants.approved(Variants.refreshed(fresh, s.asAt(), policy));
      if (moved instanceof Evaluation ev) {
        String target = renamed.get(ev.evaluates());
        if (target == null) {
          target = s.evidence().stream().filter(Requirements::isCommunityDevelopment).map(Evidence::id).sorted()
              .findFirst().orElse(null);
        }
        if (target == null) {
          return s;
        }
        moved = Variants.with(ev, "evaluates", target);
      }
      evidence.add(moved);
    }
    return new Submission(s.organisation(), s.asAt(), s.period(), evidence, s.waivers());
  }

  /**
   * An exemplar item fitted to the organisation's area: an asset map covers at most its wards, and
   * an assets profile lists at most as many wards as it has (the first ones), as the model
   * requires.
   */
  private static Evidence fitted(Evidence item, Submission s) {
    Integer wards = s.organisation().wards();
    if (wards == null) {
      return item;
    }
    if (item instanceof AssetMap m && m.wardsCovered() > wards) {
      return Variants.with(m, "wardsCovered", wards);
    }
    if (item instanceof NeedsAssetsAssessment n && n.assetsProfile() != null && n.assetsProfile().wards().size() > wards) {
      return Variants.with(n, "assetsProfile", Variants.with(n.assetsProfile(), "wards",
          n.assetsProfile().wards().subList(0, wards)));
    }
    return item;
  }

  private List<Exemplar> exemplars() {
    List<Exemplar> loaded = exemplars;
    if (loaded == null) {
      List<Exemplar> list = new ArrayList<>();
      for (String name : EXEMPLARS) {
        String resource = "exemplar-" + name + ".json";
        try (InputStream in = Foresight.class.getResourceAsStream(resource)) {
          if (in == null) {
            throw new IllegalStateException("the bundled exemplar " + resource + " is missing");
          }
          Submission s = CharterJson.json().readValue(in, Submission.class);
          list.add(new Exemplar(name, s, engine.assess(s, "exemplar")));
        } catch (IOException e) {
          throw new UncheckedIOException("the bundled exemplar " + resource + " cannot be read", e);
        }
      }
      loaded = List.copyOf(list);
      exemplars = loaded;
    }
    return loaded;
  }
}
