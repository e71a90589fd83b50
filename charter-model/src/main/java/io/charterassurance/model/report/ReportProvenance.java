package io.charterassurance.model.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a report was computed from, so that anyone can reproduce it byte for byte.
 *
 * @param charterVersion the Charter text version, e.g. {@code 2014}
 * @param charterHash SHA-256 of the bundled Charter text
 * @param ruleSetVersion the rule set's version
 * @param ruleSetHash SHA-256 over the rule files and criteria catalogue
 * @param scoringPolicy the scoring policy id
 * @param scoringPolicyHash SHA-256 of the scoring policy
 * @param submissionDigest SHA-256 (hex) of the submission's RFC 8785 canonical JSON, as the reader took
 *     it (see {@link io.charterassurance.model.io.ValidatedSubmission#digest()}); for a document that
 *     could not be read, of nothing
 * @param libraryVersion the Charter Assurance version that produced the report
 * @param asAt the as-at date of the assessment; absent when an invalid submission has none
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReportProvenance(
    String charterVersion,
    String charterHash,
    String ruleSetVersion,
    String ruleSetHash,
    String scoringPolicy,
    String scoringPolicyHash,
    String submissionDigest,
    String libraryVersion,
    @Nullable LocalDate asAt) {
  public ReportProvenance {
    Objects.requireNonNull(charterVersion, "charterVersion");
    Objects.requireNonNull(charterHash, "charterHash");
    Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
    Objects.requireNonNull(ruleSetHash, "ruleSetHash");
    Objects.requireNonNull(scoringPolicy, "scoringPolicy");
    Objects.requireNonNull(scoringPolicyHash, "scoringPolicyHash");
    Objects.requireNonNull(submissionDigest, "submissionDigest");
    Objects.requireNonNull(libraryVersion, "libraryVersion");
  }
}
