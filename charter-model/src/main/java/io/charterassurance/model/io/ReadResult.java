package io.charterassurance.model.io;

import io.charterassurance.model.submission.Submission;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What {@link SubmissionReader} made of one input: the submission, and every problem found.
 *
 * <p>When the document could not be parsed or mapped, {@code submission} is absent and there is
 * one violation saying why. When it was parsed but breaks the model's rules, {@code submission}
 * is present (so callers can still show who it was for) and {@code violations} lists every
 * problem; such a submission must not be assessed.
 *
 * @param source the name of the input, as violations give it
 * @param submission the submission, when the document could be mapped
 * @param violations every problem, sorted by path; empty when the submission is valid
 */
public record ReadResult(String source, @Nullable Submission submission, List<Violation> violations) {
  public ReadResult {
    Objects.requireNonNull(source, "source");
    violations = violations.stream().sorted(Violation.ORDER).toList();
  }

  /** Whether the input is a valid submission. */
  public boolean isValid() {
    return submission != null && violations.isEmpty();
  }

  /** The submission, if the input is valid. */
  public Optional<Submission> valid() {
    return isValid() ? Optional.of(submission) : Optional.empty();
  }
}
