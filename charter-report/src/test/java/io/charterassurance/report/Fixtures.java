package io.charterassurance.report;

import io.charterassurance.model.charter.Charter;
import io.charterassurance.model.charter.Clause;
import io.charterassurance.model.evidence.EvidenceSource;
import io.charterassurance.model.evidence.EvidenceStatus;
import io.charterassurance.model.organisation.OrganisationKind;
import io.charterassurance.model.report.BandResult;
import io.charterassurance.model.report.BandThreshold;
import io.charterassurance.model.report.Confidence;
import io.charterassurance.model.report.CriterionStatus;
import io.charterassurance.model.report.EvidenceSummary;
import io.charterassurance.model.report.Finding;
import io.charterassurance.model.report.Report;
import io.charterassurance.model.report.ReportProvenance;
import io.charterassurance.model.report.ReportSubject;
import io.charterassurance.model.io.Violation;
import io.charterassurance.model.report.ScoreLine;
import io.charterassurance.model.report.Tally;
import io.charterassurance.model.report.WaiverOutcome;
import io.charterassurance.model.report.WaiverReview;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Reports built directly from values, so that the renderers can be tested without the rules
 * engine: a builder for findings and a report around them with tallies, principle and call lines
 * and the cited evidence worked out.
 */
final class Fixtures {
  static final LocalDate AS_AT = LocalDate.parse("2026-03-31");
  /** The standard scoring policy's bands, highest first. */
  static final List<BandThreshold> BANDS = List.of(
      new BandThreshold("leading", "Leading", new BigDecimal("80")),
      new BandThreshold("established", "Established", new BigDecimal("60")),
      new BandThreshold("developing", "Developing", new BigDecimal("40")),
      new BandThreshold("emerging", "Emerging", new BigDecimal("20")),
      new BandThreshold("early", "Early", BigDecimal.ZERO));

  private Fixtures() {}

  /** A finding under construction; {@code criterion} should start with a Charter call id, e.g. {@code N1-...}. */
  static FindingBuilder finding(String criterion, CriterionStatus status) {
    return new FindingBuilder(criterion, status);
  }

  /** A waiver review with made-up but plausible particulars. */
  static WaiverReview waiver(WaiverOutcome outcome, String explanation) {
    return new WaiverReview(outcome, explanation, "The partnership is being re-formed after the merger",
        "Chief Executive", "Director of Strategy and Transformation", "NHS North East London Integrated Care Board",
        LocalDate.parse("2025-10-01"), LocalDate.parse("2026-09-30"));
  }

  static final class FindingBuilder {
    private final String criterion;
    private final CriterionStatus status;
    private String title;
    private boolean mandatory;
    private BigDecimal weight = BigDecimal.ONE;
    private @Nullable BigDecimal score;
    private List<String> clauses;
    private List<String> principles = List.of("P1");
    private List<String> evidence = List.of();
    private String reason;
    private List<String> missing = List.of();
    private @Nullable Confidence confidence;
    private List<String> confidenceReasons = List.of();
    private List<String> raiseConfidence = List.of();
    private List<String> history = List.of();
    private @Nullable WaiverReview waiver;

    private FindingBuilder(String criterion, CriterionStatus status) {
      this.criterion = criterion;
      this.status = status;
      this.title = "Title of " + criterion;
      this.clauses = List.of(criterion.substring(0, criterion.indexOf('-') < 0 ? criterion.length() : criterion.indexOf('-')));
      this.reason = "Reason for " + criterion + ".";
      this.score = switch (status) {
        case MET -> new BigDecimal("80.0");
        case PARTIALLY_MET -> new BigDecimal("40.0");
        case NOT_MET, NOT_ASSESSED -> BigDecimal.ZERO;
        case NOT_APPLICABLE, WAIVED -> null;
      };
    }

    FindingBuilder title(String value) {
      title = value;
      return this;
    }

    FindingBuilder mandatory() {
      mandatory = true;
      return this;
    }

    FindingBuilder score(@Nullable String value) {
      score = value == null ? null : new BigDecimal(value);
      return this;
    }

    FindingBuilder clauses(String... ids) {
      clauses = List.of(ids);
      return this;
    }

    FindingBuilder principles(String... ids) {
      principles = List.of(ids);
      return this;
    }

    FindingBuilder evidence(String... ids) {
      evidence = List.of(ids);
      return this;
    }

    FindingBuilder reason(String value) {
      reason = value;
      return this;
    }

    FindingBuilder missing(String... items) {
      missing = List.of(items);
      return this;
    }

    FindingBuilder confidence(Confidence value, String... reasons) {
      confidence = value;
      confidenceReasons = List.of(reasons);
      return this;
    }

    FindingBuilder raise(String... items) {
      raiseConfidence = List.of(items);
      return this;
    }

    FindingBuilder history(String... items) {
      history = List.of(items);
      return this;
    }

    FindingBuilder waiver(WaiverReview value) {
      waiver = value;
      return this;
    }

    Finding build() {
      return new Finding(criterion, title, status, mandatory, weight, score, clauses, principles, evidence, reason,
          missing, confidence, confidenceReasons, raiseConfidence, history, waiver);
    }
  }

  /** An assessed ICB report of these findings, with P1 to P6 (P1 with {@code basis}) and the calls they serve. */
  static Report report(List<Finding> findings, String... basis) {
    return report("NHS Test Integrated Care Board", findings, List.of(basis));
  }

  static Report report(String organisation, List<Finding> findings, List<String> basis) {
    Charter charter = Charter.standard();
    List<ScoreLine> principles = new ArrayList<>();
    for (Clause p : charter.principles()) {
      if (p.id().length() != 2) {
        continue;
      }
      List<Finding> serving = findings.stream().filter(f -> f.principles().contains(p.id())).toList();
      principles.add(line(p.id(), p.title(), serving, p.id().equals("P1") ? basis : List.of()));
    }
    Map<String, List<Finding>> byCall = new TreeMap<>();
    for (Finding f : findings) {
      byCall.computeIfAbsent(charter.topLevelCallOf(f.clauses().get(0)), k -> new ArrayList<>()).add(f);
    }
    List<ScoreLine> calls = new ArrayList<>();
    for (Clause call : charter.calls()) {
      List<Finding> serving = byCall.getOrDefault(call.id(), List.of());
      calls.add(line(call.id(), call.title(), serving, List.of()));
    }
    Set<String> cited = new LinkedHashSet<>();
    findings.forEach(f -> cited.addAll(f.evidence()));
    List<EvidenceSummary> evidence = cited.stream().sorted()
        .map(id -> new EvidenceSummary(id, "community-development-strategy", "Evidence " + id,
            LocalDate.parse("2025-06-01"), EvidenceStatus.APPROVED, EvidenceSource.ORGANISATION,
            "https://example.org/" + id, null))
        .toList();
    BigDecimal overall = new BigDecimal("61.5");
    return new Report(Report.FORMAT, new ReportSubject("QMF", organisation, OrganisationKind.ICB, List.of()),
        overall, new BandResult("established", "Established", new BigDecimal("60"), "established", "Established",
            List.of(), BANDS),
        tally(findings), principles, calls, findings, evidence, List.of(), provenance(AS_AT));
  }

  /** A report of a submission that could not be assessed. */
  static Report invalid() {
    return new Report(Report.FORMAT, new ReportSubject("QMF", "NHS Test Integrated Care Board", OrganisationKind.ICB,
        List.of()), null, null, new Tally(0, 0, 0, 0, 0, 0), List.of(), List.of(), List.of(), List.of(),
        List.of(Violation.at("submission", "$.waivers[0].approvedBy", "must not be the requester")), provenance(AS_AT));
  }

  private static ScoreLine line(String id, String title, List<Finding> serving, List<String> basis) {
    Tally tally = tally(serving);
    BigDecimal score = tally.counted() == 0 ? null : new BigDecimal("55.0");
    return new ScoreLine(id, title, score, BigDecimal.valueOf(tally.counted()), tally, basis);
  }

  private static Tally tally(List<Finding> findings) {
    int[] n = new int[CriterionStatus.values().length];
    findings.forEach(f -> n[f.status().ordinal()]++);
    return new Tally(n[CriterionStatus.MET.ordinal()], n[CriterionStatus.PARTIALLY_MET.ordinal()],
        n[CriterionStatus.NOT_MET.ordinal()], n[CriterionStatus.NOT_ASSESSED.ordinal()],
        n[CriterionStatus.NOT_APPLICABLE.ordinal()], n[CriterionStatus.WAIVED.ordinal()]);
  }

  private static ReportProvenance provenance(@Nullable LocalDate asAt) {
    return new ReportProvenance("2014", "a".repeat(64), "test-rules", "b".repeat(64), "test-policy", "c".repeat(64),
        "d".repeat(64), "0.1.0-test", asAt);
  }
}
