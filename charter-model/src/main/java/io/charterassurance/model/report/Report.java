package io.charterassurance.model.report;

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
    ReportProvenance provenance) {

  /** The report format version written by this library. */
  public static final String FORMAT = "charter-assurance-report/1";

  public Report {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(tally, "tally");
    Objects.requireNonNull(provenance, "provenance");
    principles = List.copyOf(principles);
    calls = List.copyOf(calls);
    findings = List.copyOf(findings);
    evidence = List.copyOf(evidence);
    violations = List.copyOf(violations);
  }

  /** Whether the submission was valid and assessed. */
  public boolean isAssessed() {
    return violations.isEmpty();
  }
}
