package io.charterassurance.server;

import java.util.Map;
import java.util.Objects;

/**
 * A request the service answers with a problem rather than what was asked for. Thrown by the
 * endpoints and turned into the response by {@link CharterServer}; it carries no cause and no
 * stack trace, as it is not a fault.
 */
final class Failure extends Exception {
  private static final long serialVersionUID = 1L;

  private final Problem problem;
  private final Map<String, String> headers;

  Failure(Problem problem) {
    this(problem, Map.of());
  }

  Failure(Problem problem, Map<String, String> headers) {
    super(problem.detail(), null, false, false);
    this.problem = Objects.requireNonNull(problem, "problem");
    this.headers = Map.copyOf(headers);
  }

  /** A failure with a status and a sentence. */
  static Failure of(int status, String detail) {
    return new Failure(Problem.of(status, detail));
  }

  Problem problem() {
    return problem;
  }

  /** Headers the response needs besides the body, such as {@code Allow} or {@code Retry-After}. */
  Map<String, String> headers() {
    return headers;
  }
}
