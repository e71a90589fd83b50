package io.charterassurance.cli;

import io.charterassurance.model.io.ReadResult;
import io.charterassurance.model.io.ValidatedSubmission;
import io.charterassurance.model.report.Report;
import io.charterassurance.rules.Assessor;
import io.charterassurance.rules.Redated;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * {@code --as-at DATE}: re-assess a submission at another date. Evidence dated after it is set
 * aside with a notice in the report, not refused.
 */
final class AsAtOption {
  @Option(names = "--as-at", paramLabel = "DATE",
      description = "Re-assess as at this date (YYYY-MM-DD) instead of the submission's own: evidence is aged to it under the"
          + " policy's freshness windows, and evidence dated after it is ignored with a notice in the report.")
  @Nullable LocalDate asAt;

  /** What to assess, and what the report must say was set aside. */
  record Moved(ReadResult read, List<String> notices) {}

  /** The input as read, or moved to the --as-at date when one is given and the input is valid. */
  Moved apply(Assessor assessor, ReadResult read) {
    LocalDate date = asAt;
    Optional<ValidatedSubmission> valid = read.valid();
    if (date == null || valid.isEmpty()) {
      return new Moved(read, List.of());
    }
    Redated redated = assessor.redate(valid.get(), date);
    return new Moved(redated.read(), redated.notices());
  }

  /**
   * The report of an input, at the --as-at date when one is given, with next steps and a timeline
   * when asked for (and the submission could be scored).
   *
   * @param timelineMonths months of timeline, or 0 for none
   */
  Report report(Assessor assessor, ReadResult input, boolean nextSteps, int timelineMonths) {
    Moved moved = apply(assessor, input);
    Report report = assessor.assess(moved.read()).withNotices(moved.notices());
    Optional<ValidatedSubmission> valid = moved.read().valid();
    if (report.band() != null && valid.isPresent()) {
      if (nextSteps) {
        report = report.withNextSteps(assessor.nextSteps(valid.get()).map(p -> p.nextSteps()).orElse(null));
      }
      if (timelineMonths > 0) {
        report = report.withTimeline(assessor.timeline(valid.get(), timelineMonths).orElse(null));
      }
    }
    return report;
  }
}
