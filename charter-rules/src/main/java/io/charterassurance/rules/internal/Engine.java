package io.charterassurance.rules.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.charterassurance.model.charter.Charter;
import io.charterassurance.model.charter.Clause;
import io.charterassurance.model.evidence.Evidence;
import io.charterassurance.model.io.CharterJson;
import io.charterassurance.model.organisation.OrganisationKind;
import io.charterassurance.model.organisation.Predecessor;
import io.charterassurance.model.report.AppliedWaiver;
import io.charterassurance.model.report.BandResult;
import io.charterassurance.model.report.CriterionStatus;
import io.charterassurance.model.report.EvidenceSummary;
import io.charterassurance.model.report.Finding;
import io.charterassurance.model.report.Report;
import io.charterassurance.model.report.ReportProvenance;
import io.charterassurance.model.report.ReportSubject;
import io.charterassurance.model.report.ReportViolation;
import io.charterassurance.model.report.ScoreLine;
import io.charterassurance.model.report.Tally;
import io.charterassurance.model.submission.Submission;
import io.charterassurance.model.submission.Waiver;
import io.charterassurance.rules.CriteriaCatalogue;
import io.charterassurance.rules.Criterion;
import io.charterassurance.rules.ScoringPolicy;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Decides and scores every criterion for one submission: runs the rules, grades the evidence the
 * rules offered, and rolls the scores up by call, principle and overall. Immutable and shared
 * between threads.
 *
 * <p>The arithmetic, which docs/scoring.md states for users:
 *
 * <ul>
 *   <li>An offer's value is the policy's substance for the rule's level times the strength of its
 *       evidence (for a set, its strongest item; for items needed together, the weakest).
 *   <li>A criterion's score is 100 times its best offer's value, rounded to one decimal.
 *   <li>Not assessed counts as 0; not applicable and waived are left out of every denominator.
 *   <li>A call's, principle's and the overall score are weighted means of the counted criteria
 *       under them, each criterion once, rounded to one decimal.
 * </ul>
 */
public final class Engine {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** The canonical form the submission digest is taken over: the shared shape, without indentation. */
  private static final ObjectWriter CANONICAL =
      CharterJson.json().writer().without(SerializationFeature.INDENT_OUTPUT);

  private final RuleBase rules;
  private final CriteriaCatalogue catalogue;
  private final ScoringPolicy policy;
  private final Charter charter;
  private final Grader grader;
  private final Map<Level, Double> substance = new EnumMap<>(Level.class);
  private final BigDecimal metAtLeast;
  private final BigDecimal partiallyMetAtLeast;
  private final List<ScoringPolicy.Band> bands;
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
    for (Level level : Level.values()) {
      substance.put(level, policy.substance().get(level.key()).doubleValue());
    }
    this.metAtLeast = policy.status().metAtLeast().multiply(HUNDRED);
    this.partiallyMetAtLeast = policy.status().partiallyMetAtLeast().multiply(HUNDRED);
    this.bands = policy.bands().stream()
        .sorted(Comparator.comparing(ScoringPolicy.Band::minimum).reversed())
        .toList();
    this.policyHash = Loading.policyHash(policy);
    this.libraryVersion = libraryVersion;
    for (int i = 0; i < catalogue.criteria().size(); i++) {
      order.put(catalogue.criteria().get(i).id(), i);
    }
  }

  /** The problems with a valid submission that only the catalogue can see (unknown waivers). */
  public List<ReportViolation> catalogueViolations(Submission submission) {
    List<ReportViolation> out = new ArrayList<>();
    for (int i = 0; i < submission.waivers().size(); i++) {
      String id = submission.waivers().get(i).criterion();
      if (catalogue.find(id).isEmpty()) {
        out.add(new ReportViolation("$.waivers[" + i + "].criterion",
            "\"" + id + "\" is not a criterion of rule set " + catalogue.version()
                + "; `charter criteria` lists them"));
      }
    }
    return out;
  }

  /**
   * Decides every criterion. Findings come in importance order: mandatory criteria short of met,
   * then the rest not met, partially met, met, waived and not applicable.
   *
   * @param scored whether findings carry scores ({@code check} leaves them out)
   */
  public List<Finding> decide(Submission submission, boolean scored) {
    OrganisationKind kind = submission.organisation().kind();
    Map<String, Waiver> waivers = new HashMap<>();
    for (Waiver w : submission.waivers()) {
      if (w.appliesOn(submission.asAt())) {
        waivers.merge(w.criterion(), w, (a, b) -> a.expires().isAfter(b.expires()) ? a : b);
      }
    }
    Set<String> open = new LinkedHashSet<>();
    for (Criterion c : catalogue.criteria()) {
      if (c.appliesTo(kind) && !waivers.containsKey(c.id())) {
        open.add(c.id());
      }
    }
    Judge judge = new Judge(open, policy.parameters());
    List<Object> facts = new ArrayList<>(submission.evidence().size() + 1);
    facts.add(judge);
    facts.addAll(submission.evidence());
    rules.execute(facts);

    boolean resourced = Grader.resourced(submission);
    Map<String, Grade> grades = new HashMap<>();
    List<Finding> findings = new ArrayList<>(catalogue.criteria().size());
    for (Criterion c : catalogue.criteria()) {
      Finding f;
      if (!c.appliesTo(kind)) {
        f = notApplicable(c, kind);
      } else if (waivers.containsKey(c.id())) {
        f = waived(c, kind, waivers.get(c.id()));
      } else {
        f = judged(c, kind, submission, judge.offers().getOrDefault(c.id(), List.of()),
            item -> grades.computeIfAbsent(item.id(), id -> grader.grade(item, submission, resourced)));
      }
      findings.add(scored ? f : withoutScore(f));
    }
    findings.sort(importance());
    return List.copyOf(findings);
  }

  /** The full report for a valid submission and its findings. */
  public Report report(Submission submission, List<Finding> findings) {
    List<ScoreLine> principles = new ArrayList<>();
    for (Clause p : charter.principles()) {
      principles.add(line(p.id(), p.title(),
          findings.stream().filter(f -> f.principles().contains(p.id())).toList()));
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
        principles, calls, findings, evidence, List.of(), provenance(submission));
  }

  /** The report for a submission that could not be assessed. */
  public Report invalid(@Nullable Submission submission, List<ReportViolation> violations) {
    List<ReportViolation> sorted = violations.stream()
        .sorted(Comparator.comparing(ReportViolation::path).thenComparing(ReportViolation::message))
        .toList();
    ReportSubject subject = null;
    if (submission != null && submission.organisation() != null
        && submission.organisation().code() != null && submission.organisation().name() != null
        && submission.organisation().kind() != null) {
      subject = subject(submission);
    }
    return new Report(Report.FORMAT, subject, null, null, new Tally(0, 0, 0, 0, 0, 0), List.of(),
        List.of(), List.of(), List.of(), sorted, provenance(submission));
  }

  /** The weight a criterion has under the policy. */
  BigDecimal weight(Criterion c) {
    return policy.weights().getOrDefault(c.id(), c.weight());
  }

  private Finding notApplicable(Criterion c, OrganisationKind kind) {
    String kinds = c.kinds().stream().sorted().map(OrganisationKind::label).collect(Collectors.joining(", "));
    String reason = c.kinds().equals(Set.of(OrganisationKind.NATIONAL_BODY))
        ? "The Charter addresses this to national bodies, so it does not apply to a " + kind.label() + "."
        : "It applies to " + kinds + ", not to a " + kind.label() + ".";
    return new Finding(c.id(), c.title(), CriterionStatus.NOT_APPLICABLE, false, weight(c), null,
        c.clauses(), c.principles(), List.of(), reason, List.of(), null);
  }

  private Finding waived(Criterion c, OrganisationKind kind, Waiver w) {
    String reason = "Waived until " + w.expires() + ": " + w.reason().strip() + " (requested by "
        + w.requestedBy() + ", approved by " + w.approvedBy() + " on " + w.approvedOn() + ").";
    return new Finding(c.id(), c.title(), CriterionStatus.WAIVED, c.isMandatoryFor(kind), weight(c), null,
        c.clauses(), c.principles(), List.of(), reason, List.of(),
        new AppliedWaiver(w.reason().strip(), w.approvedBy(), w.expires()));
  }

  private Finding judged(
      Criterion c,
      OrganisationKind kind,
      Submission submission,
      List<Offer> offers,
      java.util.function.Function<Evidence, Grade> grade) {
    boolean mandatory = c.isMandatoryFor(kind);
    if (offers.isEmpty()) {
      List<String> relevant = submission.evidence().stream()
          .filter(e -> c.evidenceKinds().contains(e.kindName()))
          .map(Evidence::id)
          .sorted()
          .toList();
      // No rule offered anything: nothing submitted bears on the criterion. (Rules that recognise
      // an item as relevant but failing offer it at level "none", which makes it not met.)
      String reason = relevant.isEmpty()
          ? "No evidence was submitted of a kind that can meet it (" + String.join(", ", c.evidenceKinds()) + ")."
          : "No evidence submitted can meet it: " + String.join(", ", relevant)
              + (relevant.size() == 1 ? " was" : " were") + " considered and " + (relevant.size() == 1 ? "does" : "do")
              + " not count toward it.";
      return new Finding(c.id(), c.title(), CriterionStatus.NOT_ASSESSED, mandatory, weight(c),
          BigDecimal.ZERO.setScale(1), c.clauses(), c.principles(), List.of(), reason, List.of(c.meets()), null);
    }
    Offer best = null;
    Graded bestGraded = null;
    double bestValue = -1;
    for (Offer offer : offers) {
      Graded graded = graded(offer, grade);
      double value = substance.get(offer.level()) * graded.grade().strength();
      if (best == null || value > bestValue
          || (value == bestValue && offer.level().ordinal() < best.level().ordinal())
          || (value == bestValue && offer.level() == best.level() && ids(offer).compareTo(ids(best)) < 0)) {
        best = offer;
        bestGraded = graded;
        bestValue = value;
      }
    }
    BigDecimal score = BigDecimal.valueOf(bestValue).multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP);
    CriterionStatus status = score.compareTo(metAtLeast) >= 0 ? CriterionStatus.MET
        : score.compareTo(partiallyMetAtLeast) >= 0 ? CriterionStatus.PARTIALLY_MET
        : CriterionStatus.NOT_MET;
    StringBuilder reason = new StringBuilder(capitalise(best.reason().strip()));
    reason.append(". ").append(bestGraded.describe()).append('.');
    List<String> missing = new ArrayList<>();
    if (status != CriterionStatus.MET) {
      missing.addAll(best.missing());
      if (best.level() != Level.NONE) {
        missing.addAll(bestGraded.grade().gaps());
      }
      if (missing.isEmpty()) {
        missing.add(c.meets());
      }
    }
    List<String> evidence = best.items().stream().map(Evidence::id).sorted().toList();
    return new Finding(c.id(), c.title(), status, mandatory, weight(c), score, c.clauses(),
        c.principles(), evidence, reason.toString(), List.copyOf(new LinkedHashSet<>(missing)), null);
  }

  /** The grade that governs an offer, and which item it belongs to. */
  private record Graded(Offer offer, Evidence item, Grade grade) {
    String describe() {
      String who = switch (offer.combination()) {
        case SINGLE -> item.id();
        case STRONGEST -> "Strongest of " + offer.items().size() + " items: " + item.id();
        case WEAKEST -> "Weakest of the " + offer.items().size() + " items needed together: " + item.id();
      };
      return who + " is " + grade.summary();
    }
  }

  private static Graded graded(Offer offer, java.util.function.Function<Evidence, Grade> grade) {
    Evidence chosen = null;
    Grade chosenGrade = null;
    for (Evidence item : offer.items().stream().sorted(Comparator.comparing(Evidence::id)).toList()) {
      Grade g = grade.apply(item);
      boolean better = chosen == null
          || (offer.combination() == Offer.Combination.WEAKEST
              ? g.strength() < chosenGrade.strength()
              : g.strength() > chosenGrade.strength());
      if (better) {
        chosen = item;
        chosenGrade = g;
      }
    }
    return new Graded(offer, chosen, chosenGrade);
  }

  private static String ids(Offer offer) {
    return offer.items().stream().map(Evidence::id).sorted().collect(Collectors.joining(","));
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static Finding withoutScore(Finding f) {
    return new Finding(f.criterion(), f.title(), f.status(), f.mandatory(), f.weight(), null, f.clauses(),
        f.principles(), f.evidence(), f.reason(), f.missing(), f.waiver());
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
      case MET -> 3;
      case WAIVED -> 4;
      case NOT_APPLICABLE -> 5;
    };
  }

  private static ScoreLine line(String id, String title, List<Finding> findings) {
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
        ? weights.setScale(0) : weights.stripTrailingZeros(), tally);
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
        if (f.mandatory() && matches(limiter.whenMandatory(), f.status())) {
          reasons.add(f.criterion() + " (" + f.title() + ") is mandatory and " + f.status().label().toLowerCase(java.util.Locale.ROOT)
              + ", so the band cannot be above " + bands.get(cap).label());
          capped = Math.max(capped, cap);
        }
      }
    }
    ScoringPolicy.Band band = bands.get(capped);
    return new BandResult(band.id(), band.label(), band.minimum(), bands.get(uncapped).id(),
        bands.get(uncapped).label(), reasons);
  }

  private static boolean matches(CriterionStatus limiter, CriterionStatus status) {
    return limiter == CriterionStatus.NOT_MET
        ? status == CriterionStatus.NOT_MET || status == CriterionStatus.NOT_ASSESSED
        : status == limiter;
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
    return new ReportSubject(org.code(), org.name(), org.kind(),
        org.predecessors().stream().map(Predecessor::code).sorted().toList());
  }

  private ReportProvenance provenance(@Nullable Submission submission) {
    return new ReportProvenance(charter.version(), charter.contentHash(), catalogue.version(), rules.hash(),
        policy.id(), policyHash, submission == null ? Loading.sha256(new byte[0]) : digest(submission),
        libraryVersion, submission == null ? null : submission.asAt());
  }

  /** SHA-256 of the submission in canonical form: evidence sorted by id, waivers by criterion. */
  public static String digest(Submission submission) {
    List<Evidence> evidence = submission.evidence().stream()
        .sorted(Comparator.comparing(e -> e.id() == null ? "" : e.id()))
        .toList();
    List<Waiver> waivers = submission.waivers().stream()
        .sorted(Comparator.comparing((Waiver w) -> String.valueOf(w.criterion()))
            .thenComparing(w -> String.valueOf(w.approvedOn())))
        .toList();
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha256)) {
        CANONICAL.writeValue(out,
            new Submission(submission.organisation(), submission.asAt(), submission.period(), evidence, waivers));
      }
      return HexFormat.of().formatHex(sha256.digest());
    } catch (IOException e) {
      throw new IllegalStateException("the submission could not be written as JSON", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
