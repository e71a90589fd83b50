package io.charterassurance.rules;

import io.charterassurance.model.report.NextSteps;
import io.charterassurance.model.submission.Submission;
import java.util.List;
import java.util.Objects;

/**
 * The next steps for a submission, with the hypothetical submissions they lead to.
 *
 * @param nextSteps the paths to the next and the top band, for a report
 * @param changed for each path, in the same order, the submission with every step of the path
 *     applied: assessing it gives the band the path says it reaches
 */
public record Prospect(NextSteps nextSteps, List<Submission> changed) {
  public Prospect {
    Objects.requireNonNull(nextSteps, "nextSteps");
    changed = List.copyOf(changed);
    if (changed.size() != nextSteps.paths().size()) {
      throw new IllegalArgumentException("one changed submission per path: " + changed.size() + " for "
          + nextSteps.paths().size());
    }
  }
}
