package io.charterassurance.model.io;

import io.charterassurance.model.submission.Submission;
import java.util.Objects;

/**
 * A submission that has passed every check of the model, with the digest of what was read. Only
 * {@link SubmissionReader} makes one (from a file, from bytes, or from a {@link Submission} built
 * in code, through {@link SubmissionReader#check}), so a program that holds one holds proof that
 * the submission was validated: the assessor accepts it without validating again.
 *
 * <p>The digest is the SHA-256, in lower-case hex, of the submission's RFC 8785 canonical JSON
 * (the JSON Canonicalization Scheme: keys sorted, no insignificant white space, numbers as
 * ECMAScript writes them). For a JSON file it is the digest of the file's own content; for a YAML
 * file, of the same content as JSON; for a submission built in code, of its JSON form as
 * {@link CharterJson#json()} writes it. Anyone can recompute it from a JSON submission with any
 * RFC 8785 implementation, for example {@code npx canonicalize < submission.json | sha256sum}.
 */
public final class ValidatedSubmission {
  private final String source;
  private final Submission submission;
  private final String digest;

  private ValidatedSubmission(String source, Submission submission, String digest) {
    this.source = source;
    this.submission = submission;
    this.digest = digest;
  }

  static ValidatedSubmission of(String source, Submission submission, String digest) {
    return new ValidatedSubmission(Objects.requireNonNull(source, "source"),
        Objects.requireNonNull(submission, "submission"), Objects.requireNonNull(digest, "digest"));
  }

  /** The name of the input it was read from, as violations give it. */
  public String source() {
    return source;
  }

  /** The submission. */
  public Submission submission() {
    return submission;
  }

  /** SHA-256 (hex) of the submission's RFC 8785 canonical JSON. */
  public String digest() {
    return digest;
  }

  @Override
  public String toString() {
    return "ValidatedSubmission[" + source + ", " + submission.organisation().code() + ", sha256:" + digest + "]";
  }
}
