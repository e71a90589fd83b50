package io.charterassurance.model.io;

import io.charterassurance.model.submission.Submission;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What {@link SubmissionReader} made of one input: the submission, and every problem found.
 *
 * <p>When the document could not be parsed or mapped, {@link #submission()} is absent and there
 * is one violation saying why. When it was parsed but breaks the model's rules, the submission is
 * present (so callers can still show who it was for) and {@link #violations()} lists every
 * problem; such a submission must not be assessed. When it is valid, {@link #valid()} gives the
 * {@link ValidatedSubmission}, which the assessor takes without validating again.
 */
public final class ReadResult {
  private final String source;
  private final @Nullable Submission submission;
  private final List<Violation> violations;
  private final @Nullable ValidatedSubmission validated;
  private final @Nullable String digest;

  private ReadResult(String source, @Nullable Submission submission, List<Violation> violations,
      @Nullable ValidatedSubmission validated, @Nullable String digest) {
    this.source = Objects.requireNonNull(source, "source");
    this.submission = submission;
    this.violations = violations.stream().sorted(Violation.ORDER).toList();
    this.validated = validated;
    this.digest = digest;
  }

  /**
   * An input refused before it could be read as a submission (a program that finds a file it will
   * not read says so in the reader's terms).
   *
   * @throws IllegalArgumentException if there is no violation
   */
  public static ReadResult refused(String source, List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a refused input needs at least one violation");
    }
    return new ReadResult(source, null, violations, null, null);
  }

  static ReadResult invalid(String source, @Nullable Submission submission, List<Violation> violations) {
    return invalid(source, submission, violations, null);
  }

  static ReadResult invalid(String source, @Nullable Submission submission, List<Violation> violations,
      @Nullable String digest) {
    return new ReadResult(source, submission, violations, null, digest);
  }

  static ReadResult valid(ValidatedSubmission validated) {
    return new ReadResult(validated.source(), validated.submission(), List.of(), validated, validated.digest());
  }

  /** The name of the input, as violations give it. */
  public String source() {
    return source;
  }

  /** The submission, when the document could be mapped, valid or not. */
  public @Nullable Submission submission() {
    return submission;
  }

  /** Every problem, sorted by path; empty when the submission is valid. */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * The digest of the document (see {@link ValidatedSubmission#digest()}), when it could be read
   * as a submission, valid or not; {@code null} when it could not be parsed and mapped.
   */
  public @Nullable String digest() {
    return digest;
  }

  /** Whether the input is a valid submission. */
  public boolean isValid() {
    return validated != null;
  }

  /** The validated submission, if the input is valid. */
  public Optional<ValidatedSubmission> valid() {
    return Optional.ofNullable(validated);
  }

  @Override
  public String toString() {
    return "ReadResult[" + source + (isValid() ? ", valid" : ", " + violations) + "]";
  }
}
