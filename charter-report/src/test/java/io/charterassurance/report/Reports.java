package io.charterassurance.report;

import io.charterassurance.model.io.ReadResult;
import io.charterassurance.model.io.SubmissionReader;
import io.charterassurance.model.report.Report;
import io.charterassurance.model.submission.Submission;
import io.charterassurance.model.submission.Waiver;
import io.charterassurance.rules.Assessor;
import java.nio.file.Path;
import java.util.List;

/** Reports of the rules module's scenario fixtures, for the renderer tests. */
final class Reports {
  static final Path SCENARIOS = Path.of("..", "charter-rules", "src", "test", "resources", "scenarios");

  private Reports() {}

  static Submission submission(String fixture) {
    ReadResult read = SubmissionReader.create().read(SCENARIOS.resolve(fixture));
    return read.valid().orElseThrow(() -> new IllegalStateException(fixture + ": " + read.violations())).submission();
  }

  static Report of(String fixture) {
    return Assessor.standard().assess(submission(fixture));
  }

  /**
   * The waived ICB with its waiver moved from the mandatory N5-CONSTITUTION (which cannot be
   * waived, so the waiver is refused) to N6-ASSURANCE, where the same waiver applies.
   */
  static Report appliedWaiver() {
    Submission s = submission("icb-waived.json");
    List<Waiver> waivers = s.waivers().stream()
        .map(w -> new Waiver("N6-ASSURANCE", w.reason(), w.requestedBy(), w.approvedBy(), w.approverRole(),
            w.approvingOrganisation(), w.approvingOrganisationCode(), w.approverKind(), w.approvedOn(), w.expires()))
        .toList();
    return Assessor.standard().assess(new Submission(s.organisation(), s.asAt(), s.period(), s.evidence(), waivers));
  }
}
