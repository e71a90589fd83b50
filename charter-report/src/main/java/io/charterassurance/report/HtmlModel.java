package io.charterassurance.report;

import io.charterassurance.model.charter.Charter;
import io.charterassurance.model.charter.Clause;
import io.charterassurance.model.evidence.EvidenceSource;
import io.charterassurance.model.evidence.EvidenceStatus;
import io.charterassurance.model.report.BandResult;
import io.charterassurance.model.report.BandThreshold;
import io.charterassurance.model.report.Confidence;
import io.charterassurance.model.report.CriterionStatus;
import io.charterassurance.model.report.EvidenceSummary;
import io.charterassurance.model.report.Finding;
import io.charterassurance.model.report.BandPath;
import io.charterassurance.model.report.NextStep;
import io.charterassurance.model.report.NextSteps;
import io.charterassurance.model.report.Report;
import io.charterassurance.model.report.ScoreInterval;
import io.charterassurance.model.report.Timeline;
import io.charterassurance.model.report.ReportProvenance;
import io.charterassurance.model.report.ReportSubject;
import io.charterassurance.model.report.ScoreLine;
import io.charterassurance.model.report.Tally;
import io.charterassurance.model.report.WaiverReview;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The view model of the HTML report: every number, label, width and anchor the templates show,
 * worked out here so that the templates hold no logic.
 *
 * <p>Values are plain text; the templates escape them. Optional parts are lists of zero or one
 * element so that a template section shows them or not. Anchors are built from positions, never
 * from submitted text, so they are always valid and unique.
 */
final class HtmlModel {
  /** The gridlines and labels of the chart's scale, in points out of 100. */
  private static final List<Integer> TICKS = List.of(0, 25, 50, 75, 100);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final DateTimeFormatter PEOPLE_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
  private static final int PRIORITIES = 5;
  private static final Pattern WEB_ADDRESS =
      Pattern.compile("(?i)https?://[^\\s\\p{Cntrl}\\\\/?#@]+(?:[/?#][^\\s\\p{Cntrl}\\\\]*)?");
  private static final Pattern ANCHOR_SAFE = Pattern.compile("[A-Za-z0-9]+");

  private HtmlModel() {}

  /** The whole page. */
  record Page(String title, String heading, boolean several, List<TocEntry> contents, List<ReportView> reports) {}

  /** One line of the table of contents. */
  record TocEntry(String href, String name, String outcome) {}

  /** One report's section. */
  record ReportView(
      String id,
      String heading,
      List<Fact> facts,
      boolean assessed,
      List<Link> sections,
      List<BandView> band,
      List<Scores> scores,
      boolean hasPriorities,
      List<Priority> priorities,
      boolean hasGroups,
      List<CallGroup> groups,
      boolean hasExcluded,
      List<ExcludedRow> excluded,
      boolean hasEvidence,
      List<EvidenceView> evidence,
      List<ViolationRow> violations,
      List<Fact> provenance,
      List<SignOff> signOff, List<ForesightView> foresight) {
    static ReportView invalid(String id, String heading, List<Fact> facts, List<Link> sections,
        List<ViolationRow> violations, List<Fact> provenance) {
      return new ReportView(id, heading, facts, false, sections, List.of(), List.of(), false, List.of(), false,
          List.of(), false, List.of(), false, List.of(), violations, provenance, List.of(), List.of());
    }
  }

  /**
   * The block an assessor completes by hand on a printed copy: labelled blank lines, not form
   * fields, so that the page never submits anything.
   */
  record SignOff(String heading, List<SignOffLine> lines) {}

  /** One labelled line of the sign-off, with what to write on it when the label does not say. */
  record SignOffLine(String label, List<String> hint, String css) {}

  /** What is unknown, what was set aside, what it would take, and how the score ages. */
  record ForesightView(List<IntervalView> interval, boolean hasNotices, List<String> notices,
      List<NextStepsView> nextSteps, List<TimelineView> timeline) {}

  /** The interval the unknowns allow. */
  record IntervalView(String lowest, String highest, String bands, boolean certain, String summary,
      boolean hasUnknowns, List<String> unknowns) {}

  /** The paths to the next and the top band. */
  record NextStepsView(String summary, List<PathView> paths, List<String> notes) {}

  /** One path, verified. */
  record PathView(String heading, String summary, boolean reached, List<StepView> steps) {}

  /** One step of a path. */
  record StepView(int number, String kind, String css, String criterion, String title, String clauses, String change,
      String before, String after, String added, String scoreAfter, String bandAfter) {}

  /** The month-by-month timeline. */
  record TimelineView(String caption, List<TimelineRow> rows, boolean hasAgeing, List<AgeingRow> ageing) {}

  /** One month of the timeline. */
  record TimelineRow(DateView date, String score, String band) {}

  /** When one item falls due and goes stale. */
  record AgeingRow(String evidence, String kind, String due, String stale) {}

  /** The chart and tables of scores, with how each principle's score was reached. */
  record Scores(ChartView chart, ScoreTable principles, boolean hasBasis, List<BasisView> basis, ScoreTable calls) {}

  /** The sentences that say how one principle's score was reached. */
  record BasisView(String principle, String title, List<String> sentences) {}

  /** A labelled value, for the subject's and the provenance's facts. */
  record Fact(String label, String value, List<DateView> date, boolean code) {
    static Fact text(String label, String value) {
      return new Fact(label, value, List.of(), false);
    }

    static Fact code(String label, String value) {
      return new Fact(label, value, List.of(), true);
    }

    static Fact date(String label, LocalDate date) {
      return new Fact(label, "", List.of(DateView.of(date)), false);
    }
  }

  /** A date as machine-readable ISO and as people read it in the UK. */
  record DateView(String iso, String text) {
    static DateView of(LocalDate date) {
      return new DateView(date.toString(), PEOPLE_DATE.format(date));
    }
  }

  /** A link within the page. */
  record Link(String href, String text) {}

  /** The readiness band and overall score. */
  record BandView(String label, String overall, String tally, String confidence, List<CapView> capped,
      List<Legend> legend) {}

  /** The scoring policy's bands with their thresholds, the one this report reached marked in words. */
  record Legend(String caption, List<LegendRow> rows) {}

  /** One band of the legend: its name, the overall scores it takes and whether this report is in it. */
  record LegendRow(String label, String range, List<String> marker, boolean reached) {}

  /** Why the band was lowered from the one the score alone reaches. */
  record CapView(String uncapped, List<String> reasons) {}

  /**
   * The bar chart of scores per principle. Its words are HTML text, so they keep the page's size
   * and wrap at any width; only the bars and gridlines are SVG, drawn in percentages of the width
   * they are given, so nothing in the chart is scaled down on a narrow screen.
   */
  record ChartView(String titleId, String descId, String title, String description, List<Tick> ticks,
      List<Bar> bars) {}

  /** A point of the scale: a gridline at {@code x} (a percentage) and its label, placed by {@code css}. */
  record Tick(String x, String label, String css) {}

  /** One principle's bar: label above, bar (when scored, its width a percentage) and value beside it. */
  record Bar(String label, List<String> width, boolean unscored, String value) {}

  /** A table of score lines (principles or calls). */
  record ScoreTable(String key, String caption, String firstColumn, List<ScoreRow> rows) {}

  /** One score line as a table row. */
  record ScoreRow(String id, String title, String score, String counted, int met, int partiallyMet, int notMet,
      int notAssessed, int excluded) {}

  /** A finding that matters most, linked to where it is shown. */
  record Priority(String href, String criterion, String title, StatusView status, ConfidenceView confidence,
      boolean mandatory) {}

  /** A criterion status as text, with a class for its colour. */
  record StatusView(String label, String css) {
    static StatusView of(CriterionStatus status) {
      return new StatusView(status.label(), "status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
  }

  /** The confidence in a finding's evidence as text, with a class for its colour. */
  record ConfidenceView(String label, String css) {
    static ConfidenceView of(@Nullable Confidence confidence) {
      return confidence == null
          ? new ConfidenceView("Confidence: none, no evidence relied on", "confidence-none")
          : new ConfidenceView("Confidence: " + confidence.label(),
              "confidence-" + confidence.name().toLowerCase(Locale.ROOT));
    }
  }

  /** A waiver a submission asked for and what became of it, whether or not it applied. */
  record WaiverView(String outcome, String css, String explanation, String reason, String requestedBy,
      String approvedBy, String approvingOrganisation, DateView approvedOn, DateView expires) {
    static List<WaiverView> of(@Nullable WaiverReview waiver) {
      if (waiver == null) {
        return List.of();
      }
      return List.of(new WaiverView(waiver.outcome().label().toLowerCase(Locale.ROOT),
          "waiver-" + waiver.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'), waiver.explanation(),
          waiver.reason(), waiver.requestedBy(), waiver.approvedBy(), waiver.approvingOrganisation(),
          DateView.of(waiver.approvedOn()), DateView.of(waiver.expires())));
    }
  }

  /** The findings under one Charter call, with the call's words. */
  record CallGroup(String id, String heading, List<String> callText, List<FindingView> findings) {}

  /** One counted finding in full. */
  record FindingView(
      String id, String criterion, String title, StatusView status, ConfidenceView confidence, boolean mandatory,
      String score, String weight, String clauses, String principles, List<ClauseQuote> clauseText, String reason,
      boolean hasConfidenceReasons, List<String> confidenceReasons, boolean hasMissing, List<String> missing,
      boolean hasRaiseConfidence, List<String> raiseConfidence, boolean hasEvidence, List<CitedEvidence> evidence,
      boolean hasHistory, List<String> history, List<WaiverView> waiver) {}

  /** The words of the sub-clause a finding serves (an A6 commitment, say). */
  record ClauseQuote(String id, String text) {}

  /** An evidence item as a finding cites it: a link to it in the evidence list, when it is there. */
  record CitedEvidence(String id, List<Link> link, String title, String detail) {}

  /** A not-applicable or waived criterion, shown compactly. */
  record ExcludedRow(String criterion, String title, StatusView status, boolean mandatory, String call,
      String reason, List<WaiverView> waiver) {}

  /** One evidence item in the evidence list. */
  record EvidenceView(
      String anchor, String id, String title, String kind, DateView date, String status, String source,
      List<String> producedBy, List<String> link, List<String> unlinkedUrl) {}

  /** A problem that stopped the assessment. */
  record ViolationRow(String path, String message) {}

  /**
   * The page around the reports' sections, for the contents of every report: its title and
   * heading, and a table of contents when there are several. The reports themselves are rendered
   * one by one ({@link #report}) and written after the page's opening, so {@code reports} is empty.
   */
  static Page page(List<TocEntry> contents) {
    if (contents.isEmpty()) {
      throw new IllegalArgumentException("a page needs at least one report");
    }
    boolean several = contents.size() > 1;
    if (several) {
      return new Page("Charter readiness reports for " + contents.size() + " organisations",
          "Charter readiness reports", true, List.copyOf(contents), List.of());
    }
    return new Page("Charter readiness report: " + contents.get(0).name(), "Charter readiness report", false, List.of(),
        List.of());
  }

  /** The anchor of the {@code position}th report on a page, counted from 1. */
  static String reportId(int position) {
    return "report-" + position;
  }

  /** The line of the table of contents for a report and its section. */
  static TocEntry entry(Report report, ReportView view) {
    return new TocEntry("#" + view.id(), view.heading(), outcome(report));
  }

  static String outcome(Report report) {
    if (!report.isAssessed()) {
      return "not assessed: the submission has " + plural(report.violations().size(), "problem");
    }
    BandResult band = report.band();
    String label = band == null ? "no band" : band.label();
    return label + ", " + scoreOf(report.overall());
  }

  /** One report's section, from a printable report and file name ({@code ""} when unknown), anchored at {@code id}. */
  static ReportView report(Report report, String source, String id, Charter charter) {
    ReportSubject subject = report.subject();
    String heading = subject != null ? subject.name() : "A submission that names no organisation";
    List<Fact> facts = new ArrayList<>();
    if (subject != null) {
      facts.add(Fact.text("Kind of organisation", subject.kind().label()));
      facts.add(Fact.code(subject.kind().codeScheme().label(), subject.code()));
      if (!subject.predecessors().isEmpty()) {
        facts.add(Fact.code("Predecessors whose evidence counted", String.join(", ", subject.predecessors())));
      }
    }
    LocalDate asAt = report.provenance().asAt();
    if (asAt != null) {
      facts.add(Fact.date(report.isAssessed() ? "Assessed as at" : "As at (as submitted)", asAt));
    }
    if (!source.isEmpty()) {
      facts.add(Fact.code("Submission file", source));
    }

    if (!report.isAssessed()) {
      List<ViolationRow> violations = report.violations().stream()
          .map(v -> new ViolationRow(v.path(), v.message()))
          .toList();
      List<Link> sections = List.of(
          new Link("#" + id + "-problems", "Problems with the submission"),
          new Link("#" + id + "-provenance", "How this report was made"));
      return ReportView.invalid(id, heading, facts, sections, violations, provenance(report.provenance()));
    }

    Map<String, Integer> evidenceIndex = new HashMap<>();
    List<EvidenceView> evidence = new ArrayList<>();
    for (int i = 0; i < report.evidence().size(); i++) {
      EvidenceSummary e = report.evidence().get(i);
      String anchor = id + "-evidence-" + (i + 1);
      evidenceIndex.putIfAbsent(e.id(), i);
      evidence.add(evidence(e, anchor));
    }

    List<Priority> priorities = new ArrayList<>();
    Map<String, List<FindingView>> byCall = new LinkedHashMap<>();
    List<ExcludedRow> excluded = new ArrayList<>();
    for (int i = 0; i < report.findings().size(); i++) {
      Finding f = report.findings().get(i);
      String anchor = id + "-finding-" + (i + 1);
      String call = callOf(f, charter);
      if (!f.status().isCounted()) {
        excluded.add(new ExcludedRow(f.criterion(), f.title(), StatusView.of(f.status()), f.mandatory(), call,
            f.reason(), WaiverView.of(f.waiver())));
        continue;
      }
      if (f.status() != CriterionStatus.MET && priorities.size() < PRIORITIES) {
        priorities.add(new Priority("#" + anchor, f.criterion(), f.title(), StatusView.of(f.status()),
            ConfidenceView.of(f.confidence()), f.mandatory()));
      }
      byCall.computeIfAbsent(call, k -> new ArrayList<>())
          .add(finding(f, anchor, call, charter, report.evidence(), evidenceIndex, id));
    }

    List<CallGroup> groups = new ArrayList<>();
    List<String> calls = callOrder(byCall.keySet(), charter);
    for (int i = 0; i < calls.size(); i++) {
      String call = calls.get(i);
      Optional<Clause> clause = charter.find(call);
      String groupHeading = clause.map(c -> c.id() + " " + c.title())
          .orElse(call.isEmpty() ? "Not filed under a Charter call" : call);
      List<String> text = clause.map(c -> List.of(c.text())).orElse(List.of());
      String anchor = id + "-call-" + (ANCHOR_SAFE.matcher(call).matches() ? call : "other-" + (i + 1));
      groups.add(new CallGroup(anchor, groupHeading, text, byCall.get(call)));
    }

    List<Link> sections = new ArrayList<>();
    sections.add(new Link("#" + id + "-band", "Readiness band"));
    if (report.interval() != null || report.nextSteps() != null || report.timeline() != null || !report.notices().isEmpty()) {
      sections.add(new Link("#" + id + "-foresight", "What is unknown, and what it would take"));
    }
    sections.add(new Link("#" + id + "-principles", "Score per principle"));
    sections.add(new Link("#" + id + "-calls", "Score per call"));
    if (!groups.isEmpty()) {
      sections.add(new Link("#" + id + "-findings", "Findings by Charter call"));
    }
    if (!excluded.isEmpty()) {
      sections.add(new Link("#" + id + "-excluded", "Not applicable or waived"));
    }
    if (!evidence.isEmpty()) {
      sections.add(new Link("#" + id + "-evidence", "Evidence cited"));
    }
    sections.add(new Link("#" + id + "-provenance", "How this report was made"));
    sections.add(new Link("#" + id + "-sign-off", "Sign-off"));

    List<BasisView> basis = report.principles().stream()
        .filter(l -> !l.basis().isEmpty())
        .map(l -> new BasisView(l.id(), l.title(), l.basis()))
        .toList();
    Scores scores = new Scores(chart(report, id),
        new ScoreTable("principles", "Score per Charter principle, out of 100", "Principle", rows(report.principles())),
        !basis.isEmpty(), basis,
        new ScoreTable("calls", "Score per Charter call, out of 100", "Call", rows(report.calls())));
    return new ReportView(id, heading, facts, true, sections, band(report), List.of(scores),
        !priorities.isEmpty(), priorities, !groups.isEmpty(), groups, !excluded.isEmpty(), excluded,
        !evidence.isEmpty(), evidence, List.of(), provenance(report.provenance()), List.of(signOff(heading)), foresight(report));
  }

  /** The sign-off block of an assessed report: who signs, in what role, when, and what they decided. */
  private static SignOff signOff(String heading) {
    return new SignOff("Sign-off of the report on " + heading, List.of(
        new SignOffLine("Assessor", List.of("name"), "line"),
        new SignOffLine("Role", List.of("in the assurance team or board"), "line"),
        new SignOffLine("Date", List.of(), "line"),
        new SignOffLine("Decision", List.of("for example: accepted; accepted with actions; returned for more evidence"),
            "line decision"),
        new SignOffLine("Signature", List.of(), "line")));
  }

  private static List<ForesightView> foresight(Report report) {
    List<IntervalView> interval = new ArrayList<>();
    ScoreInterval i = report.interval();
    if (i != null) {
      String bands = i.bandCertain() ? i.lowestBandLabel() : i.lowestBandLabel() + " to " + i.highestBandLabel();
      String summary = i.unknowns().isEmpty()
          ? "Every counted criterion is assessed and none rests on evidence of low confidence, so the score is known exactly."
          : "If the unknowns turned out worst the score would be " + scoreOf(i.lowest()) + ", if best "
              + scoreOf(i.highest()) + (i.bandCertain() ? "; the band is " + i.lowestBandLabel() + " either way: it is certain."
                  : "; the band could be " + bands + ": it is not certain.");
      interval.add(new IntervalView(scoreOf(i.lowest()), scoreOf(i.highest()), bands, i.bandCertain(), summary,
          !i.unknowns().isEmpty(), i.unknowns()));
    }
    List<NextStepsView> next = new ArrayList<>();
    NextSteps n = report.nextSteps();
    if (n != null) {
      List<PathView> paths = new ArrayList<>();
      for (BandPath p : n.paths()) {
        List<StepView> steps = new ArrayList<>();
        int k = 1;
        for (NextStep st : p.steps()) {
          steps.add(new StepView(k++, st.kind().label(), "change-" + st.kind().name().toLowerCase(Locale.ROOT), st.criterion(),
              st.title(), String.join(", ", st.clauses()), st.change(), TextRenderer.judged(st.statusBefore(), st.confidenceBefore()),
              TextRenderer.judged(st.statusAfter(), st.confidenceAfter()),
              (st.scoreAdded().signum() >= 0 ? "+" : "") + scoreOf(st.scoreAdded()), scoreOf(st.scoreAfter()), st.bandAfter()));
        }
        String summary = plural(p.steps().size(), "step") + " (" + p.paperwork() + " paperwork, " + p.practice() + " practice). "
            + (p.reached() ? "Re-assessed with every step applied, the submission scores " + scoreOf(p.score()) + ", band "
                + p.reachedBand() + "."
                : "Not reached by the changes the search can make; re-assessed with these steps it scores "
                    + scoreOf(p.score()) + ", band " + p.reachedBand() + ".");
        paths.add(new PathView("To reach " + p.bandLabel(), summary, p.reached(), steps));
      }
      next.add(new NextStepsView("From " + n.band() + " at " + scoreOf(n.score()) + ".", paths, n.notes()));
    }
    List<TimelineView> timeline = new ArrayList<>();
    Timeline t = report.timeline();
    if (t != null) {
      List<TimelineRow> rows = t.points().stream()
          .map(p -> new TimelineRow(DateView.of(p.date()), scoreOf(p.score()), p.bandLabel())).toList();
      List<AgeingRow> ageing = t.ageing().stream()
          .map(a -> new AgeingRow(a.evidence(), a.kind(), a.dueFrom() == null ? "never" : PEOPLE_DATE.format(a.dueFrom()),
              a.staleFrom() == null ? "never" : PEOPLE_DATE.format(a.staleFrom())))
          .toList();
      timeline.add(new TimelineView("Score and band month by month for " + plural(t.months(), "month")
          + " if nothing is refreshed", rows, !ageing.isEmpty(), ageing));
    }
    if (interval.isEmpty() && next.isEmpty() && timeline.isEmpty() && report.notices().isEmpty()) {
      return List.of();
    }
    return List.of(new ForesightView(interval, !report.notices().isEmpty(), report.notices(), next, timeline));
  }

  private static List<BandView> band(Report report) {
    BandResult band = report.band();
    String label = band == null ? "No band" : band.label();
    List<CapView> capped = band != null && band.isCapped()
        ? List.of(new CapView(band.uncappedLabel(), band.cappedBy()))
        : List.of();
    return List.of(new BandView(label, scoreOf(report.overall()), tally(report.tally()),
        confidenceTally(report.findings()), capped, legend(band, report.provenance().scoringPolicy())));
  }

  /**
   * The policy's bands, highest first, each with the overall scores it takes ("60 to under 80");
   * the band reached, and the one the score alone reaches when a limiter capped it, are marked in
   * words. None when the report does not carry the bands.
   */
  private static List<Legend> legend(@Nullable BandResult band, String policy) {
    if (band == null || band.bands().isEmpty()) {
      return List.of();
    }
    List<LegendRow> rows = new ArrayList<>();
    BigDecimal above = null;
    for (BandThreshold t : band.bands()) {
      String range = decimal(t.minimum()) + (above == null ? " to 100" : " to under " + decimal(above));
      List<String> marker = new ArrayList<>();
      if (t.id().equals(band.id())) {
        marker.add("this report's band");
      }
      if (band.isCapped() && t.id().equals(band.uncapped())) {
        marker.add("the band the score alone reaches");
      }
      rows.add(new LegendRow(t.label(), range, marker.isEmpty() ? List.of() : List.of(String.join("; ", marker)),
          t.id().equals(band.id())));
      above = t.minimum();
    }
    return List.of(new Legend("Readiness bands under the scoring policy " + policy
        + ", by the overall score out of 100", rows));
  }

  /** How many counted criteria have each confidence in their evidence, in a sentence. */
  private static String confidenceTally(List<Finding> findings) {
    Map<Confidence, Integer> counts = new EnumMap<>(Confidence.class);
    int counted = 0;
    int none = 0;
    for (Finding f : findings) {
      if (!f.status().isCounted()) {
        continue;
      }
      counted++;
      Confidence c = f.confidence();
      if (c == null) {
        none++;
      } else {
        counts.merge(c, 1, Integer::sum);
      }
    }
    List<String> parts = new ArrayList<>();
    for (Confidence c : Confidence.values()) {
      parts.add(counts.getOrDefault(c, 0) + " " + c.label().toLowerCase(Locale.ROOT));
    }
    return "Confidence in the evidence for the " + plural(counted, "counted criterion", "counted criteria") + ": "
        + String.join(", ", parts) + "; " + none + " with no evidence relied on.";
  }

  private static String tally(Tally t) {
    String counted = plural(t.counted(), "criterion", "criteria") + " counted: " + t.met() + " met, "
        + t.partiallyMet() + " partially met, " + t.notMet() + " not met, " + t.notAssessed() + " not assessed.";
    return counted + " Left out of the score: " + t.notApplicable() + " not applicable, " + t.waived() + " waived.";
  }

  private static ChartView chart(Report report, String id) {
    List<Bar> bars = new ArrayList<>();
    List<String> described = new ArrayList<>();
    for (ScoreLine line : report.principles()) {
      String label = line.id() + " " + line.title();
      BigDecimal score = line.score();
      List<String> width = score == null ? List.of() : List.of(percent(clamp(score)));
      String value = score == null ? "no score" : points(score);
      bars.add(new Bar(label, width, score == null, value));
      described.add(label + ": " + value);
    }
    List<Tick> ticks = TICKS.stream()
        .map(t -> new Tick(t + "%", Integer.toString(t), "tick tick-" + t))
        .toList();
    String title = "Score per Charter principle, out of 100";
    String description = "Bar chart. " + String.join("; ", described)
        + ". The same numbers are in the table that follows.";
    return new ChartView(id + "-chart-title", id + "-chart-desc", title, description, ticks, bars);
  }

  /** A score out of 100 as a percentage of the chart's width, to one decimal place: {@code 45.2%}. */
  static String percent(BigDecimal score) {
    return decimal(score.setScale(1, RoundingMode.HALF_UP)) + "%";
  }

  private static List<ScoreRow> rows(List<ScoreLine> lines) {
    return lines.stream()
        .map(l -> new ScoreRow(l.id(), l.title(), scoreOf(l.score()), decimal(l.countedWeight()), l.tally().met(),
            l.tally().partiallyMet(), l.tally().notMet(), l.tally().notAssessed(),
            l.tally().notApplicable() + l.tally().waived()))
        .toList();
  }

  private static FindingView finding(Finding f, String anchor, String call, Charter charter,
      List<EvidenceSummary> evidence, Map<String, Integer> evidenceIndex, String reportId) {
    List<String> subClauses = f.clauses().stream().filter(c -> !c.equals(call)).toList();
    List<ClauseQuote> quotes = subClauses.size() == 1
        ? charter.find(subClauses.get(0)).map(c -> List.of(new ClauseQuote(c.id(), c.text()))).orElse(List.of())
        : List.of();
    List<CitedEvidence> cited = new ArrayList<>();
    for (String evidenceId : f.evidence()) {
      Integer index = evidenceIndex.get(evidenceId);
      if (index == null) {
        cited.add(new CitedEvidence(evidenceId, List.of(), "", "not in the evidence list"));
        continue;
      }
      EvidenceSummary e = evidence.get(index);
      cited.add(new CitedEvidence(evidenceId, List.of(new Link("#" + reportId + "-evidence-" + (index + 1), e.title())),
          e.title(), statusLabel(e.status()) + ", " + PEOPLE_DATE.format(e.date())));
    }
    return new FindingView(anchor, f.criterion(), f.title(), StatusView.of(f.status()),
        ConfidenceView.of(f.confidence()), f.mandatory(), scoreOf(f.score()), decimal(f.weight()),
        String.join(", ", f.clauses()), String.join(", ", f.principles()), quotes, f.reason(),
        !f.confidenceReasons().isEmpty(), f.confidenceReasons(), !f.missing().isEmpty(), f.missing(),
        !f.raiseConfidence().isEmpty(), f.raiseConfidence(), !cited.isEmpty(), cited,
        !f.history().isEmpty(), f.history(), WaiverView.of(f.waiver()));
  }

  private static EvidenceView evidence(EvidenceSummary e, String anchor) {
    String url = e.url();
    List<String> link = List.of();
    List<String> unlinked = List.of();
    if (url != null) {
      if (isWebAddress(url)) {
        link = List.of(url);
      } else {
        unlinked = List.of(url);
      }
    }
    List<String> producedBy = e.producedBy() == null ? List.of() : List.of(e.producedBy());
    return new EvidenceView(anchor, e.id(), e.title(), e.kind(), DateView.of(e.date()), statusLabel(e.status()),
        sourceLabel(e.source()), producedBy, link, unlinked);
  }

  private static List<Fact> provenance(ReportProvenance p) {
    List<Fact> facts = new ArrayList<>();
    facts.add(Fact.text("Charter version", p.charterVersion()));
    facts.add(Fact.code("Charter text SHA-256", p.charterHash()));
    facts.add(Fact.text("Rule set version", p.ruleSetVersion()));
    facts.add(Fact.code("Rule set SHA-256", p.ruleSetHash()));
    facts.add(Fact.text("Scoring policy", p.scoringPolicy()));
    facts.add(Fact.code("Scoring policy SHA-256", p.scoringPolicyHash()));
    facts.add(Fact.code("Submission digest (SHA-256)", p.submissionDigest()));
    facts.add(Fact.text("Charter Assurance version", p.libraryVersion()));
    LocalDate asAt = p.asAt();
    facts.add(asAt == null ? Fact.text("As at", "not given") : Fact.date("As at", asAt));
    return facts;
  }

  /** The top-level Charter call a finding is filed under: that of its first clause. */
  private static String callOf(Finding f, Charter charter) {
    if (f.clauses().isEmpty()) {
      return "";
    }
    String first = f.clauses().get(0);
    return charter.find(first).isPresent() ? charter.topLevelCallOf(first) : first;
  }

  /** Calls in the Charter's order; ids the Charter does not know after them, sorted. */
  private static List<String> callOrder(Collection<String> calls, Charter charter) {
    Map<String, Integer> position = new HashMap<>();
    List<Clause> clauses = charter.clauses();
    for (int i = 0; i < clauses.size(); i++) {
      position.put(clauses.get(i).id(), i);
    }
    return calls.stream()
        .sorted((a, b) -> {
          int pa = position.getOrDefault(a, Integer.MAX_VALUE);
          int pb = position.getOrDefault(b, Integer.MAX_VALUE);
          return pa != pb ? Integer.compare(pa, pb) : a.compareTo(b);
        })
        .toList();
  }

  /**
   * Whether a URL is an http or https address with a host and no spaces, control characters or
   * backslashes, and so safe to link to (the template escapes it in the attribute). An address
   * that held a character {@link Printable} escapes has a backslash, and is shown as text.
   */
  static boolean isWebAddress(String url) {
    return WEB_ADDRESS.matcher(url).matches();
  }

  private static String statusLabel(EvidenceStatus status) {
    return switch (status) {
      case DRAFT -> "Draft";
      case NOTED -> "Noted";
      case APPROVED -> "Approved";
      case PUBLISHED -> "Published";
    };
  }

  private static String sourceLabel(EvidenceSource source) {
    return switch (source) {
      case ORGANISATION -> "The organisation itself";
      case COMMUNITY -> "The community (residents or the VCSE sector)";
      case INDEPENDENT -> "An independent assessor";
    };
  }

  private static String scoreOf(@Nullable BigDecimal score) {
    return score == null ? "no score" : points(score) + " out of 100";
  }

  private static String points(BigDecimal score) {
    return score.setScale(1, RoundingMode.HALF_UP).toPlainString();
  }

  private static String decimal(BigDecimal value) {
    return value.stripTrailingZeros().scale() <= 0
        ? value.setScale(0, RoundingMode.UNNECESSARY).toPlainString()
        : value.stripTrailingZeros().toPlainString();
  }

  private static BigDecimal clamp(BigDecimal score) {
    return score.max(BigDecimal.ZERO).min(HUNDRED);
  }

  private static String plural(int n, String one) {
    return plural(n, one, one + "s");
  }

  private static String plural(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
