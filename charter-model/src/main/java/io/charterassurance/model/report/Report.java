package io.charterassurance.model.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import io.charterassurance.model.io.Violation;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A readiness report: the outcome of assessing one submission.
 *
 * <p>A report for an invalid submission has {@code violations} and no scores, band or findings.
 *
 * @param format the report format version, {@value #FORMAT}
 * @param subject the organisation assessed; absent when an invalid submission does not name one
 * @param overall the overall score, 0 to 100; absent when the submission was invalid or nothing
 *     was counted
 * @param band the readiness band; absent when the submission was invalid
 * @param tally all criteria by status
 * @param principles scores per Charter principle, in Charter order
 * @param calls scores per Charter call, in Charter order
 * @param findings one per criterion in the catalogue, most important first
 * @param evidence the submission's evidence items that findings cite, sorted by id
 * @param violations problems with the submission that stopped it being assessed
 * @param provenance what the report was computed from
 * @param interval the lowest and highest score and band the missing and low-confidence evidence
 *     allows; absent when the submission was invalid
 * @param nextSteps what it would take to reach the next and the top band; present only when asked
 *     for (it re-assesses many hypothetical variants)
 * @param timeline how the score falls as evidence ages; present only when asked for
 * @param notices what the assessment set aside and why (evidence dated after an as-at date given
 *     for a re-assessment); empty otherwise (written as an empty list, as every key is written)
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Report(
    String format,
    @Nullable ReportSubject subject,
    @Nullable BigDecimal overall,
    @Nullable BandResult band,
    Tally tally,
    List<ScoreLine> principles,
    List<ScoreLine> calls,
    List<Finding> findings,
    List<EvidenceSummary> evidence,
    List<Violation> violations,
    ReportProvenance provenance,
    @Nullable ScoreInterval interval,
    @Nullable NextSteps nextSteps,
    @Nullable Timeline timeline,
    List<String> notices) {

  /** The report format version written by this library. */
  public static final String FORMAT = "charter-assurance-report/1";

  @JsonCreator
  public Report {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(tally, "tally");
    Objects.requireNonNull(provenance, "provenance");
    principles = List.copyOf(principles);
    calls = List.copyOf(calls);
    findings = List.copyOf(findings);
    evidence = List.copyOf(evidence);
    violations = List.copyOf(violations);
    notices = notices == null ? List.of() : List.copyOf(notices);
  }

  /** A report without an interval, next steps, timeline or notices. */
  public Report(
      String format,
      @Nullable ReportSubject subject,
      @Nullable BigDecimal overall,
      @Nullable BandResult band,
      Tally tally,
      List<ScoreLine> principles,
      List<ScoreLine> calls,
      List<Finding> findings,
      List<EvidenceSummary> evidence,
      List<Violation> violations,
      ReportProvenance provenance) {
    this(format, subject, overall, band, tally, principles, calls, findings, evidence, violations, provenance,
        null, null, null, List.of());
  }

  /** This report with its interval. */
  public Report withInterval(@Nullable ScoreInterval value) {
    return new Report(format, subject, overall, band, tally, principles, calls, findings, evidence, violations,
        provenance, value, nextSteps, timeline, notices);
  }

  /** This report with the path to the next and top band. */
  public Report withNextSteps(@Nullable NextSteps value) {
    return new Report(format, subject, overall, band, tally, principles, calls, findings, evidence, violations,
        provenance, interval, value, timeline, notices);
  }

  /** This report with its timeline. */
  public Report withTimeline(@Nullable Timeline value) {
    return new Report(format, subject, overall, band, tally, principles, calls, findings, evidence, violations,
        provenance, interval, nextSteps, value, notices);
  }

  /** This report with notices of what was set aside. */
  public Report withNotices(List<String> value) {
    return new Report(format, subject, overall, band, tally, principles, calls, findings, evidence, violations,
        provenance, interval, nextSteps, timeline, value);
  }

  /** Whether the submission was valid and assessed. */
  public boolean isAssessed() {
    return violations.isEmpty();
  }
}
