package io.charterassurance.model.submission;

import io.charterassurance.model.evidence.AssetMap;
import io.charterassurance.model.evidence.AssetsProfile;
import io.charterassurance.model.evidence.BudgetLine;
import io.charterassurance.model.evidence.CommunityDevelopmentStrategy;
import io.charterassurance.model.evidence.Evaluation;
import io.charterassurance.model.evidence.EvaluationMethod;
import io.charterassurance.model.evidence.Evidence;
import io.charterassurance.model.evidence.EvidenceSource;
import io.charterassurance.model.evidence.EvidenceStatus;
import io.charterassurance.model.evidence.HealthwatchReport;
import io.charterassurance.model.evidence.InvolvementStatement;
import io.charterassurance.model.evidence.NeedsAssetsAssessment;
import io.charterassurance.model.evidence.NeighbourhoodPartnership;
import io.charterassurance.model.evidence.Provenance;
import io.charterassurance.model.evidence.QualityAccountSection;
import io.charterassurance.model.evidence.SocialValuePolicy;
import io.charterassurance.model.evidence.Timebank;
import io.charterassurance.model.evidence.Volunteering;
import io.charterassurance.model.organisation.AbolishedKind;
import io.charterassurance.model.organisation.Organisation;
import io.charterassurance.model.organisation.OrganisationRegistry;
import io.charterassurance.model.organisation.Predecessor;
import io.charterassurance.model.organisation.RegisteredBody;
import io.charterassurance.model.organisation.RegisteredSuccessor;
import io.charterassurance.model.organisation.Superseded;
import io.charterassurance.model.text.PlainText;
import io.charterassurance.model.text.Spelling;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Checks the cross-field rules of {@link ValidSubmission}; each problem is its own violation.
 * Public only because Bean Validation instantiates it and {@code SubmissionReader} calls
 * {@link #check} directly; use {@code SubmissionReader} instead.
 *
 * <p>Every check reads its fields defensively: a submission built in code can hold nulls where the
 * field constraints forbid them, and those are reported by the field constraints, never as an
 * exception from here. Every check is linear in the size of the submission, and the checks that
 * could repeat one problem thousands of times (duplicate ids, characters not accepted in text)
 * list the first {@value #LISTED} and then say how many more there are.
 */
public final class SubmissionConstraintValidator
    implements ConstraintValidator<ValidSubmission, Submission> {

  /** The zone "today" is decided in, so that the as-at check does not depend on the machine's zone. */
  public static final ZoneId ZONE = ZoneId.of("Europe/London");

  /** How many problems of one repeated kind are listed before the rest are counted in one line. */
  static final int LISTED = 100;

  private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** Called by Bean Validation. */
  public SubmissionConstraintValidator() {}

  @Override
  public boolean isValid(Submission submission, ConstraintValidatorContext context) {
    if (submission == null) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    Checks checks = new Checks((path, message) -> addTo(context, path, message));
    run(submission, context.getClockProvider().getClock(), checks);
    return checks.valid;
  }

  /**
   * Runs every cross-field check without Bean Validation, reporting each problem as its JSON path
   * (such as {@code $.evidence[3].provenance.date}) and a message; "today" is the clock's date in
   * {@link #ZONE}. {@code SubmissionReader} validates this way, so that thousands of problems are
   * collected in linear time.
   */
  public static void check(Submission submission, Clock clock, BiConsumer<String, String> problems) {
    Objects.requireNonNull(submission, "submission");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(problems, "problems");
    run(submission, clock, new Checks((path, message) -> problems.accept(jsonPath(path), message)));
  }

  private static void run(Submission submission, Clock clock, Checks checks) {
    OrganisationRegistry registry = OrganisationRegistry.standard();
    checkOrganisation(submission.organisation(), checks);
    checkStanding(submission, registry, checks);
    checkPredecessorsAgainstRegistry(submission.organisation(), registry, checks);
    checkAsAt(submission, LocalDate.now(clock.withZone(ZONE)), checks);
    checkDates(submission, checks);
    checkEvidence(submission, checks);
    checkWaivers(submission, checks);
    Texts.check(submission, LISTED, checks::atPath);
  }

  /** The as-at date may not be after today in England, whatever the machine's time zone. */
  private static void checkAsAt(Submission s, LocalDate today, Checks checks) {
    if (s.asAt() != null && s.asAt().isAfter(today)) {
      checks.at("must not be in the future (found " + s.asAt() + "; today is " + today
          + " in the UK, on Europe/London time)", "asAt");
    }
  }

  private static void checkOrganisation(@Nullable Organisation organisation, Checks checks) {
    if (organisation == null || organisation.code() == null || organisation.kind() == null) {
      return;
    }
    var scheme = organisation.kind().codeScheme();
    if (!scheme.accepts(organisation.code())) {
      checks.at(
          "must be an " + scheme.label() + " (pattern " + scheme.pattern() + ") for a "
              + organisation.kind().label(),
          "organisation", "code");
    }
    Map<String, Integer> seen = new HashMap<>();
    List<Predecessor> predecessors = organisation.predecessors();
    for (int i = 0; i < predecessors.size(); i++) {
      Predecessor p = predecessors.get(i);
      if (p == null || p.code() == null) {
        continue;
      }
      if (p.code().equals(organisation.code())) {
        checks.inNested("must differ from the organisation's own code", "organisation", "predecessors", i, "code");
      } else if (seen.putIfAbsent(p.code(), i) != null) {
        checks.inNested("duplicates predecessor " + p.code() + " at index " + seen.get(p.code()),
            "organisation", "predecessors", i, "code");
      }
      if (p.kind() != null && !p.kind().codeScheme().accepts(p.code())) {
        checks.inNested("must be an " + p.kind().codeScheme().label() + " for a " + p.kind().label(),
            "organisation", "predecessors", i, "code");
      }
    }
  }

  /** The organisation must have existed on the as-at date: a body abolished or merged by then is refused. */
  private static void checkStanding(Submission s, OrganisationRegistry registry, Checks checks) {
    Organisation org = s.organisation();
    if (org == null || org.code() == null || s.asAt() == null) {
      return;
    }
    Optional<Superseded> superseded = registry.supersededOn(org.code(), org.kind(), s.asAt());
    if (superseded.isEmpty()) {
      return;
    }
    Superseded gone = superseded.get();
    checks.at("did not exist on the as-at date " + s.asAt() + ": " + gone.sentence() + ". Make the submission for "
            + gone.answeringNames() + ", with this body among its predecessors, or use an as-at date no later than "
            + gone.lastDay(),
        "organisation");
  }

  /** A predecessor's last day must agree with the registry (and with the abolition of its kind). */
  private static void checkPredecessorsAgainstRegistry(@Nullable Organisation org, OrganisationRegistry registry, Checks checks) {
    if (org == null) {
      return;
    }
    Set<String> listed = new HashSet<>();
    for (Predecessor p : org.predecessors()) {
      if (p != null && p.code() != null) {
        listed.add(p.code());
      }
    }
    List<Predecessor> predecessors = org.predecessors();
    for (int i = 0; i < predecessors.size(); i++) {
      Predecessor p = predecessors.get(i);
      if (p == null || p.until() == null) {
        continue;
      }
      Optional<RegisteredBody> registered = registry.find(p.code());
      if (registered.isPresent()) {
        RegisteredBody body = registered.get();
        if (!p.until().equals(body.lastDay())) {
          checks.inNested("is " + p.until() + ", but " + body.change() + ", so its last day was " + body.lastDay()
                  + ". Give " + body.lastDay() + alsoList(body, org, listed),
              "organisation", "predecessors", i, "until");
        }
        continue;
      }
      Optional<AbolishedKind> abolished = registry.abolition(p.kind());
      if (abolished.isPresent() && p.until().isAfter(abolished.get().lastDay())) {
        AbolishedKind kind = abolished.get();
        checks.inNested("is " + p.until() + ", after " + kind.change() + "; the last day of a "
                + Objects.requireNonNull(p.kind()).label() + " was " + kind.lastDay() + " at the latest",
            "organisation", "predecessors", i, "until");
      }
    }
  }

  /** ", and list X (code), which succeeded it, as a predecessor too", when X is not the organisation or listed. */
  private static String alsoList(RegisteredBody body, Organisation org, Set<String> listed) {
    List<String> missing = new ArrayList<>();
    for (RegisteredSuccessor s : body.successors()) {
      if (s.code() != null && !s.code().equals(org.code()) && !listed.contains(s.code())) {
        missing.add(s.label());
      }
    }
    if (missing.isEmpty()) {
      return "";
    }
    return ", and list " + String.join(" and ", missing) + ", which succeeded it, as "
        + (missing.size() == 1 ? "a predecessor" : "predecessors") + " too";
  }

  private static void checkDates(Submission s, Checks checks) {
    Period period = s.period();
    if (period != null && period.start() != null && period.end() != null
        && period.end().isBefore(period.start())) {
      checks.at("must not be before the period's start (" + period.start() + ")", "period", "end");
    }
    if (period != null && period.start() != null && s.asAt() != null
        && s.asAt().isBefore(period.start())) {
      checks.at("must not be before the period's start (" + period.start() + ")", "asAt");
    }
  }

  private static void checkEvidence(Submission s, Checks checks) {
    List<Evidence> evidence = s.evidence();
    Map<String, Predecessor> predecessors = predecessorsByCode(s.organisation());
    Suggestions suggestions = new Suggestions();
    Map<String, Integer> ids = new HashMap<>();
    int duplicates = 0;
    for (int i = 0; i < evidence.size(); i++) {
      Evidence e = evidence.get(i);
      if (e == null || e.id() == null) {
        continue;
      }
      Integer first = ids.putIfAbsent(e.id(), i);
      if (first != null && ++duplicates <= LISTED) {
        checks.atIndexed("duplicates the id of evidence[" + first + "] (\"" + PlainText.excerpt(e.id()) + "\"); evidence ids must be unique",
            "evidence", "id", i);
      }
    }
    if (duplicates > LISTED) {
      checks.at("has " + duplicates + " items whose id repeats an earlier item's; the first " + LISTED
          + " are listed, and the other " + (duplicates - LISTED) + " must be given unique ids too", "evidence");
    }
    for (int i = 0; i < evidence.size(); i++) {
      Evidence e = evidence.get(i);
      if (e == null) {
        continue;
      }
      Provenance p = e.provenance();
      if (p != null) {
        checkProvenance(s, p, i, predecessors, checks);
      }
      checkFacts(s, e, i, ids.keySet(), suggestions, checks);
    }
  }

  private static void checkProvenance(Submission s, Provenance p, int i, Map<String, Predecessor> predecessors,
      Checks checks) {
    if (p.date() != null && s.asAt() != null && p.date().isAfter(s.asAt())) {
      checks.atIndexed("is in the future: " + p.date() + " is after the submission's as-at date " + s.asAt(),
          "evidence", "provenance", i, "date");
    }
    if (p.status() == EvidenceStatus.APPROVED && p.approvedBy() == null) {
      checks.atIndexed("must name the approving body when the status is approved",
          "evidence", "provenance", i, "approvedBy");
    }
    if (p.status() == EvidenceStatus.PUBLISHED && p.approvedBy() == null) {
      checks.atIndexed("must name the approving body when the status is published: published means approved and then published",
          "evidence", "provenance", i, "approvedBy");
    }
    if (p.status() == EvidenceStatus.PUBLISHED && p.url() == null) {
      checks.atIndexed("must give the published URL when the status is published",
          "evidence", "provenance", i, "url");
    }
    checkProducer(s, p, i, predecessors, checks);
  }

  private static void checkProducer(Submission s, Provenance p, int index, Map<String, Predecessor> predecessors,
      Checks checks) {
    Organisation org = s.organisation();
    if (org == null || org.code() == null || p.producedBy() == null || p.producedBy().equals(org.code())) {
      return;
    }
    Predecessor predecessor = predecessors.get(p.producedBy());
    if (predecessor == null) {
      checks.atIndexed("\"" + PlainText.excerpt(p.producedBy()) + "\" is neither " + org.code()
              + " nor one of its predecessors; list the predecessor under organisation.predecessors",
          "evidence", "provenance", index, "producedBy");
      return;
    }
    if (p.date() != null && predecessor.until() != null && p.date().isAfter(predecessor.until())) {
      checks.atIndexed("is " + p.date() + ", after " + p.producedBy() + " ceased on "
              + predecessor.until() + "; a predecessor's evidence must date from its lifetime",
          "evidence", "provenance", index, "date");
    }
  }

  /** The organisation's predecessors by code, built once so that per-item checks stay linear. */
  private static Map<String, Predecessor> predecessorsByCode(@Nullable Organisation org) {
    Map<String, Predecessor> out = new HashMap<>();
    if (org != null) {
      for (Predecessor p : org.predecessors()) {
        if (p != null && p.code() != null) {
          out.putIfAbsent(p.code(), p);
        }
      }
    }
    return out;
  }

  /** Facts within one item that contradict each other, the submission or the organisation. */
  private static void checkFacts(Submission s, Evidence e, int i, Set<String> ids, Suggestions suggestions,
      Checks checks) {
    if (e instanceof Evaluation evaluation) {
      checkEvaluation(evaluation, i, ids, suggestions, checks);
    } else if (e instanceof NeighbourhoodPartnership partnership) {
      if (exceeds(partnership.residentMembers(), partnership.members())) {
        checks.atIndexed("is " + partnership.residentMembers() + ", more than the partnership's " + partnership.members()
            + " members; residents are counted among the members", "evidence", "residentMembers", i);
      }
    } else if (e instanceof Timebank timebank) {
      if (exceeds(timebank.activeMembers(), timebank.members())) {
        checks.atIndexed("is " + timebank.activeMembers() + ", more than the timebank's " + timebank.members()
            + " members; active members are counted among the members", "evidence", "activeMembers", i);
      }
    } else if (e instanceof SocialValuePolicy policy) {
      if (exceeds(policy.contractsCovered(), policy.contractsLet())) {
        checks.atIndexed("is " + policy.contractsCovered() + ", more than the " + policy.contractsLet()
                + " contracts let in the period; the weighting can only have been applied to contracts that were let",
            "evidence", "contractsCovered", i);
      }
    } else if (e instanceof HealthwatchReport report) {
      if (exceeds(report.recommendationsAccepted(), report.recommendations())) {
        checks.atIndexed("is " + report.recommendationsAccepted() + ", more than the " + report.recommendations()
            + " recommendations the report made", "evidence", "recommendationsAccepted", i);
      }
    } else if (e instanceof Volunteering volunteering) {
      checkVolunteering(volunteering, i, checks);
    } else if (e instanceof AssetMap map) {
      checkAssetMap(s, map, i, checks);
    } else if (e instanceof NeedsAssetsAssessment assessment) {
      checkAssetsProfile(s, assessment, i, checks);
    } else if (e instanceof CommunityDevelopmentStrategy strategy) {
      LocalDate issued = strategy.provenance() == null ? null : strategy.provenance().date();
      if (strategy.reviewBy() != null && issued != null && strategy.reviewBy().isBefore(issued)) {
        checks.atIndexed("is " + strategy.reviewBy() + ", before the strategy's date " + issued
            + " (provenance.date); a strategy is reviewed after it is issued", "evidence", "reviewBy", i);
      }
    } else if (e instanceof QualityAccountSection section) {
      checkYearReportedOn(s, section.reportingYear(), section.provenance(), "reportingYear",
          "a Quality Account reports on a year that has ended", "a Quality Account is written after the year it reports on",
          i, checks);
    } else if (e instanceof InvolvementStatement statement) {
      checkYearReportedOn(s, statement.financialYear(), statement.provenance(), "financialYear",
          "an annual report's statement covers a year that has ended",
          "an annual report's statement is written after the year it covers", i, checks);
    } else if (e instanceof BudgetLine line) {
      checkBudgetYear(s, line, i, checks);
    }
  }

  private static void checkEvaluation(Evaluation e, int i, Set<String> ids, Suggestions suggestions, Checks checks) {
    if (e.independent() && e.method() == EvaluationMethod.INTERNAL_REVIEW) {
      checks.atIndexed("is true, but the method is an internal review, which is not independent; set independent to"
          + " false, or give the method the independent evaluator used", "evidence", "independent", i);
    }
    if (e.independent() && e.provenance() != null && e.provenance().source() == EvidenceSource.ORGANISATION) {
      checks.atIndexed("must be independent when the evaluation is independent: an independent evaluation is vouched"
          + " for by its evaluator, not by the organisation", "evidence", "provenance", i, "source");
    }
    String target = e.evaluates();
    if (target == null) {
      return;
    }
    if (target.equals(e.id())) {
      checks.atIndexed("must name another evidence item, not the evaluation itself (\"" + PlainText.excerpt(target) + "\")",
          "evidence", "evaluates", i);
    } else if (!ids.contains(target)) {
      checks.atIndexed("names no evidence item in this submission (\"" + PlainText.excerpt(target) + "\"); an evaluation must evaluate"
          + " an intervention the submission names" + suggestions.forId(target, e.id(), ids), "evidence", "evaluates", i);
    }
  }

  private static void checkVolunteering(Volunteering v, int i, Checks checks) {
    if (exceeds(v.surveyRespondents(), v.volunteers())) {
      checks.atIndexed("is " + v.surveyRespondents() + ", more than the " + v.volunteers()
          + " volunteers; the survey's respondents are counted among the volunteers", "evidence", "surveyRespondents", i);
    }
    if (v.satisfactionPercent() != null && v.surveyRespondents() == null) {
      checks.atIndexed("must be given with satisfactionPercent: a satisfaction figure must say how many volunteers"
          + " answered", "evidence", "surveyRespondents", i);
    }
  }

  private static void checkAssetMap(Submission s, AssetMap map, int i, Checks checks) {
    Provenance p = map.provenance();
    if (!map.communityLed() && p != null && p.coProduced()) {
      checks.atIndexed("is false, but provenance.coProduced is true: residents either led the mapping or did not;"
          + " correct one of the two", "evidence", "communityLed", i);
    }
    LocalDate updated = map.lastUpdated();
    if (updated != null && p != null && p.date() != null && updated.isBefore(p.date())) {
      checks.atIndexed("is " + updated + ", before the map's date " + p.date()
          + " (provenance.date); a map cannot have been last updated before it was issued", "evidence", "lastUpdated", i);
    }
    if (updated != null && s.asAt() != null && updated.isAfter(s.asAt())) {
      checks.atIndexed("is in the future: " + updated + " is after the submission's as-at date " + s.asAt(),
          "evidence", "lastUpdated", i);
    }
    Integer wards = s.organisation() == null ? null : s.organisation().wards();
    if (exceeds(map.wardsCovered(), wards)) {
      checks.atIndexed("is " + map.wardsCovered() + ", more than the " + wards
          + " wards in the organisation's area (organisation.wards)", "evidence", "wardsCovered", i);
    }
  }

  private static void checkAssetsProfile(Submission s, NeedsAssetsAssessment assessment, int i, Checks checks) {
    AssetsProfile profile = assessment.assetsProfile();
    Integer wards = s.organisation() == null ? null : s.organisation().wards();
    if (profile == null || wards == null) {
      return;
    }
    int listed = profile.wards().size();
    if (listed > wards) {
      checks.atIndexed("lists " + listed + " wards, more than the " + wards
          + " in the organisation's area (organisation.wards)", "evidence", "assetsProfile", i, "wards");
    }
  }

  /** A report on a financial year: the year must have ended by the as-at date, and the report be dated after it. */
  private static void checkYearReportedOn(Submission s, @Nullable String yearText, @Nullable Provenance p, String property,
      String mustHaveEnded, String writtenAfter, int i, Checks checks) {
    if (checkConsecutive(yearText, property, i, checks)) {
      return;
    }
    Optional<FinancialYear> parsed = FinancialYear.parse(yearText);
    if (parsed.isEmpty()) {
      return;
    }
    FinancialYear year = parsed.get();
    if (s.asAt() != null && year.end().isAfter(s.asAt())) {
      checks.atIndexed("is " + year + ", which ends on " + LONG_DATE.format(year.end()) + ", after the submission's"
          + " as-at date " + s.asAt() + "; " + mustHaveEnded, "evidence", property, i);
      return;
    }
    if (p != null && p.date() != null && p.date().isBefore(year.end())) {
      checks.atIndexed("is " + p.date() + ", before the end of the year it reports on, " + year + " ("
          + LONG_DATE.format(year.end()) + "); " + writtenAfter, "evidence", "provenance", i, "date");
    }
  }

  private static void checkBudgetYear(Submission s, BudgetLine line, int i, Checks checks) {
    if (checkConsecutive(line.financialYear(), "financialYear", i, checks)) {
      return;
    }
    Optional<FinancialYear> year = FinancialYear.parse(line.financialYear());
    // A budget for the coming year is often approved before it starts; one further ahead is a plan, not a budget.
    if (year.isPresent() && s.asAt() != null && year.get().start().isAfter(s.asAt().plusYears(1))) {
      checks.atIndexed("is " + year.get() + ", which starts on " + LONG_DATE.format(year.get().start())
              + ", more than a year after the submission's as-at date " + s.asAt()
              + "; a budget line must be for the current or the coming financial year",
          "evidence", "financialYear", i);
    }
  }

  /** Reports a year written like 2024/26; true when it did. */
  private static boolean checkConsecutive(@Nullable String yearText, String property, int i, Checks checks) {
    if (FinancialYear.isNonConsecutive(yearText)) {
      checks.atIndexed("must be two consecutive years such as 2025/26 (found " + PlainText.excerpt(String.valueOf(yearText)) + ")", "evidence", property, i);
      return true;
    }
    return false;
  }

  private static void checkWaivers(Submission s, Checks checks) {
    Organisation org = s.organisation();
    Map<String, Predecessor> predecessors = new HashMap<>();
    predecessorsByCode(org).forEach((code, p) -> predecessors.putIfAbsent(code.toUpperCase(Locale.ROOT), p));
    List<Waiver> waivers = s.waivers();
    for (int i = 0; i < waivers.size(); i++) {
      Waiver w = waivers.get(i);
      if (w == null) {
        continue;
      }
      if (w.requestedBy() != null && w.approvedBy() != null
          && w.requestedBy().strip().equalsIgnoreCase(w.approvedBy().strip())) {
        checks.atIndexed("must not be the requester (" + PlainText.excerpt(w.requestedBy()) + "): a waiver needs a second person's approval",
            "waivers", "approvedBy", i);
      }
      if (w.approvedOn() != null && w.expires() != null && w.expires().isBefore(w.approvedOn())) {
        checks.atIndexed("must not be before the approval date (" + w.approvedOn() + ")",
            "waivers", "expires", i);
      }
      checkApproverKind(org, predecessors, w, i, checks);
    }
  }

  /** A waiver approved under the organisation's own code (or a predecessor's) was approved by the organisation itself. */
  private static void checkApproverKind(@Nullable Organisation org, Map<String, Predecessor> predecessorsByUpperCode,
      Waiver w, int i, Checks checks) {
    String code = w.approvingOrganisationCode() == null ? null : w.approvingOrganisationCode().strip();
    if (org == null || code == null || w.approverKind() == null || w.approverKind() == AssurerKind.OWN_ORGANISATION) {
      return;
    }
    String whose;
    if (code.equalsIgnoreCase(org.code())) {
      whose = "the submitting organisation's own code";
    } else {
      Predecessor predecessor = predecessorsByUpperCode.get(code.toUpperCase(Locale.ROOT));
      if (predecessor == null) {
        return;
      }
      whose = "the code of one of its predecessors" + (predecessor.name() == null ? "" : " (" + predecessor.name() + ")");
    }
    checks.atIndexed("says the waiver was approved by " + w.approverKind().label() + ", but approvingOrganisationCode "
            + code + " is " + whose + ": a waiver the organisation approved for itself is own-organisation",
        "waivers", "approverKind", i);
  }

  /**
   * "Did you mean" suggestions for unknown evidence ids, at most {@link #LIMIT} per submission: each
   * looks at every id, so an unbounded number would make a large submission quadratic.
   */
  private static final class Suggestions {
    static final int LIMIT = 5;
    static final int MAX_ID = 100;
    private int given;

    String forId(String unknown, @Nullable String exclude, Set<String> ids) {
      // An id longer than any valid one (it has its own violation) would make the edit distance slow.
      if (given >= LIMIT || unknown.length() > MAX_ID) {
        return "";
      }
      given++;
      return Spelling.nearest(unknown, ids)
          .filter(n -> !n.equals(exclude))
          .map(n -> "; did you mean \"" + n + "\"?")
          .orElse("");
    }
  }

  /**
   * Whether a count is larger than the total it is part of. Only when both are given and not
   * negative: a negative count is already reported by its own constraint.
   */
  private static boolean exceeds(@Nullable Integer part, @Nullable Integer whole) {
    return part != null && whole != null && part >= 0 && whole >= 0 && part > whole;
  }

  /**
   * Collects problems with their paths: a path is a list of property names and list indexes, such
   * as {@code [evidence, 3, provenance, date]}, handed to a sink.
   */
  private static final class Checks {
    private final BiConsumer<List<Object>, String> sink;
    private boolean valid = true;

    Checks(BiConsumer<List<Object>, String> sink) {
      this.sink = sink;
    }

    /** A problem at any path. */
    void atPath(List<Object> path, String message) {
      valid = false;
      sink.accept(path, message);
    }

    /** A problem at a plain path such as {@code organisation.code}. */
    void at(String message, String first, String... rest) {
      List<Object> path = new ArrayList<>();
      path.add(first);
      path.addAll(List.of(rest));
      atPath(path, message);
    }

    /** A problem at {@code list[index].property}, e.g. {@code evidence[3].id}. */
    void atIndexed(String message, String list, String property, int index) {
      atPath(List.of(list, index, property), message);
    }

    /** A problem at {@code list[index].object.property}, e.g. {@code evidence[3].provenance.date}. */
    void atIndexed(String message, String list, String object, int index, String property) {
      atPath(List.of(list, index, object, property), message);
    }

    /** A problem at {@code root.list[index].property}, e.g. {@code organisation.predecessors[1].code}. */
    void inNested(String message, String root, String list, int index, String property) {
      atPath(List.of(root, list, index, property), message);
    }
  }

  /** A path as JSON path text: {@code [evidence, 3, id]} is {@code $.evidence[3].id}. */
  static String jsonPath(List<Object> path) {
    StringBuilder out = new StringBuilder("$");
    for (Object node : path) {
      if (node instanceof Integer index) {
        out.append('[').append(index).append(']');
      } else {
        out.append('.').append(node);
      }
    }
    return out.toString();
  }

  /**
   * Adds a problem to Bean Validation's context. In its node API a list index belongs to the node
   * after the list ({@code evidence} then {@code id} at index 3); an index at the end of a path
   * (an item of a list of text) belongs to a bean node.
   */
  private static void addTo(ConstraintValidatorContext context, List<Object> path, String message) {
    ConstraintViolationBuilder builder = context.buildConstraintViolationWithTemplate(escape(message));
    NodeBuilderCustomizableContext open = null;
    NodeBuilderDefinedContext defined = null;
    Integer index = null;
    for (Object node : path) {
      if (node instanceof Integer i) {
        index = i;
        continue;
      }
      String name = (String) node;
      NodeBuilderCustomizableContext next = open != null ? open.addPropertyNode(name)
          : defined != null ? defined.addPropertyNode(name) : builder.addPropertyNode(name);
      if (index != null) {
        defined = next.inIterable().atIndex(index);
        open = null;
        index = null;
      } else {
        open = next;
        defined = null;
      }
    }
    if (index != null && open != null) {
      open.addBeanNode().inIterable().atIndex(index).addConstraintViolation();
    } else if (open != null) {
      open.addConstraintViolation();
    } else if (defined != null) {
      defined.addConstraintViolation();
    } else {
      builder.addConstraintViolation();
    }
  }

  /** Messages are literal text, not templates. */
  private static String escape(String message) {
    return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
  }
}
